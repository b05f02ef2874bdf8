//! The article parser on arbitrary bytes, read both as a text file and as a web page: it never
//! panics, and an article it returns has a title and paragraphs that tile its text.

#![no_main]

use explorer_core::article;
use explorer_core_fuzz::contract::check_parsed;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["article.txt", "article.html"] {
        if let Ok(a) = article::parse(name, data) {
            assert_eq!(a.file, name);
            check_parsed(&a);
        }
    }
});
