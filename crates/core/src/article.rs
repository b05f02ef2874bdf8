//! Parsing one file into an [`Article`]: decoding, normalisation, headline, source, dateline,
//! byline, paragraphs, and boilerplate set aside.
//!
//! The stages, each in its own module:
//!
//! 1. `decode`: bytes to text (BOM, UTF-16, Windows-1252 repair, binary refused, CRLF).
//! 2. `html`: web pages and HTML remnants to text with paragraph breaks; page metadata.
//! 3. `metadata` (front matter) and units: blocks split at blank lines; a hard-wrapped block joins into one paragraph, a block
//!    of short lines stays one unit per line; light Markdown (`# Headline`, `**bold**`, links).
//! 4. `boilerplate`: units marked as comments, share bars, reply forms and so on, kept aside
//!    verbatim in `removed`.
//! 5. `header`: the headline (or a title derived from the lead), outlet, bylines and dateline
//!    taken out of the body; the publication date from what is printed.
//!
//! The parse is general: it knows the shapes of news pages, never particular articles. It never
//! panics and stays linear in the size of the input.

mod boilerplate;
mod decode;
mod entities;
mod header;
mod html;
mod metadata;

use crate::date::Date;
use crate::datephrase::{self, PhraseValue};
use crate::model::{Article, Removed, RemovedKind, Span};
use decode::{collapse_spaces, straighten_quotes};
use header::BylineKind;
use html::{Dropped, Mode, Page};
use std::fmt;

/// Why a file could not be read as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotAnArticle(pub String);

impl fmt::Display for NotAnArticle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotAnArticle {}

/// Parses the bytes of one file. `file` is the file name, used for the kind of input (`.html`)
/// and kept on the article.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Article, NotAnArticle> {
    let decoded = decode::decode(bytes).map_err(|r| NotAnArticle(r.to_string()))?;
    let ext = file
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let page_mode = matches!(ext.as_str(), "html" | "htm") || html::looks_like_page(&decoded.text);
    let mode = if page_mode {
        Mode::Page
    } else {
        Mode::Remnants
    };
    // A block of fields at the top of a text file (front matter) is metadata, not story.
    let mut fields_block = Vec::new();
    let mut body_text = decoded.text.as_str();
    let mut fields = None;
    if mode == Mode::Remnants {
        if let Some((f, len)) = metadata::read(body_text) {
            let (block, rest) = body_text.split_at(len);
            fields_block.push(Dropped {
                kind: RemovedKind::Markup,
                text: block.trim_end().to_string(),
                at: 0,
            });
            body_text = rest;
            fields = Some(f);
        }
    }
    let mut page = html::to_text(body_text, mode);
    if let Some(f) = fields {
        page.og_title = page.og_title.or(f.title);
        page.site_name = page.site_name.or(f.source);
        page.author = page.author.or(f.author);
        page.published = page.published.or(f.date);
    }
    let (units, images) = split_units(&page.text, mode == Mode::Remnants);

    let views: Vec<boilerplate::UnitView> = units
        .iter()
        .map(|u| boilerplate::UnitView { text: &u.text })
        .collect();
    let mut marks = boilerplate::mark(&views);
    if mode == Mode::Page {
        mark_site_header(&units, &mut marks, &page);
    }
    let removed = collect_removed(
        &units,
        &marks,
        fields_block.iter().chain(&page.dropped).chain(&images),
    );
    let kept: Vec<Unit> = units
        .into_iter()
        .zip(&marks)
        .filter(|(_, m)| m.is_none())
        .map(|(u, _)| u)
        .collect();
    if kept.is_empty() {
        return Err(NotAnArticle(nothing_left(&removed)));
    }

    let head = read_header(kept, &page);
    if head.body.is_empty() {
        return Err(NotAnArticle(
            "no article body: only a headline and its metadata".into(),
        ));
    }
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(head.body.len());
    for p in &head.body {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(p);
        paragraphs.push(Span::new(start, text.len()));
    }
    // Metadata values come from attributes and fields: clean them as the body is cleaned.
    let clean = |s: String| straighten_quotes(&collapse_spaces(&s));
    Ok(Article {
        file: file.to_string(),
        title: clean(head.title),
        title_derived: head.title_derived,
        source: head.source.map(clean).filter(|s| !s.is_empty()),
        dateline: head.dateline,
        byline: head.byline.map(clean).filter(|s| !s.is_empty()),
        published: head.published,
        text,
        paragraphs,
        removed,
        notes: decoded.notes,
        ..Article::default()
    })
}

/// A paragraph or a line: the unit boilerplate is recognised in and the body is made of.
#[derive(Clone, Debug)]
struct Unit {
    /// Cleaned: spaces collapsed, quotes straightened, Markdown marks removed.
    text: String,
    /// As it was after decoding, for what is kept aside.
    raw: String,
    /// Offset in the decoded (and HTML-converted) text, to keep removed pieces in order.
    at: usize,
    /// First unit after a blank line.
    block_start: bool,
    /// A Markdown heading (`# Headline` or an underlined line).
    heading: bool,
}

/// One line of a block while blocks are gathered.
struct Line<'a> {
    text: String,
    raw: &'a str,
    at: usize,
    heading: bool,
}

/// Splits text into units. With `markdown`, Markdown marks are read and removed; images are
/// returned as dropped markup.
fn split_units(text: &str, markdown: bool) -> (Vec<Unit>, Vec<Dropped>) {
    let mut units = Vec::new();
    let mut images = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let mut at = 0;
    for raw in text.split('\n') {
        let line_at = at;
        at += raw.len() + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            flush_block(&mut block, &mut units);
            continue;
        }
        if markdown {
            if let Some(c) = rule_char(trimmed) {
                // "Title\n=====" or "Title\n-----" underlines a heading; otherwise a rule
                // separates blocks.
                match block.last_mut() {
                    Some(last) if (c == '=' || c == '-') && !last.heading => last.heading = true,
                    _ => flush_block(&mut block, &mut units),
                }
                continue;
            }
        }
        let (clean, heading) = if markdown {
            markdown_line(trimmed, line_at, &mut images)
        } else {
            (trimmed.to_string(), false)
        };
        let clean = straighten_quotes(&collapse_spaces(&clean));
        if clean.is_empty() {
            continue;
        }
        block.push(Line {
            text: clean,
            raw: raw.trim_end(),
            at: line_at,
            heading,
        });
    }
    flush_block(&mut block, &mut units);
    (units, images)
}

/// A Markdown rule or heading underline: three or more of one of `-`, `*`, `_`, `=`.
fn rule_char(t: &str) -> Option<char> {
    let c = t.chars().next()?;
    let count = t.chars().filter(|&x| x == c).count();
    (matches!(c, '-' | '*' | '_' | '=') && count >= 3 && t.chars().all(|x| x == c || x == ' '))
        .then_some(c)
}

/// Removes Markdown marks from one line: heading hashes, blockquote marks, bold markers, links
/// (their text stays) and images (kept aside).
fn markdown_line(t: &str, at: usize, images: &mut Vec<Dropped>) -> (String, bool) {
    let mut t = t;
    let mut heading = false;
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes)
        && t.get(hashes..)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    {
        heading = true;
        t = t
            .get(hashes..)
            .unwrap_or_default()
            .trim()
            .trim_end_matches('#')
            .trim_end();
    }
    while let Some(r) = t.strip_prefix('>') {
        t = r.trim_start();
    }
    let t = t.replace("**", "");
    // Links and images, each bracket searched for within a bounded window so a line full of
    // brackets stays linear.
    let mut out = String::with_capacity(t.len());
    let mut rest = t.as_str();
    while let Some(open) = rest.find('[') {
        let image = open > 0 && rest.as_bytes().get(open - 1) == Some(&b'!');
        let after = rest.get(open + 1..).unwrap_or_default();
        let window = after.get(..after.len().min(300)).unwrap_or(after);
        let link = window.find("](").and_then(|close| {
            let url = after.get(close + 2..)?;
            let end = url.get(..url.len().min(500)).unwrap_or(url).find(')')?;
            Some((close, close + 2 + end + 1))
        });
        match link {
            Some((close, used)) => {
                let label = after.get(..close).unwrap_or_default();
                if image {
                    out.push_str(rest.get(..open - 1).unwrap_or_default());
                    let src = rest.get(open - 1..open + 1 + used).unwrap_or_default();
                    images.push(Dropped {
                        kind: RemovedKind::Markup,
                        text: src.to_string(),
                        at,
                    });
                } else {
                    out.push_str(rest.get(..open).unwrap_or_default());
                    out.push_str(label);
                }
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push_str(rest.get(..open + 1).unwrap_or_default());
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, heading)
}

/// Turns a block's lines into units: a hard-wrapped paragraph is joined; lines of a block that
/// is not wrapped (a widget, a list, one paragraph per line) stay units of their own.
fn flush_block(block: &mut Vec<Line>, units: &mut Vec<Unit>) {
    if block.is_empty() {
        return;
    }
    let lens: Vec<usize> = block.iter().map(|l| l.text.chars().count()).collect();
    let width = lens.iter().copied().max().unwrap_or(0);
    let n = block.len();
    let body_lines = lens.get(..n - 1).unwrap_or_default();
    // Wrapped text fills its lines (all but a headline or a paragraph's last line come near the
    // widest), and somewhere a sentence runs on across a break. A list of titles, one a line,
    // has neither.
    let full = body_lines.iter().filter(|&&l| l * 10 >= width * 6).count();
    // "20.02.2026 | 16:40 PKT" under a long headline is a line of its own.
    let digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
    let dated: Vec<bool> = block
        .iter()
        .map(|l| l.text.len() <= 80 && digit(&l.text) && header::is_date_line(&l.text))
        .collect();
    let runs_on = (1..n).any(|k| {
        block[k].text.starts_with(char::is_lowercase)
            || digit(&block[k].text) && !dated[k]
            || block[k - 1].text.ends_with([',', ';', '-'])
    });
    let wrapped = n >= 2 && (40..=100).contains(&width) && full + 1 >= body_lines.len() && runs_on;
    let mut first = true;
    let mut current: Option<Unit> = None;
    for (k, line) in block.drain(..).enumerate() {
        let join = wrapped
            && current.as_ref().is_some_and(|c| !c.heading)
            && !line.heading
            && !starts_item(&line.text)
            && !dated[k]
            && !ends_paragraph(
                lens.get(k.wrapping_sub(1)).copied().unwrap_or(0),
                width,
                current.as_ref(),
            );
        match current.as_mut() {
            Some(c) if join => {
                if c.text.ends_with('-') && !c.text.ends_with(" -") {
                    c.text.push_str(&line.text);
                } else {
                    c.text.push(' ');
                    c.text.push_str(&line.text);
                }
                c.raw.push('\n');
                c.raw.push_str(line.raw);
            }
            _ => {
                units.extend(current.take());
                current = Some(Unit {
                    text: line.text,
                    raw: line.raw.to_string(),
                    at: line.at,
                    block_start: first,
                    heading: line.heading,
                });
                first = false;
            }
        }
    }
    units.extend(current);
}

/// In wrapped text, a line that ends a sentence well short of the width ends its paragraph, and
/// so does a line far shorter than the width (a heading, or a paragraph's last line).
fn ends_paragraph(prev_len: usize, width: usize, current: Option<&Unit>) -> bool {
    let ends_sentence = current.is_some_and(|c| {
        c.text
            .trim_end()
            .ends_with(['.', '!', '?', ':', '"', '\'', ')'])
    });
    (ends_sentence && prev_len * 10 < width * 8) || prev_len * 10 < width * 6
}

/// A list item: "- x", "* x", "• x", "1. x".
fn starts_item(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("\u{2022}")
        || (digits > 0
            && t.get(digits..)
                .is_some_and(|r| r.starts_with(". ") || r.starts_with(") ")))
}

/// On a web page, the short lines above the headline (logo, tagline, menu remnants) are the
/// site's header, not the story: they are kept aside as navigation. Bylines and kickers-with-dates
/// stay for the header reader.
fn mark_site_header(units: &[Unit], marks: &mut [Option<RemovedKind>], page: &Page) {
    let Some((title, _)) = page_title(page) else {
        return;
    };
    let kept: Vec<usize> = (0..units.len())
        .filter(|&i| marks[i].is_none())
        .take(8)
        .collect();
    let Some(pos) = kept.iter().position(|&i| same_text(&units[i].text, &title)) else {
        return;
    };
    for &i in kept.iter().take(pos) {
        let t = &units[i].text;
        if boilerplate::is_short(t)
            && header::byline(t).is_none()
            && header::source_line(t).is_none()
        {
            marks[i] = Some(RemovedKind::Navigation);
        }
    }
}

/// The removed pieces in document order: consecutive units of one kind make one piece, joined as
/// they were printed.
fn collect_removed<'a>(
    units: &[Unit],
    marks: &[Option<RemovedKind>],
    dropped: impl Iterator<Item = &'a Dropped>,
) -> Vec<Removed> {
    let mut pieces: Vec<(usize, u8, Removed)> = dropped
        .map(|d| {
            (
                d.at,
                0,
                Removed {
                    kind: d.kind,
                    text: d.text.clone(),
                },
            )
        })
        .collect();
    let mut current: Option<(usize, Removed)> = None;
    for (u, m) in units.iter().zip(marks) {
        match (m, current.as_mut()) {
            (Some(k), Some((_, r))) if r.kind == *k => {
                r.text.push_str(if u.block_start { "\n\n" } else { "\n" });
                r.text.push_str(&u.raw);
            }
            (Some(k), _) => {
                if let Some((at, r)) = current.take() {
                    pieces.push((at, 1, r));
                }
                current = Some((
                    u.at,
                    Removed {
                        kind: *k,
                        text: u.raw.clone(),
                    },
                ));
            }
            (None, _) => {
                if let Some((at, r)) = current.take() {
                    pieces.push((at, 1, r));
                }
            }
        }
    }
    if let Some((at, r)) = current.take() {
        pieces.push((at, 1, r));
    }
    pieces.sort_by_key(|&(at, order, _)| (at, order));
    pieces.into_iter().map(|(_, _, r)| r).collect()
}

fn nothing_left(removed: &[Removed]) -> String {
    let mut kinds: Vec<&str> = removed.iter().map(|r| r.kind.label()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.is_empty() {
        "no article text".to_string()
    } else {
        format!(
            "no article text left after removing boilerplate ({})",
            kinds.join(", ")
        )
    }
}

/// What the top of the story says, and the body that remains.
struct Header {
    title: String,
    title_derived: bool,
    source: Option<String>,
    dateline: Option<String>,
    byline: Option<String>,
    published: Option<crate::date::DateInterval>,
    body: Vec<String>,
}

/// Takes the headline, outlet, bylines and dateline out of the kept units.
fn read_header(kept: Vec<Unit>, page: &Page) -> Header {
    let mut items = kept;
    let mut source: Option<String> = None;

    // Outlet lines ("Source: Reuters") near either end.
    let n = items.len();
    let mut k = 0;
    let mut index = 0;
    while k < items.len() {
        if (index < 4 || index + 3 >= n) && items.len() > 1 {
            if let Some(s) = header::source_line(&items[k].text) {
                source.get_or_insert(s);
                // A dated line of parts ("Source: Xinhua | 2024-10-12 17:32:10") also gives
                // the publication date: the byline pass reads it.
                if header::byline(&items[k].text).is_none() {
                    items.remove(k);
                    index += 1;
                    continue;
                }
            }
        }
        k += 1;
        index += 1;
    }

    // The headline.
    let mut title: Option<String> = None;
    if let Some((t, site)) = page_title(page) {
        if let Some(site) = site.filter(|_| page.site_name.is_none()) {
            source.get_or_insert(straighten_quotes(&site));
        }
        let t = straighten_quotes(&collapse_spaces(&t));
        if let Some(pos) = items.iter().take(4).position(|u| same_text(&u.text, &t)) {
            if items.len() > 1 {
                items.remove(pos);
            }
        }
        title = Some(t);
    } else if items.len() >= 2 {
        let first_is_outlet =
            items.len() >= 3 && header::outlet_like(&items[0].text) && !items[0].heading;
        if items[0].heading {
            title = Some(items.remove(0).text);
        } else if first_is_outlet && (items[1].heading || header::headline_like(&items[1].text)) {
            source.get_or_insert(items.remove(0).text);
            title = Some(items.remove(0).text);
        } else if header::headline_like(&items[0].text) {
            title = Some(items.remove(0).text);
        } else if items.len() >= 3
            && header::is_kicker(&items[0].text)
            && (items[1].heading || header::headline_like(&items[1].text))
        {
            // A section label ("Analysis") above the headline stays with the story.
            title = Some(items.remove(1).text);
        }
    }

    // Bylines and publication lines at the top: among short lines, and past at most one
    // paragraph (a standfirst often sits between headline and byline).
    let mut bylines: Vec<(BylineKind, String)> = Vec::new();
    let mut k = 0;
    let mut paragraphs_seen = 0;
    // At most four: a file of nothing but dates must not be read line by line here.
    while k < items.len().min(5) && items.len() > 1 && bylines.len() < 4 {
        let t = &items[k].text;
        if let Some(kind) = header::byline(t) {
            bylines.push((kind, items.remove(k).text));
            continue;
        }
        if !boilerplate::is_short(t) {
            paragraphs_seen += 1;
            if paragraphs_seen > 1 {
                break;
            }
        }
        k += 1;
    }

    // The dateline of the first paragraph.
    let mut dateline = None;
    let mut dateline_date = None;
    for u in items.iter_mut().take(3) {
        if let Some(d) = header::dateline(&u.text) {
            u.text = u.text.get(d.rest..).unwrap_or_default().to_string();
            if let Some(w) = d.wire {
                if source.is_none() && page.site_name.is_none() {
                    source = Some(w);
                }
            }
            dateline = Some(d.text);
            dateline_date = d.date;
            break;
        }
        if !boilerplate::is_short(&u.text) {
            break;
        }
    }

    if source.is_none() {
        source = page
            .site_name
            .clone()
            .or_else(|| page.author.clone().filter(|a| organisation_like(a)));
    }

    let lead = items
        .iter()
        .find(|u| !boilerplate::is_short(&u.text))
        .or(items.first())
        .map(|u| u.text.clone())
        .unwrap_or_default();
    // A printed title that is only marks ("#", "**") does not count.
    let title = title.filter(|t| t.chars().any(char::is_alphanumeric));
    let title_derived = title.is_none();
    let title = title.unwrap_or_else(|| {
        let derived = header::derive_title(&lead);
        if derived.trim().is_empty() {
            // A lead without words ("...") still names the article by what it prints.
            lead.chars().take(80).collect()
        } else {
            derived
        }
    });

    let published = publication_date(&bylines, dateline_date, page, &lead);
    let byline = (!bylines.is_empty()).then(|| {
        bylines
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    });
    // The author the page or front matter names, when none is printed in the text.
    let byline = byline.or_else(|| page.author.clone().filter(|a| !organisation_like(a)));
    let body = items
        .into_iter()
        .map(|u| u.text)
        .filter(|t| !t.trim().is_empty())
        .collect();
    Header {
        title,
        title_derived,
        source,
        dateline,
        byline,
        published,
        body,
    }
}

/// The page's own headline: the first `<h1>`, else `og:title`, else `<title>` without the site
/// name it usually carries ("Headline | Site"). The site name so found comes second.
fn page_title(page: &Page) -> Option<(String, Option<String>)> {
    // The headline <h1> is the one the page's metadata also names; failing that, the first that
    // reads like a headline rather than a logo (the site's name).
    let not_site = |h: &&String| !page.site_name.as_deref().is_some_and(|s| same_text(s, h));
    let title_low = page.title.as_deref().unwrap_or_default().to_lowercase();
    let chosen = page
        .h1s
        .iter()
        .find(|h| page.og_title.as_deref().is_some_and(|o| same_text(o, h)))
        .or_else(|| {
            page.h1s.iter().filter(not_site).find(|h| {
                h.split_whitespace().count() >= 3 && title_low.starts_with(&h.to_lowercase())
            })
        })
        .or_else(|| {
            page.h1s
                .iter()
                .filter(not_site)
                .find(|h| h.split_whitespace().count() >= 3)
        })
        .cloned()
        .or_else(|| page.og_title.clone())
        .or_else(|| page.h1s.first().cloned());
    if let Some(h) = chosen {
        return Some((h, None));
    }
    let t = page.title.as_deref()?;
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            let is_site = page
                .site_name
                .as_deref()
                .is_some_and(|s| same_text(s, tail))
                || tail.split_whitespace().count() <= 4
                    && head.split_whitespace().count() > tail.split_whitespace().count();
            if is_site {
                return Some((head.trim().to_string(), Some(tail.trim().to_string())));
            }
        }
    }
    Some((t.to_string(), None))
}

fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| straighten_quotes(&collapse_spaces(s)).to_lowercase();
    norm(a) == norm(b)
}

/// A metadata author that names an organisation rather than a person.
fn organisation_like(a: &str) -> bool {
    const WORDS: [&str; 16] = [
        "news",
        "agency",
        "press",
        "times",
        "post",
        "reuters",
        "afp",
        "associated",
        "tribune",
        "herald",
        "journal",
        "daily",
        "media",
        "network",
        "radio",
        "online",
    ];
    a.split_whitespace().any(|w| {
        WORDS.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    })
}

/// The publication date from what is printed, in order of trust: a publication line, a byline,
/// the dateline, the page's metadata; failing those, the latest full date the lead names (a story
/// is published no earlier than what it reports).
fn publication_date(
    bylines: &[(BylineKind, String)],
    dateline: Option<PhraseValue>,
    page: &Page,
    lead: &str,
) -> Option<crate::date::DateInterval> {
    let from_lines = |kind: BylineKind, basis: &str| {
        bylines
            .iter()
            .filter(|(k, _)| *k == kind)
            .find_map(|(_, t)| header::line_date(t)?.to_interval(basis))
    };
    from_lines(BylineKind::Publication, "publication line")
        .or_else(|| from_lines(BylineKind::Author, "byline"))
        .or_else(|| dateline?.to_interval("dateline"))
        .or_else(|| meta_date(page.published.as_deref()?))
        .or_else(|| {
            datephrase::scan(lead)
                .into_iter()
                .filter(|p| matches!(p.value, PhraseValue::Day { year: Some(_), .. }))
                .filter_map(|p| p.value.to_interval("latest date named in the lead"))
                .max_by_key(|i| i.earliest)
        })
}

/// A date from page metadata: ISO ("2024-03-03T10:00:00Z") or a printed date.
fn meta_date(s: &str) -> Option<crate::date::DateInterval> {
    if let Some(d) = s.get(..10).and_then(Date::parse_iso) {
        return Some(crate::date::DateInterval::day(d, "metadata"));
    }
    header::line_date(s)?.to_interval("metadata")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_wrapped_blocks_join_and_lists_of_lines_do_not() {
        let wrapped = "The foreign ministers of the two nations held a pivotal phone\n\
            conversation on Monday, pledging to strengthen cooperation on\n\
            counter-terrorism.\n\
            A second paragraph follows on the next line without a blank\n\
            line between them.";
        let (units, _) = split_units(wrapped, true);
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The foreign ministers of the two nations held a pivotal phone conversation on Monday, pledging to strengthen cooperation on counter-terrorism.",
                "A second paragraph follows on the next line without a blank line between them."
            ]
        );
        let (units, _) = split_units(
            "Read-to-Earn opportunity\nTime to Read\nYou earned: None\nDate",
            true,
        );
        assert_eq!(units.len(), 4);
        // A headline on the line before a wrapped paragraph stays apart.
        let (units, _) = split_units(
            "Norway says Sudan talks resume\n\
             Norway said on Monday that talks between Sudan's warring parties would\n\
             resume in Jeddah next week, with Saudi Arabia and the United States\n\
             acting as co-mediators.",
            true,
        );
        let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Norway says Sudan talks resume",
                "Norway said on Monday that talks between Sudan's warring parties would resume in Jeddah next week, with Saudi Arabia and the United States acting as co-mediators."
            ]
        );
    }

    #[test]
    fn markdown_marks_are_removed() {
        let (units, images) = split_units("# The **Headline**\n\nSee [the report](http://x.y/z) and ![a map](m.png) here.\n\nSub\n---\n\n> quoted", true);
        let got: Vec<(&str, bool)> = units.iter().map(|u| (u.text.as_str(), u.heading)).collect();
        assert_eq!(
            got,
            [
                ("The Headline", true),
                ("See the report and here.", false),
                ("Sub", true),
                ("quoted", false)
            ]
        );
        assert_eq!(images.len(), 1);
        assert_eq!(images[0].text, "![a map](m.png)");
    }
}
