//! The bundle decoder on arbitrary bytes and on mutated valid bundles: an error, never a panic;
//! whatever it accepts survives re-encoding.
//!
//! Each input is decoded as it is, and also read as an edit script applied to a small valid
//! bundle (see `explorer_core_fuzz::mutate`), so mutations land inside a well-formed file.

#![no_main]

use explorer_core_fuzz::contract::check_decode;
use explorer_core_fuzz::{mutate, small_bundle};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_decode(data);
    let (_, valid) = small_bundle();
    check_decode(&mutate(valid, data));
});
