//! Date extraction on arbitrary text: the date phrase scanner, extraction on an article made
//! straight from the text (`contract::article_from_text`: an optional first line `YYYY-MM-DD`
//! is the publication date, the next the headline, the rest the body), and the whole pipeline
//! (parse, then extract) on the same bytes.

#![no_main]

use explorer_core::article;
use explorer_core::datephrase;
use explorer_core::extract::extract;
use explorer_core_fuzz::contract::{article_from_text, check_extracted, check_parsed, check_scan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_scan(&text, &datephrase::scan(&text));

    let (mut a, options) = article_from_text(&text);
    extract(&mut a, &options);
    check_extracted(&a);

    if let Ok(mut a) = article::parse("fuzz.txt", data) {
        check_parsed(&a);
        extract(&mut a, &options);
        check_extracted(&a);
    }
});
