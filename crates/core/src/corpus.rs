//! A corpus: a set of named files turned into articles, with every unusable file accounted for.

use crate::article;
use crate::date::Date;
use crate::extract::{extract, ExtractOptions};
use crate::model::{Corpus, Skipped};

/// The file name extensions read as articles (compared without case).
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// One input file: its name (no folders) and its bytes.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What the corpus build may not decide for itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// The day of the build: the open upper bound of dates that run "until now". The core never
    /// reads a clock, so the caller passes it in; `None` leaves such bounds at the latest date
    /// the article itself supports.
    pub today: Option<Date>,
}

/// Whether a file name has one of the [`ARTICLE_EXTENSIONS`].
pub fn is_article_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| {
        ARTICLE_EXTENSIONS
            .iter()
            .any(|e| e.eq_ignore_ascii_case(ext))
    })
}

/// Parses every file into the corpus. Files are taken in name order, so the result does not
/// depend on the order the caller lists them in.
pub fn build(mut files: Vec<SourceFile>, options: BuildOptions) -> Corpus {
    let extract_options = ExtractOptions {
        today: options.today,
    };
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut corpus = Corpus::default();
    for f in files {
        if !is_article_name(&f.name) {
            corpus.skipped.push(Skipped {
                file: f.name,
                reason: format!(
                    "unsupported file type: only .{} files are articles",
                    ARTICLE_EXTENSIONS.join(", .")
                ),
            });
            continue;
        }
        match article::parse(&f.name, &f.bytes) {
            Ok(mut a) => {
                extract(&mut a, &extract_options);
                corpus.articles.push(a);
            }
            Err(e) => corpus.skipped.push(Skipped {
                file: f.name,
                reason: e.0,
            }),
        }
    }
    corpus
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn order_of_input_does_not_matter_and_non_articles_are_skipped_with_a_reason() {
        let a = vec![
            file("b.txt", "Headline B\n\nBody of b."),
            file("data.csv", "a,b\n1,2"),
            file("a.HTML", "<h1>Headline A</h1><p>Body of a.</p>"),
            file("empty.md", ""),
        ];
        let mut b = a.clone();
        b.reverse();
        let ca = build(a, BuildOptions::default());
        let cb = build(b, BuildOptions::default());
        assert_eq!(ca, cb);
        let names: Vec<_> = ca.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(names, ["a.HTML", "b.txt"]);
        let skipped: Vec<_> = ca.skipped.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(skipped, ["data.csv", "empty.md"]);
        assert!(ca.skipped[0].reason.contains("unsupported file type"));
        assert!(ca.skipped[1].reason.contains("empty"));
    }
}
