//! The reader's own articles: files added in the browser, parsed by the same code as the
//! bundled corpus and merged after it.
//!
//! An own article is told apart by its file name, which starts with [`OWN_PREFIX`]: bundled
//! names never hold a `/`, so the two can never collide, and the bundle format stays the same.
//! Names are decided here (unique, pasted text numbered) so the browser code only stores them.

use crate::bundle::Bundle;
use crate::corpus::{self, BuildOptions, SourceFile};
use crate::model::{Article, Corpus, Skipped};
use std::collections::BTreeSet;

/// The start of every own article's file name.
pub const OWN_PREFIX: &str = "mine/";

/// Files parsed between two progress reports.
pub const CHUNK: usize = 8;

/// Whether an article's file is one of the reader's own.
pub fn is_own(file: &str) -> bool {
    file.starts_with(OWN_PREFIX)
}

/// The name to show for a file, without the own prefix.
pub fn display_name(file: &str) -> &str {
    file.strip_prefix(OWN_PREFIX).unwrap_or(file)
}

/// A name for `wanted` that is not in `taken`: the name itself, else `stem (2).ext`,
/// `stem (3).ext`... Folders are dropped, since names are flat.
pub fn unique_name(taken: &BTreeSet<String>, wanted: &str) -> String {
    let base = wanted.rsplit(['/', '\\']).next().unwrap_or(wanted).trim();
    let base = if base.is_empty() {
        "untitled.txt"
    } else {
        base
    };
    if !taken.contains(base) {
        return base.to_string();
    }
    let (stem, ext) = match base.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (base, String::new()),
    };
    (2u32..)
        .map(|n| format!("{stem} ({n}){ext}"))
        .find(|n| !taken.contains(n))
        .unwrap_or_default()
}

/// The name of pasted text: `pasted-1.txt`, or the first number not taken.
pub fn pasted_name(taken: &BTreeSet<String>) -> String {
    (1u32..)
        .map(|n| format!("pasted-{n}.txt"))
        .find(|n| !taken.contains(n))
        .unwrap_or_default()
}

/// Parses the own files and merges them after the bundled articles, with a search index over
/// both. Returns the bundle and the files refused, each with its reason (names without the
/// prefix). `progress(done, total)` is called after each chunk of files.
pub fn merge(
    bundled: Corpus,
    own: Vec<SourceFile>,
    options: BuildOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> (Bundle, Vec<Skipped>) {
    let total = own.len();
    let mut articles: Vec<Article> = Vec::new();
    let mut refused = Vec::new();
    let mut done = 0;
    let mut files = own.into_iter().peekable();
    while files.peek().is_some() {
        let chunk: Vec<SourceFile> = files.by_ref().take(CHUNK).collect();
        done += chunk.len();
        let part = corpus::build(chunk, options);
        articles.extend(part.articles);
        refused.extend(part.skipped);
        progress(done, total);
    }
    articles.sort_by(|a, b| a.file.cmp(&b.file));
    corpus::group_near_duplicates(&mut articles);
    for a in &mut articles {
        a.file = format!("{OWN_PREFIX}{}", a.file);
        if let Some(d) = &mut a.duplicate_of {
            *d = format!("{OWN_PREFIX}{d}");
        }
        for f in &mut a.also_reported_by {
            *f = format!("{OWN_PREFIX}{f}");
        }
    }
    let mut merged = bundled;
    merged.articles.extend(articles);
    (Bundle::new(merged), refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_are_unique_and_flat() {
        let cases = [
            (&[][..], "a.txt", "a.txt"),
            (&["a.txt"][..], "a.txt", "a (2).txt"),
            (&["a.txt", "a (2).txt"][..], "a.txt", "a (3).txt"),
            (&[][..], "dir/sub\\b.md", "b.md"),
            (&["notes"][..], "notes", "notes (2)"),
            (&[".md"][..], ".md", ".md (2)"),
            (&[][..], "  ", "untitled.txt"),
        ];
        for (t, wanted, expected) in cases {
            assert_eq!(
                unique_name(&taken(t), wanted),
                expected,
                "{wanted} with {t:?}"
            );
        }
    }

    #[test]
    fn pasted_text_takes_the_first_free_number() {
        let cases = [
            (&[][..], "pasted-1.txt"),
            (&["pasted-1.txt"][..], "pasted-2.txt"),
            (&["pasted-2.txt"][..], "pasted-1.txt"),
        ];
        for (t, expected) in cases {
            assert_eq!(pasted_name(&taken(t)), expected);
        }
    }

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn own_articles_follow_the_bundled_ones_and_refusals_keep_their_reason() {
        let bundled = corpus::build(
            vec![file(
                "a.txt",
                "Talks in Doha\n\nQatar hosted talks between Israel and Hamas.",
            )],
            BuildOptions::default(),
        );
        let mut own: Vec<SourceFile> = (0..CHUNK + 2)
            .map(|i| {
                // Words of their own, so no two are grouped as near-duplicates.
                let words: Vec<String> = (0..24).map(|k| format!("w{i}x{k}")).collect();
                file(
                    &format!("n{i:02}.md"),
                    &format!(
                        "Story {i}\n\nNorway hosted talks in Oslo: {}.",
                        words.join(" ")
                    ),
                )
            })
            .collect();
        own.push(file("x.pdf", "%PDF"));
        own.push(file("empty.txt", ""));
        own.push(SourceFile {
            name: "bin.txt".into(),
            bytes: vec![0, 159, 146, 150, 0, 0, 1, 2],
        });
        let mut calls = Vec::new();
        let (bundle, refused) = merge(bundled, own, BuildOptions::default(), &mut |d, t| {
            calls.push((d, t))
        });
        let files: Vec<&str> = bundle
            .corpus
            .articles
            .iter()
            .map(|a| a.file.as_str())
            .collect();
        assert_eq!(files[0], "a.txt");
        assert!(!is_own(files[0]));
        assert_eq!(files.len(), 1 + CHUNK + 2);
        assert!(files[1..].iter().all(|f| is_own(f)), "{files:?}");
        assert_eq!(display_name(files[1]), "n00.md");
        let mut refused_names: Vec<&str> = refused.iter().map(|s| s.file.as_str()).collect();
        refused_names.sort();
        assert_eq!(refused_names, ["bin.txt", "empty.txt", "x.pdf"]);
        assert!(refused.iter().all(|s| !s.reason.is_empty()));
        assert_eq!(calls.last(), Some(&(CHUNK + 5, CHUNK + 5)));
        assert_eq!(calls.len(), 2);
        assert_eq!(bundle.index.article_count(), 1 + CHUNK + 2);
    }
}
