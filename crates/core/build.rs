//! Embeds the reference tables without their comment lines: `data/*.tsv` are copied to
//! `OUT_DIR` with each `#` line emptied (so line numbers in load errors still match the files),
//! which keeps the comments out of the wasm bundle.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for name in [
        "countries.tsv",
        "organizations.tsv",
        "groups.tsv",
        "officeholders.tsv",
    ] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            if !line.starts_with('#') {
                kept.push_str(line);
            }
            kept.push('\n');
        }
        fs::write(Path::new(&out).join(name), kept)
            .unwrap_or_else(|e| panic!("cannot write {name} to {out}: {e}"));
    }
}
