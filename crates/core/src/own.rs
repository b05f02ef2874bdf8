//! The reader's own articles: files added in the browser, parsed by the same code as the
//! bundled corpus and merged after it.
//!
//! An own article is told apart by its file name, which starts with [`OWN_PREFIX`]: bundled
//! names never hold a `/`, so the two can never collide, and the bundle format stays the same.
//! Names are decided here (unique, pasted text numbered) so the browser code only stores them.

use crate::bundle::Bundle;
use crate::corpus::{self, BuildOptions, Digests, SourceFile};
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

/// The reader's own articles, each parsed once: what the browser keeps between additions, so
/// adding files parses only those files. Articles are held in name order, under their names
/// without the prefix, and are grouped into near-duplicates only when a bundle is made.
#[derive(Clone, Debug, Default)]
pub struct OwnArticles {
    articles: Vec<Article>,
    /// Digests of the kept files: another copy of one is refused.
    digests: Digests,
}

/// What [`OwnArticles::add`] did with the files it was given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Added {
    /// Names of the files now kept as articles.
    pub accepted: Vec<String>,
    /// Files that cannot be used, each with the reason.
    pub refused: Vec<Skipped>,
}

impl OwnArticles {
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The names of the kept articles (without the prefix).
    pub fn names(&self) -> BTreeSet<String> {
        self.articles.iter().map(|a| a.file.clone()).collect()
    }

    /// Gives new files names that no kept article and no other new file has.
    pub fn name_new(&self, files: Vec<SourceFile>) -> Vec<SourceFile> {
        let mut taken = self.names();
        files
            .into_iter()
            .map(|f| {
                let name = unique_name(&taken, &f.name);
                taken.insert(name.clone());
                SourceFile { name, ..f }
            })
            .collect()
    }

    /// Parses `files` (named with [`OwnArticles::name_new`]) and keeps those that can be used.
    /// `progress(done, total)` is called after each [`CHUNK`] of files, so a caller can report
    /// progress on a large batch.
    pub fn add(
        &mut self,
        files: Vec<SourceFile>,
        options: BuildOptions,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Added {
        let total = files.len();
        let mut added = Added::default();
        let mut done = 0;
        let mut files = files.into_iter().peekable();
        while files.peek().is_some() {
            let chunk: Vec<SourceFile> = files.by_ref().take(CHUNK).collect();
            done += chunk.len();
            let part = corpus::read(chunk, options, &mut self.digests);
            added
                .accepted
                .extend(part.articles.iter().map(|a| a.file.clone()));
            self.articles.extend(part.articles);
            added.refused.extend(part.skipped);
            progress(done, total);
        }
        self.articles.sort_by(|a, b| a.file.cmp(&b.file));
        added.accepted.sort();
        added.refused.sort_by(|a, b| a.file.cmp(&b.file));
        added
    }

    /// Forgets one article by name (without the prefix), or every one with `None`. Returns
    /// whether anything was removed.
    pub fn remove(&mut self, name: Option<&str>) -> bool {
        let before = self.articles.len();
        match name {
            Some(n) => {
                self.articles.retain(|a| a.file != n);
                self.digests.retain(|_, f| f != n);
            }
            None => {
                self.articles.clear();
                self.digests.clear();
            }
        }
        self.articles.len() != before
    }

    /// The bundled corpus with the own articles after it, named `mine/<name>` and grouped into
    /// near-duplicates among themselves, with a search index over both.
    pub fn bundle(&self, bundled: &Corpus) -> Bundle {
        let mut own = self.articles.clone();
        corpus::group_near_duplicates(&mut own);
        for a in &mut own {
            a.file = format!("{OWN_PREFIX}{}", a.file);
            if let Some(d) = &mut a.duplicate_of {
                *d = format!("{OWN_PREFIX}{d}");
            }
            for f in &mut a.also_reported_by {
                *f = format!("{OWN_PREFIX}{f}");
            }
        }
        let mut merged = bundled.clone();
        merged.articles.extend(own);
        Bundle::new(merged)
    }
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

    fn distinct(i: usize) -> SourceFile {
        // Words of their own, so no two are grouped as near-duplicates.
        let words: Vec<String> = (0..24).map(|k| format!("w{i}x{k}")).collect();
        file(
            &format!("n{i:02}.md"),
            &format!(
                "Story {i}\n\nNorway hosted talks in Oslo: {}.",
                words.join(" ")
            ),
        )
    }

    fn bundled() -> Corpus {
        corpus::build(
            vec![file(
                "a.txt",
                "Talks in Doha\n\nQatar hosted talks between Israel and Hamas.",
            )],
            BuildOptions::default(),
        )
    }

    #[test]
    fn own_articles_follow_the_bundled_ones_and_refusals_keep_their_reason() {
        let mut own_files: Vec<SourceFile> = (0..CHUNK + 2).map(distinct).collect();
        own_files.push(file("x.pdf", "%PDF"));
        own_files.push(file("empty.txt", ""));
        own_files.push(SourceFile {
            name: "bin.txt".into(),
            bytes: vec![0, 159, 146, 150, 0, 0, 1, 2],
        });
        let mut own = OwnArticles::default();
        let mut calls = Vec::new();
        let files = own.name_new(own_files);
        let added = own.add(files, BuildOptions::default(), &mut |d, t| {
            calls.push((d, t))
        });
        let bundle = own.bundle(&bundled());
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
        assert_eq!(added.accepted.len(), CHUNK + 2);
        let refused: Vec<&str> = added.refused.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(refused, ["bin.txt", "empty.txt", "x.pdf"]);
        assert!(added.refused.iter().all(|s| !s.reason.is_empty()));
        assert_eq!(calls.last(), Some(&(CHUNK + 5, CHUNK + 5)));
        assert_eq!(calls.len(), 2);
        assert_eq!(bundle.index.article_count(), 1 + CHUNK + 2);
        assert_eq!(bundle.index.own_count(), CHUNK + 2);
        // Which articles are own is read from the names again when the bundle is decoded.
        let decoded = crate::bundle::decode(&crate::bundle::encode(&bundle)).unwrap();
        assert_eq!(decoded.index.own_count(), CHUNK + 2);
    }

    #[test]
    fn an_addition_parses_only_the_new_files_under_names_of_their_own() {
        let mut own = OwnArticles::default();
        let first = own.name_new((0..3).map(distinct).collect());
        own.add(first, BuildOptions::default(), &mut |_, _| {});
        let mut calls = Vec::new();
        let again = SourceFile {
            bytes: b"Another story\n\nEgypt hosted talks in Cairo about the crossing.".to_vec(),
            ..distinct(1)
        };
        let second = own.name_new(vec![again, distinct(3)]);
        let added = own.add(second, BuildOptions::default(), &mut |d, t| {
            calls.push((d, t))
        });
        assert_eq!(calls, [(2, 2)], "only the two new files are parsed");
        assert_eq!(added.accepted, ["n01 (2).md", "n03.md"]);
        assert_eq!(own.len(), 5);
    }

    #[test]
    fn a_copy_of_a_kept_file_is_refused_until_the_file_is_removed() {
        let mut own = OwnArticles::default();
        let files = own.name_new(vec![distinct(0)]);
        own.add(files, BuildOptions::default(), &mut |_, _| {});
        let copy = own.name_new(vec![distinct(0)]);
        let added = own.add(copy, BuildOptions::default(), &mut |_, _| {});
        assert!(added.accepted.is_empty());
        assert_eq!(added.refused[0].reason, "exact duplicate of n00.md");
        assert!(own.remove(Some("n00.md")));
        assert!(!own.remove(Some("n00.md")));
        let copy = own.name_new(vec![distinct(0)]);
        let added = own.add(copy, BuildOptions::default(), &mut |_, _| {});
        assert_eq!(added.accepted, ["n00.md"]);
        assert!(own.remove(None));
        assert!(own.is_empty());
    }

    /// Issue 8: grouping again after each addition listed a copy twice under "also reported by".
    #[test]
    fn near_duplicates_added_in_two_batches_are_listed_once() {
        let story = |place: &str| {
            format!(
                "Talks in {place}\n\nNorway hosted talks between Colombia and the ELN on Monday, officials said. The round of talks ended with a pledge to meet again, and both delegations agreed to continue the dialogue next month in {place}."
            )
        };
        let mut own = OwnArticles::default();
        for (name, place) in [("a.txt", "Oslo"), ("b.txt", "Oslo."), ("c.txt", "Oslo!")] {
            let files = own.name_new(vec![file(name, &story(place))]);
            own.add(files, BuildOptions::default(), &mut |_, _| {});
            let bundle = own.bundle(&bundled());
            for a in &bundle.corpus.articles {
                let mut seen = a.also_reported_by.clone();
                seen.dedup();
                assert_eq!(seen, a.also_reported_by, "{}", a.file);
            }
        }
        let bundle = own.bundle(&bundled());
        let lead = bundle
            .corpus
            .articles
            .iter()
            .find(|a| a.file == "mine/a.txt")
            .unwrap();
        assert_eq!(lead.also_reported_by, ["mine/b.txt", "mine/c.txt"]);
    }
}
