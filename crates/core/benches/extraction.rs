//! Extraction throughput and quality, printed (not asserted).
//!
//! Throughput: the annotated cases and the seed articles, repeated to about 20 MB, are parsed
//! and extracted one file at a time on this one thread, as the corpus build does; the figure is
//! input megabytes per second for parse + extract, and for extract alone, in this thread's CPU
//! time (wall time where the system does not report it). Quality: event precision
//! and recall, event-date and publication-date accuracy over the dev and holdout cases (see
//! `tests/extraction_scoring`).
//!
//! Run with `cargo bench -p explorer-core --bench extraction`.

#[path = "../tests/extraction_scoring/mod.rs"]
mod scoring;

use explorer_core::article;
use explorer_core::extract::{extract, ExtractOptions};
use std::hint::black_box;
use std::time::Instant;

const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// A stopwatch of this thread's CPU time where the system tells it (Linux), so that other
/// processes on a busy machine do not slow the figure; else of wall time.
struct Clock(Instant, Option<u64>);

fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), thread_cpu_ns())
    }
    fn secs(&self) -> f64 {
        match (self.1, thread_cpu_ns()) {
            (Some(a), Some(b)) => (b.saturating_sub(a)) as f64 / 1e9,
            _ => self.0.elapsed().as_secs_f64(),
        }
    }
}

fn inputs() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for set in ["dev", "holdout"] {
        for case in scoring::load(set) {
            files.push((case.name, case.bytes));
        }
    }
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    if let Ok(entries) = std::fs::read_dir(seeds) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Ok(bytes) = std::fs::read(e.path()) {
                files.push((name, bytes));
            }
        }
    }
    files.sort();
    files
}

fn main() {
    let files = inputs();
    let once: usize = files.iter().map(|(_, b)| b.len()).sum();
    if once == 0 {
        println!("no input files found");
        return;
    }
    let rounds = TARGET_BYTES.div_ceil(once);
    let options = ExtractOptions {
        today: Some(scoring::today()),
    };

    // Warm the one-time tables (reference data, matchers, lexicon) outside the timing.
    for (name, bytes) in &files {
        if let Ok(mut a) = article::parse(name, bytes) {
            extract(&mut a, &options);
        }
    }

    let mut parsed = Vec::with_capacity(files.len());
    let mut events = 0usize;
    let start = Clock::start();
    for _ in 0..rounds {
        for (name, bytes) in &files {
            if let Ok(mut a) = article::parse(name, bytes) {
                extract(&mut a, &options);
                events += a.events.len();
                black_box(&a);
            }
        }
    }
    let both = start.secs();

    for (name, bytes) in &files {
        if let Ok(a) = article::parse(name, bytes) {
            parsed.push(a);
        }
    }
    let text_bytes: usize = parsed.iter().map(|a| a.text.len() + a.title.len()).sum();
    let start = Clock::start();
    for _ in 0..rounds {
        for a in &parsed {
            let mut a = a.clone();
            extract(&mut a, &options);
            black_box(&a);
        }
    }
    let extract_only = start.secs();
    // The clones are part of that loop; time them alone and take them out.
    let start = Clock::start();
    for _ in 0..rounds {
        for a in &parsed {
            black_box(a.clone());
        }
    }
    let clones = start.secs();

    let total = (once * rounds) as f64 / 1e6;
    println!(
        "extraction benchmark: {} files, {:.2} MB each round, {rounds} rounds ({total:.1} MB)",
        files.len(),
        once as f64 / 1e6
    );
    println!(
        "  parse + extract: {:.1} MB/s of input ({:.2} s, {events} events)",
        total / both,
        both
    );
    let text_total = (text_bytes * rounds) as f64 / 1e6;
    let secs = (extract_only - clones).max(1e-9);
    println!(
        "  extract alone:   {:.1} MB/s of article text ({:.1} MB in {:.2} s)",
        text_total / secs,
        text_total,
        secs
    );

    for (set, verbose) in [("dev", false), ("holdout", false)] {
        let (score, _) = scoring::score_set(set, verbose);
        if score.cases > 0 {
            println!("{}", score.report(set));
        }
    }
}
