//! Metadata printed as a block of fields at the top of a text file: YAML front matter between
//! `---` lines (Markdown exports), or a plain block of `Title: ...`, `Date: ...` lines (scraper
//! output). The fields feed the headline, outlet and date; the block itself is kept aside as
//! markup.

/// The fields read, each as printed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fields {
    pub title: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
}

/// A metadata block at the start of `text`: its fields and the byte length of the block.
pub(crate) fn read(text: &str) -> Option<(Fields, usize)> {
    front_matter(text).or_else(|| field_block(text))
}

/// The key a field's name stands for.
fn key(name: &str) -> Option<&'static str> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => "title",
        "source" | "publisher" | "outlet" | "publication" | "site" | "site_name" | "newspaper" => {
            "source"
        }
        "author" | "authors" | "byline" | "by" | "writer" => "author",
        "date" | "published" | "pubdate" | "publish_date" | "published_at" | "date_published"
        | "published_on" => "date",
        "url" | "link" | "canonical" | "tags" | "categories" | "category" | "keywords"
        | "language" | "lang" | "description" | "summary" | "slug" | "id" | "layout" | "draft"
        | "image" | "updated" | "modified" => "other",
        _ => return None,
    })
}

/// Splits `Key: value`, the value unquoted and list brackets removed.
fn field(line: &str) -> Option<(&'static str, String)> {
    let (name, value) = line.split_once(':')?;
    if name.is_empty()
        || name.len() > 20
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ')
    {
        return None;
    }
    let k = key(name)?;
    let v = value
        .trim()
        .trim_matches(['"', '\''])
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    Some((k, v.to_string()))
}

fn store(fields: &mut Fields, k: &str, v: String) {
    if v.is_empty() {
        return;
    }
    let slot = match k {
        "title" => &mut fields.title,
        "source" => &mut fields.source,
        "author" => &mut fields.author,
        "date" => &mut fields.date,
        _ => return,
    };
    slot.get_or_insert(v);
}

/// `---` on the first line, fields, `---` or `...`; at most 60 lines.
fn front_matter(text: &str) -> Option<(Fields, usize)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut len = first.len();
    let mut fields = Fields::default();
    let mut any = false;
    for line in lines.take(60) {
        len += line.len();
        let t = line.trim();
        if t == "---" || t == "..." {
            return any.then_some((fields, len));
        }
        if t.is_empty() || t.starts_with('#') || t.starts_with("- ") {
            continue;
        }
        match field(t) {
            Some((k, v)) => {
                any = true;
                store(&mut fields, k, v);
            }
            // An unknown key is still front matter if it is shaped like one.
            None if t.contains(':') && !t.starts_with(' ') => {}
            None => return None,
        }
    }
    None
}

/// A first block of at least two `Key: value` lines with known keys, one of them a title or a
/// date.
fn field_block(text: &str) -> Option<(Fields, usize)> {
    let mut fields = Fields::default();
    let mut len = 0;
    let mut count = 0;
    for line in text.split_inclusive('\n').take(30) {
        let t = line.trim();
        if t.is_empty() {
            if count > 0 {
                len += line.len();
                break;
            }
            len += line.len();
            continue;
        }
        let (k, v) = field(t)?;
        store(&mut fields, k, v);
        count += 1;
        len += line.len();
    }
    (count >= 2 && (fields.title.is_some() || fields.date.is_some())).then_some((fields, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_fields_are_read() {
        let fm = "---\ntitle: \"Oman hosts talks\"\ndate: 2024-03-03\nauthor: [Jane Doe]\ntags:\n  - oman\nsource: Gulf Ledger\n---\n\nBody.";
        let (f, len) = read(fm).unwrap();
        assert_eq!(f.title.as_deref(), Some("Oman hosts talks"));
        assert_eq!(f.date.as_deref(), Some("2024-03-03"));
        assert_eq!(f.author.as_deref(), Some("Jane Doe"));
        assert_eq!(f.source.as_deref(), Some("Gulf Ledger"));
        assert_eq!(fm.get(len..), Some("\nBody."));

        let block = "Title: Oman hosts talks\nURL: https://example.org/a\nDate: March 3, 2024\n\nBody text.";
        let (f, len) = read(block).unwrap();
        assert_eq!(f.title.as_deref(), Some("Oman hosts talks"));
        assert_eq!(f.date.as_deref(), Some("March 3, 2024"));
        assert_eq!(block.get(len..), Some("Body text."));

        for not_meta in [
            "Oman hosts talks\n\nBody.",
            "Note: the talks resumed.\nThey said so.",
            "---\nA rule, then prose.\n",
            "Source: Reuters\n\nBody.",
        ] {
            assert_eq!(read(not_meta), None, "{not_meta:?}");
        }
    }
}
