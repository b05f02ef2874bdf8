//! Search benchmark on the synthetic corpus: build throughput, index size, load time and query
//! latency (p50/p95) by query kind, for 1,000, 10,000 and 100,000 articles.
//!
//! `cargo bench -p explorer-core --bench search` (sizes: `SEARCH_BENCH_SIZES=1000,10000`;
//! `SEARCH_BENCH_REPORT=1` adds the index size by part; `SEARCH_BENCH_KINDS=ad` runs only
//! query kinds a and d; `SEARCH_BENCH_REPEAT=N` runs each kind N more times first, to profile).
//!
//! Times are the CPU time of the benchmark's thread (`CLOCK_THREAD_CPUTIME_ID`), so that other
//! processes on a shared machine do not inflate them; each query runs three times and counts
//! its fastest run. Page size 20, snippets included. A small index is built first, untimed, so
//! that the one-time set-up of the process (the reference data and name variants, parsed on
//! first use) is not counted in the first size's build throughput.

use explorer_core::bundle::{self, Bundle};
use explorer_core::search::{Query, SearchIndex};
use explorer_core::synth;

const PAGE_SIZE: usize = 20;

/// CPU time of this thread, in milliseconds.
fn cpu_ms() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = cpu_ms();
    let out = f();
    (out, cpu_ms() - t)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let sizes: Vec<usize> = std::env::var("SEARCH_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let report = std::env::var("SEARCH_BENCH_REPORT").is_ok();
    std::hint::black_box(SearchIndex::build(&synth::corpus(50, 1)));
    println!(
        "{:>8} {:>8} {:>10} {:>9} {:>8} {:>10} | {:>13} {:>13} {:>13} {:>13}",
        "articles",
        "text MB",
        "build MB/s",
        "B/article",
        "load ms",
        "bundle ms",
        "facets p50/95",
        "1 word p50/95",
        "3w+2f p50/95",
        "prefix p50/95"
    );
    for n in sizes {
        let corpus = synth::corpus(n, 42);
        let text_bytes: usize = corpus
            .articles
            .iter()
            .map(|a| a.title.len() + a.text.len())
            .sum();
        let (index, build_ms) = timed(|| SearchIndex::build(&corpus));
        let index_bytes = postcard::to_allocvec(&index).expect("encodes");
        if report {
            let (stems, words) = index.vocabulary();
            eprintln!("{n} articles: {stems} stems, {words} word forms");
            for (part, bytes) in index.size_report() {
                eprintln!("  {part:<18} {:>8.0} B/article", bytes as f64 / n as f64);
            }
        }
        let (loaded, load_ms) =
            timed(|| postcard::from_bytes::<SearchIndex>(&index_bytes).expect("decodes"));
        assert!(loaded == index);
        drop(loaded);
        let bundle_bytes = bundle::encode(&Bundle {
            corpus: corpus.clone(),
            index,
        });
        let (b, bundle_ms) = timed(|| bundle::decode(&bundle_bytes).expect("bundle decodes"));
        let index = b.index;

        let set = synth::queries(&corpus, 200, 7);
        let mut cells = Vec::new();
        for kind in [
            &set.facets_only,
            &set.one_word,
            &set.three_words_two_facets,
            &set.prefix_typing,
        ] {
            let queries: Vec<Query> = kind.iter().map(|s| Query::parse(s).query).collect();
            // For profiling: SEARCH_BENCH_REPEAT=N runs the queries N more times first.
            let repeat: usize = std::env::var("SEARCH_BENCH_REPEAT")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(0);
            for _ in 0..repeat {
                for q in &queries {
                    std::hint::black_box(index.search(&corpus, q, PAGE_SIZE));
                }
            }
            let mut times: Vec<f64> = queries
                .iter()
                .map(|q| {
                    (0..3)
                        .map(|_| {
                            timed(|| std::hint::black_box(index.search(&corpus, q, PAGE_SIZE))).1
                        })
                        .fold(f64::INFINITY, f64::min)
                })
                .collect();
            times.sort_by(f64::total_cmp);
            cells.push(format!(
                "{:.2}/{:.2}",
                percentile(&times, 0.5),
                percentile(&times, 0.95)
            ));
        }
        println!(
            "{:>8} {:>8.1} {:>10.1} {:>9.0} {:>8.1} {:>10.1} | {:>13} {:>13} {:>13} {:>13}",
            n,
            text_bytes as f64 / 1e6,
            text_bytes as f64 / 1e3 / build_ms,
            index_bytes.len() as f64 / n as f64,
            load_ms,
            bundle_ms,
            cells[0],
            cells[1],
            cells[2],
            cells[3]
        );
    }
}
