//! The URL query parser on arbitrary strings: total, bounded, and its canonical form reads back
//! as the same query. The parsed query is then validated and run against a small index, whose
//! results must point into the corpus.

#![no_main]

use explorer_core_fuzz::contract::{check_query, check_results};
use explorer_core_fuzz::small_bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let mut q = check_query(&input);
    let (b, _) = small_bundle();
    b.index.validate(&mut q);
    let r = b.index.search(&b.corpus, &q, 3);
    check_results(&b.corpus, &r, 3);
});
