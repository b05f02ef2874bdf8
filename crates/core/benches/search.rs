//! Search benchmark on the synthetic corpus: build throughput, index size, load time and query
//! latency (p50/p95) by query kind, for 1,000, 10,000 and 100,000 articles.
//!
//! `cargo bench -p explorer-core --bench search` (sizes: `SEARCH_BENCH_SIZES=1000,10000`).

use explorer_core::bundle::{self, Bundle};
use explorer_core::search::{Query, SearchIndex};
use explorer_core::synth;
use std::time::Instant;

const PAGE_SIZE: usize = 20;

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
    println!(
        "{:>8} {:>9} {:>10} {:>9} {:>9} {:>10} | {:>15} {:>15} {:>15} {:>15}",
        "articles",
        "text MB",
        "build MB/s",
        "B/article",
        "load ms",
        "bundle ms",
        "facets p50/p95",
        "1 word p50/p95",
        "3w+2f p50/p95",
        "prefix p50/p95"
    );
    for n in sizes {
        let corpus = synth::corpus(n, 42);
        let text_bytes: usize = corpus
            .articles
            .iter()
            .map(|a| a.title.len() + a.text.len())
            .sum();
        let t = Instant::now();
        let index = SearchIndex::build(&corpus);
        let build_s = t.elapsed().as_secs_f64();
        let index_bytes = postcard::to_allocvec(&index).expect("encodes");
        if std::env::var("SEARCH_BENCH_SIZES_REPORT").is_ok() {
            let (stems, words) = index.vocabulary();
            eprintln!("{n} articles: {stems} stems, {words} word forms");
            for (part, bytes) in index.size_report() {
                eprintln!("  {part:<18} {:>8.0} B/article", bytes as f64 / n as f64);
            }
        }
        let t = Instant::now();
        let loaded: SearchIndex = postcard::from_bytes(&index_bytes).expect("decodes");
        let load_ms = t.elapsed().as_secs_f64() * 1e3;
        assert!(loaded == index);
        let bundle_bytes = bundle::encode(&Bundle {
            corpus: corpus.clone(),
            index,
        });
        let t = Instant::now();
        let b = bundle::decode(&bundle_bytes).expect("bundle decodes");
        let bundle_ms = t.elapsed().as_secs_f64() * 1e3;
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
            // Warm up once.
            for q in queries.iter().take(5) {
                std::hint::black_box(index.search(&corpus, q, PAGE_SIZE));
            }
            let mut times: Vec<f64> = queries
                .iter()
                .map(|q| {
                    let t = Instant::now();
                    std::hint::black_box(index.search(&corpus, q, PAGE_SIZE));
                    t.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            cells.push(format!(
                "{:.3}/{:.3}",
                percentile(&times, 0.5),
                percentile(&times, 0.95)
            ));
        }
        println!(
            "{:>8} {:>9.1} {:>10.1} {:>9.0} {:>9.1} {:>10.1} | {:>15} {:>15} {:>15} {:>15}",
            n,
            text_bytes as f64 / 1e6,
            text_bytes as f64 / 1e6 / build_s,
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
