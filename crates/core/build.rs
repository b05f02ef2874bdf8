//! Prepares what the core embeds, keeping the wasm bundle small:
//!
//! - the reference tables without their comment lines: `data/*.tsv` are copied to `OUT_DIR`
//!   with each `#` line emptied (so line numbers in load errors still match the files), an
//!   officeholder's end date that is the next holder's start written `=`, and the country and
//!   office of a term that follows another of the same office written as one empty field;
//! - the vocabulary of extraction: every word the extraction code names with `k!("...")`,
//!   sorted, in `OUT_DIR/vocabulary.rs`. Those words get small keys (their place in the list)
//!   instead of 64-bit hashes, so that each of the thousand comparisons with a named word
//!   compiles to a short constant that compresses well (see `src/extract/text.rs`).

use std::{collections::BTreeSet, env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    tables(&out);
    vocabulary(&out);
}

fn tables(out: &str) {
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
        let mut lines: Vec<String> = text
            .lines()
            .map(|l| {
                if l.starts_with('#') {
                    String::new()
                } else {
                    l.to_string()
                }
            })
            .collect();
        if name == "officeholders.tsv" {
            follow_on(&mut lines);
            ditto(&mut lines);
        }
        let mut kept = String::with_capacity(text.len());
        for line in lines {
            kept.push_str(&line);
            kept.push('\n');
        }
        fs::write(Path::new(out).join(name), kept)
            .unwrap_or_else(|e| panic!("cannot write {name} to {out}: {e}"));
    }
}

/// Writes `=` for an end date that is the start of the next row of the same office (country
/// and office fields equal), as most are: the loader reads it back from that row, and the
/// bundle carries one date fewer per handover.
fn follow_on(lines: &mut [String]) {
    let fields: Vec<Vec<String>> = lines
        .iter()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    for (i, f) in fields.iter().enumerate() {
        if f.len() != 7 || f[4].is_empty() {
            continue;
        }
        let next = fields[i + 1..]
            .iter()
            .find(|g| g.len() == 7 && g[1] == f[1] && g[2] == f[2]);
        if next.is_some_and(|g| g[3] == f[4]) {
            let mut f = f.clone();
            f[4] = "=".to_string();
            lines[i] = f.join("\t");
        }
    }
}

/// Writes one empty field for the country and office of a row that has the same two as the row
/// before it, as the terms of one office follow each other: the loader takes them from that row.
fn ditto(lines: &mut [String]) {
    let mut prev: Option<(String, String)> = None;
    for line in lines.iter_mut() {
        let mut f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 || f[1].is_empty() || f[2].is_empty() {
            continue;
        }
        let office = (f[1].to_string(), f[2].to_string());
        if prev.as_ref() == Some(&office) {
            f.splice(1..3, [""]);
            *line = f.join("\t");
        }
        prev = Some(office);
    }
}

/// Collects the words of `k!("...")` in `src/extract/*.rs` into a sorted array.
fn vocabulary(out: &str) {
    let dir = Path::new("src").join("extract");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut words = BTreeSet::new();
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let code = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut rest = code.as_str();
        while let Some(at) = rest.find("k!(\"") {
            rest = &rest[at + 4..];
            if let Some(end) = rest.find("\")") {
                words.insert(rest[..end].to_ascii_lowercase());
                rest = &rest[end..];
            }
        }
    }
    let mut code = format!("pub const VOCABULARY: [&str; {}] = [\n", words.len());
    for w in &words {
        code.push_str(&format!("    {w:?},\n"));
    }
    code.push_str("];\n");
    fs::write(Path::new(out).join("vocabulary.rs"), code)
        .unwrap_or_else(|e| panic!("cannot write vocabulary.rs to {out}: {e}"));
}
