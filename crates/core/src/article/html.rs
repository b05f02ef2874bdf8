//! HTML to plain text: tags removed, entities decoded, blocks turned into paragraph breaks, and
//! the page's own metadata (title, site name, author, publication time) read on the way.
//!
//! This is not a conforming HTML parser; it is a single forward pass that is good enough for
//! article pages and for `.txt` files carrying HTML remnants, and it stays linear on any input:
//! every byte is looked at a bounded number of times, unclosed tags and comments never make it
//! rescan, and a stray `<` in prose stays text. Scripts, styles, comments and similar non-text
//! content are kept aside as [`RemovedKind::Markup`]; navigation, share bars, comment sections
//! and the like, when the page marks them by element or class, are kept aside with their kind.

use super::decode::collapse_spaces;
use super::entities;
use crate::model::RemovedKind;

/// How much of the input is markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A web page: whitespace is insignificant, every tag is a tag.
    Page,
    /// Text with HTML remnants: line breaks are kept, and only known tag names are tags, so
    /// "a <b and c" in prose is not mistaken for markup.
    Remnants,
}

/// Something taken out of the page, with the offset in the output text where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dropped {
    pub kind: RemovedKind,
    pub text: String,
    pub at: usize,
}

/// The text of a page and what the page says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Page {
    /// Blocks separated by a blank line, lines inside a block by `\n`.
    pub text: String,
    pub dropped: Vec<Dropped>,
    /// `<title>`.
    pub title: Option<String>,
    /// The first few `<h1>`s: a site may print its name in one before the headline.
    pub h1s: Vec<String>,
    /// `og:title` or `twitter:title`.
    pub og_title: Option<String>,
    /// `og:site_name` or `application-name`.
    pub site_name: Option<String>,
    /// `<meta name="author">`, when it is a name rather than a link.
    pub author: Option<String>,
    /// `article:published_time` and similar metadata, else the first `<time datetime>`.
    pub published: Option<String>,
}

/// Whether text that did not come with an `.html` name is a whole web page.
pub(crate) fn looks_like_page(text: &str) -> bool {
    let head = text.trim_start();
    let head = head
        .get(..head.len().min(512))
        .unwrap_or(head)
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body", "<?xml"]
        .iter()
        .any(|p| head.starts_with(p))
        || (head.starts_with('<')
            && (head.contains("<meta") || head.contains("<div") || head.contains("<article")))
}

/// Elements whose content is not text: raw-text elements read to their end tag.
const RAW: [&str; 9] = [
    "script", "style", "title", "textarea", "noscript", "iframe", "xmp", "noembed", "noframes",
];

/// Elements whose content is markup for machines: dropped with everything inside.
const OPAQUE: [&str; 6] = ["template", "svg", "math", "object", "canvas", "select"];

/// Elements that end a paragraph.
const BLOCK: [&str; 38] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "article",
    "section",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "blockquote",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
    "address",
    "form",
    "fieldset",
    "details",
    "summary",
    "center",
    "body",
];

/// Elements that never have an end tag.
const VOID: [&str; 14] = [
    "br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed",
    "param", "track",
];

/// Inline and other tags that are recognised in text with remnants.
const INLINE: [&str; 22] = [
    "a", "b", "i", "u", "em", "strong", "span", "small", "sup", "sub", "font", "br", "img", "time",
    "abbr", "cite", "mark", "s", "strike", "html", "head", "meta",
];

/// Class or id names that mark boilerplate containers. Matched against each whole class name
/// and its last `-`/`_` part ("post-tags" matches "tags").
const MARKED: [(&str, RemovedKind); 30] = [
    ("comments", RemovedKind::Comments),
    ("commentlist", RemovedKind::Comments),
    ("comment-list", RemovedKind::Comments),
    ("comments-area", RemovedKind::Comments),
    ("disqus_thread", RemovedKind::Comments),
    ("respond", RemovedKind::ReplyForm),
    ("comment-respond", RemovedKind::ReplyForm),
    ("share", RemovedKind::Share),
    ("sharing", RemovedKind::Share),
    ("sharedaddy", RemovedKind::Share),
    ("share-buttons", RemovedKind::Share),
    ("social-share", RemovedKind::Share),
    ("related", RemovedKind::Related),
    ("related-posts", RemovedKind::Related),
    ("related-articles", RemovedKind::Related),
    ("advert", RemovedKind::Advertisement),
    ("advertisement", RemovedKind::Advertisement),
    ("ad-slot", RemovedKind::Advertisement),
    ("ad-container", RemovedKind::Advertisement),
    ("cookie-notice", RemovedKind::CookieNotice),
    ("cookie-banner", RemovedKind::CookieNotice),
    ("cookie-consent", RemovedKind::CookieNotice),
    ("newsletter", RemovedKind::Subscribe),
    ("subscribe", RemovedKind::Subscribe),
    ("tags", RemovedKind::Tags),
    ("tag-list", RemovedKind::Tags),
    ("breadcrumb", RemovedKind::Navigation),
    ("breadcrumbs", RemovedKind::Navigation),
    ("menu", RemovedKind::Navigation),
    ("skip-link", RemovedKind::Navigation),
];

/// How many `<h1>`s are kept.
const MAX_H1: usize = 8;

/// How far a tag may run in text with remnants before its `<` is taken as prose.
const REMNANT_TAG_MAX: usize = 600;

/// Converts `src` to text.
pub(crate) fn to_text(src: &str, mode: Mode) -> Page {
    let mut p = Parser {
        src,
        mode,
        pos: 0,
        next_gt: Some(0),
        out: Out::new(mode),
        page: Page::default(),
        drop: None,
        h1: None,
        time: None,
        comment_close_gone: false,
    };
    p.run();
    p.finish()
}

/// A container being dropped: its name, nesting depth, kind and text so far.
struct Drop {
    name: String,
    depth: u32,
    /// Page-level containers opened inside it and not yet closed ("<article class=comment>"
    /// in a comment section): their end tags do not end the page.
    inner: u32,
    kind: RemovedKind,
    at: usize,
    /// Where the element starts in the source, for markup kept verbatim.
    src_start: usize,
    text: Out,
}

struct Parser<'a> {
    src: &'a str,
    mode: Mode,
    pos: usize,
    /// The position of the next `>` at or after some earlier point, `None` when there is none
    /// left: the cursor only moves forward, which keeps the scan linear.
    next_gt: Option<usize>,
    out: Out,
    page: Page,
    drop: Option<Drop>,
    /// The text of an `<h1>` while it is being read.
    h1: Option<String>,
    /// The first `<time datetime>`, used when no metadata gives the publication time.
    time: Option<String>,
    /// Set once a search for `-->` failed: no later one can succeed, and not searching again
    /// keeps a file of unclosed comments linear.
    comment_close_gone: bool,
}

/// One tag as read.
struct Tag<'a> {
    name: String,
    end: bool,
    self_closing: bool,
    attrs: &'a str,
    /// The byte after `>`.
    after: usize,
}

impl<'a> Parser<'a> {
    fn run(&mut self) {
        let src = self.src;
        while self.pos < src.len() {
            let rest = src.get(self.pos..).unwrap_or_default();
            let Some(lt) = rest.find('<').map(|i| i + self.pos) else {
                self.text(rest);
                break;
            };
            self.text(src.get(self.pos..lt).unwrap_or_default());
            self.pos = lt;
            self.markup(lt);
        }
    }

    fn finish(mut self) -> Page {
        if let Some(d) = self.drop.take() {
            self.close_drop(d);
        }
        if let Some(h) = self.h1.take() {
            self.set_h1(h);
        }
        if self.page.published.is_none() {
            self.page.published = self.time.take();
        }
        self.page.text = self.out.finish();
        self.page
    }

    /// Handles the `<` at `lt`, advancing `pos` past what it starts.
    fn markup(&mut self, lt: usize) {
        let src = self.src;
        let rest = src.get(lt..).unwrap_or_default();
        let b = rest.as_bytes();
        if rest.starts_with("<!--") {
            let close = if self.comment_close_gone {
                None
            } else {
                rest.get(4..).and_then(|r| r.find("-->"))
            };
            self.comment_close_gone = close.is_none();
            match close {
                Some(i) => {
                    let end = lt + 4 + i + 3;
                    self.dropped_markup(lt, end);
                    self.pos = end;
                }
                None => {
                    // An unclosed comment would hide the rest of the file; drop only its opener.
                    self.dropped_markup(lt, lt + 4);
                    self.pos = lt + 4;
                }
            }
            return;
        }
        if matches!(b.get(1), Some(b'!' | b'?')) {
            match self.plain_gt(lt) {
                Some(gt) if self.mode == Mode::Page || gt - lt <= REMNANT_TAG_MAX => {
                    self.pos = gt + 1
                }
                _ => self.literal_lt(lt),
            }
            return;
        }
        match self.read_tag(lt) {
            Some(tag) => {
                self.pos = tag.after;
                self.tag(lt, tag);
            }
            None => self.literal_lt(lt),
        }
    }

    fn literal_lt(&mut self, lt: usize) {
        self.text("<");
        self.pos = lt + 1;
    }

    /// The next `>` at or after `from`, using the forward-only cursor.
    fn plain_gt(&mut self, from: usize) -> Option<usize> {
        match self.next_gt {
            // The cursor starts at 0, before any `>` was looked for.
            Some(g) if g >= from && self.src.as_bytes().get(g) == Some(&b'>') => Some(g),
            Some(_) => {
                self.next_gt = self
                    .src
                    .get(from..)
                    .and_then(|r| r.find('>'))
                    .map(|i| i + from);
                self.next_gt
            }
            None => None,
        }
    }

    /// Reads the tag at `lt`, or `None` when the `<` is prose.
    fn read_tag(&mut self, lt: usize) -> Option<Tag<'a>> {
        let src = self.src;
        let b = src.as_bytes();
        let mut i = lt + 1;
        let end = b.get(i) == Some(&b'/');
        if end {
            i += 1;
        }
        if !b.get(i)?.is_ascii_alphabetic() {
            return None;
        }
        let name_start = i;
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
        {
            i += 1;
        }
        let name = src.get(name_start..i)?.to_ascii_lowercase();
        if !matches!(
            b.get(i),
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
        ) {
            return None;
        }
        if self.mode == Mode::Remnants && !is_known(&name) {
            return None;
        }
        let attrs_start = i;
        let gt = self.tag_end(i)?;
        if self.mode == Mode::Remnants && gt - lt > REMNANT_TAG_MAX {
            return None;
        }
        let attrs = src.get(attrs_start..gt)?;
        let self_closing = attrs.trim_end().ends_with('/');
        Some(Tag {
            name,
            end,
            self_closing,
            attrs,
            after: gt + 1,
        })
    }

    /// The `>` that ends a tag whose attributes start at `from`. Quoted values may hold `>`; a
    /// `<` outside quotes means the first `<` was prose; a `<` inside quotes means the quote was
    /// never closed, and the tag ends at the next `>` as browsers would find it. Every path stops
    /// at the next `<` or consumes what it read, so the parse stays linear.
    fn tag_end(&mut self, from: usize) -> Option<usize> {
        let b = self.src.as_bytes();
        let mut quote: Option<u8> = None;
        let mut after_eq = false;
        let mut i = from;
        while let Some(&c) = b.get(i) {
            match quote {
                Some(q) => {
                    if c == q {
                        quote = None;
                    } else if c == b'<' {
                        return self.plain_gt(from);
                    }
                }
                None => match c {
                    b'>' => return Some(i),
                    b'<' => return None,
                    b'"' | b'\'' if after_eq => quote = Some(c),
                    _ => {}
                },
            }
            if !c.is_ascii_whitespace() {
                after_eq = c == b'=';
            }
            i += 1;
        }
        None
    }

    fn tag(&mut self, lt: usize, tag: Tag<'a>) {
        let name = tag.name.as_str();
        if let Some(d) = self.drop.as_mut() {
            if d.name == name && !VOID.contains(&name) {
                if tag.end {
                    d.depth = d.depth.saturating_sub(1);
                } else if !tag.self_closing {
                    d.depth += 1;
                }
            }
            let page_level = matches!(name, "body" | "html" | "article" | "main") && d.name != name;
            let mut ends_page = false;
            if page_level && !tag.end && !tag.self_closing {
                d.inner += 1;
            } else if page_level && tag.end {
                ends_page = d.inner == 0;
                d.inner = d.inner.saturating_sub(1);
            }
            if d.depth == 0 || ends_page {
                if let Some(d) = self.drop.take() {
                    if d.kind == RemovedKind::Markup {
                        let text = self
                            .src
                            .get(d.src_start..tag.after)
                            .unwrap_or_default()
                            .to_string();
                        self.page.dropped.push(Dropped {
                            kind: RemovedKind::Markup,
                            text,
                            at: d.at,
                        });
                    } else {
                        self.close_drop(d);
                    }
                }
                return;
            }
            self.breaks(name);
            return;
        }
        if tag.end {
            if name == "h1" {
                if let Some(h) = self.h1.take() {
                    self.set_h1(h);
                }
            }
            self.breaks(name);
            return;
        }
        if RAW.contains(&name) && !tag.self_closing {
            self.raw(lt, &tag);
            return;
        }
        match name {
            "meta" => self.meta(tag.attrs),
            "time" if self.time.is_none() => self.time = attr(tag.attrs, "datetime"),
            "h1" if self.page.h1s.len() < MAX_H1 && self.h1.is_none() => {
                self.h1 = Some(String::new())
            }
            _ => {}
        }
        if OPAQUE.contains(&name) && !tag.self_closing {
            self.start_drop(name, RemovedKind::Markup, lt);
            return;
        }
        if let Some(kind) = marked_kind(name, tag.attrs) {
            if !tag.self_closing && !VOID.contains(&name) {
                self.breaks(name);
                self.start_drop(name, kind, lt);
                return;
            }
        }
        self.breaks(name);
    }

    /// Paragraph and line breaks caused by a tag.
    fn breaks(&mut self, name: &str) {
        let out = match self.drop.as_mut() {
            Some(d) => &mut d.text,
            None => &mut self.out,
        };
        if name == "br" {
            out.line();
        } else if matches!(name, "td" | "th") {
            out.space();
        } else if BLOCK.contains(&name) {
            out.block();
            if let Some(h) = self.h1.as_mut() {
                h.push(' ');
            }
        }
    }

    fn start_drop(&mut self, name: &str, kind: RemovedKind, lt: usize) {
        let at = self.out.len_with_pending();
        self.drop = Some(Drop {
            name: name.to_string(),
            depth: 1,
            inner: 0,
            kind,
            at,
            src_start: lt,
            text: Out::new(Mode::Page),
        });
    }

    fn close_drop(&mut self, d: Drop) {
        let text = if d.kind == RemovedKind::Markup {
            self.src
                .get(d.src_start..self.pos.max(d.src_start))
                .unwrap_or_default()
                .to_string()
        } else {
            d.text.finish()
        };
        if !text.trim().is_empty() {
            self.page.dropped.push(Dropped {
                kind: d.kind,
                text,
                at: d.at,
            });
        }
        self.out.block();
    }

    /// A raw-text element: read to its end tag, or to the end of the file as browsers do.
    fn raw(&mut self, lt: usize, tag: &Tag<'a>) {
        let src = self.src;
        let (content_end, after) =
            find_end_tag(src, tag.after, &tag.name).unwrap_or((src.len(), src.len()));
        self.pos = after;
        if self.drop.is_some() {
            return;
        }
        let content = src.get(tag.after..content_end).unwrap_or_default();
        if tag.name == "title" {
            if self.page.title.is_none() {
                let t = collapse_spaces(&entities::decode(content));
                if !t.is_empty() {
                    self.page.title = Some(t);
                }
            }
            return;
        }
        if tag.name == "textarea" {
            self.text(content);
            return;
        }
        self.dropped_markup(lt, after);
    }

    fn dropped_markup(&mut self, from: usize, to: usize) {
        let text = self.src.get(from..to).unwrap_or_default().to_string();
        let at = self.out.len_with_pending();
        match self.drop.as_mut() {
            // Inside a dropped container, markup goes with it.
            Some(_) => {}
            None => self.page.dropped.push(Dropped {
                kind: RemovedKind::Markup,
                text,
                at,
            }),
        }
    }

    fn meta(&mut self, attrs: &str) {
        let key = attr(attrs, "property")
            .or_else(|| attr(attrs, "name"))
            .or_else(|| attr(attrs, "itemprop"));
        let (Some(key), Some(content)) = (key, attr(attrs, "content")) else {
            return;
        };
        let content = collapse_spaces(&content);
        if content.is_empty() {
            return;
        }
        let key = key.to_ascii_lowercase();
        let slot = match key.as_str() {
            "og:title" | "twitter:title" => &mut self.page.og_title,
            "og:site_name" | "application-name" => &mut self.page.site_name,
            "author" | "article:author" | "byl" | "dc.creator" => {
                if content.contains("://") || content.starts_with('@') {
                    return;
                }
                &mut self.page.author
            }
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publish-date"
            | "dc.date.issued"
            | "dc.date"
            | "og:published_time"
            | "parsely-pub-date"
            | "sailthru.date" => &mut self.page.published,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(content);
        }
    }

    fn set_h1(&mut self, h: String) {
        let h = collapse_spaces(&h);
        if self.page.h1s.len() < MAX_H1 && !h.is_empty() {
            self.page.h1s.push(h);
        }
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded;
        let t = if raw.contains('&') {
            decoded = entities::decode(raw);
            decoded.as_str()
        } else {
            raw
        };
        if let Some(h) = self.h1.as_mut() {
            if self.drop.is_none() {
                h.push_str(t);
            }
        }
        match self.drop.as_mut() {
            Some(d) => d.text.push(t),
            None => self.out.push(t),
        }
    }
}

fn is_known(name: &str) -> bool {
    BLOCK.contains(&name)
        || INLINE.contains(&name)
        || RAW.contains(&name)
        || OPAQUE.contains(&name)
        || VOID.contains(&name)
        || matches!(name, "td" | "th")
}

/// The boilerplate kind a container's tag, class or id announces.
fn marked_kind(name: &str, attrs: &str) -> Option<RemovedKind> {
    match name {
        "nav" => return Some(RemovedKind::Navigation),
        "aside" => return Some(RemovedKind::Related),
        "footer" => return Some(RemovedKind::Navigation),
        "div" | "section" | "ul" | "ol" | "p" | "span" | "form" | "header" => {}
        _ => return None,
    }
    let class = attr(attrs, "class").unwrap_or_default();
    let id = attr(attrs, "id").unwrap_or_default();
    for n in class.split_whitespace().chain(std::iter::once(id.as_str())) {
        let n = n.to_ascii_lowercase();
        let last = n.rsplit(['-', '_']).next().unwrap_or_default();
        for (mark, kind) in MARKED {
            if n == mark || last == mark || n.ends_with(&format!("-{mark}")) {
                return Some(kind);
            }
        }
    }
    None
}

/// The value of attribute `name` in the attribute text of a tag, entities decoded.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
        {
            i += 1;
        }
        let key_start = i;
        while b
            .get(i)
            .is_some_and(|c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let key = attrs.get(key_start..i).unwrap_or_default();
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = None;
        if b.get(i) == Some(&b'=') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            let (start, end) = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let start = i + 1;
                    let end = b
                        .get(start..)
                        .and_then(|r| r.iter().position(|&c| c == q))
                        .map_or(b.len(), |p| p + start);
                    i = end + 1;
                    (start, end)
                }
                _ => {
                    let start = i;
                    while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
                        i += 1;
                    }
                    (start, i)
                }
            };
            value = attrs.get(start..end);
        }
        if key.is_empty() && value.is_none() {
            i += 1;
            continue;
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(entities::decode(value.unwrap_or_default()));
        }
    }
    None
}

/// The end tag `</name>` after `from`, case-insensitive: (start of the end tag, byte after it).
fn find_end_tag(src: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let b = src.as_bytes();
    let mut i = from;
    while let Some(p) = src.get(i..).and_then(|r| r.find("</")) {
        let at = i + p;
        let n = at + 2;
        let matches_name = b
            .get(n..n + name.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()));
        if matches_name
            && matches!(
                b.get(n + name.len()),
                None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>')
            )
        {
            let gt = src
                .get(n..)
                .and_then(|r| r.find('>'))
                .map_or(src.len(), |g| n + g + 1);
            return Some((at, gt));
        }
        i = at + 2;
    }
    None
}

/// The output text, with pending whitespace decided when the next visible character comes.
struct Out {
    mode: Mode,
    s: String,
    pending: Break,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Para,
}

impl Out {
    fn new(mode: Mode) -> Out {
        Out {
            mode,
            s: String::new(),
            pending: Break::None,
        }
    }

    fn push(&mut self, t: &str) {
        let bytes = t.as_bytes();
        let mut newlines = 0u32;
        let mut i = 0;
        while i < bytes.len() {
            // A run of characters other than whitespace goes in whole.
            let start = i;
            let mut space = None;
            while i < bytes.len() {
                let b = bytes[i];
                if b < 0x80 {
                    if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
                        space = Some(b as char);
                        break;
                    }
                    i += 1;
                } else {
                    let c = t[i..].chars().next().unwrap_or(' ');
                    if c.is_whitespace() {
                        space = Some(c);
                        break;
                    }
                    i += c.len_utf8();
                }
            }
            if i > start {
                newlines = 0;
                if !self.s.is_empty() {
                    match self.pending {
                        Break::None => {}
                        Break::Space => self.s.push(' '),
                        Break::Line => self.s.push('\n'),
                        Break::Para => self.s.push_str("\n\n"),
                    }
                }
                self.pending = Break::None;
                self.s.push_str(&t[start..i]);
            }
            let Some(c) = space else { break };
            if c == '\n' && self.mode == Mode::Remnants {
                newlines += 1;
                let b = if newlines >= 2 {
                    Break::Para
                } else {
                    Break::Line
                };
                self.pending = self.pending.max(b);
            } else {
                self.pending = self.pending.max(Break::Space);
            }
            i += c.len_utf8();
        }
    }

    fn space(&mut self) {
        self.pending = self.pending.max(Break::Space);
    }

    fn line(&mut self) {
        self.pending = self.pending.max(Break::Line);
    }

    fn block(&mut self) {
        self.pending = Break::Para;
    }

    /// The length the text will have once the pending break is written.
    fn len_with_pending(&self) -> usize {
        self.s.len()
            + match self.pending {
                _ if self.s.is_empty() => 0,
                Break::None => 0,
                Break::Space | Break::Line => 1,
                Break::Para => 2,
            }
    }

    fn finish(self) -> String {
        self.s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_become_paragraphs() {
        let cases = [
            ("<p>One &amp; two</p><p>Three</p>", "One & two\n\nThree"),
            ("<div>a<br>b<br/>c</div>", "a\nb\nc"),
            ("<p>x <b>bold</b>  and\n  <i>it</i></p>", "x bold and it"),
            (
                "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
                "<script>alert(1)</script>",
            ),
            ("<p>a < b and c > d</p>", "a < b and c > d"),
            ("<p>1 <2</p>", "1 <2"),
            ("<p>unclosed <div class=\"x", "unclosed <div class=\"x"),
            ("<div><div><p>deep", "deep"),
            ("<p title=\"a > b\">quoted</p>", "quoted"),
            ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
            (
                "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
                "a b\n\nc",
            ),
            ("<p>a<!-- note -->b</p><!-- unclosed", "ab\n\nunclosed"),
        ];
        for (html, want) in cases {
            assert_eq!(to_text(html, Mode::Page).text, want, "{html:?}");
        }
    }

    #[test]
    fn scripts_styles_and_marked_containers_are_kept_aside() {
        let html = "<html><head><title>T &amp; U</title><style>p{}</style>\
            <meta property=\"og:site_name\" content=\"Daily\"><meta name=author content='Jo Roe'>\
            <meta property=\"article:published_time\" content=\"2024-03-03T10:00:00Z\"></head>\
            <body><nav><a>Home</a></nav><h1>Head <em>line</em></h1><script>var a = '<p>';</script>\
            <p>Body.</p><div class=\"post-share\"><div>Share</div><div>Tweet</div></div>\
            <noscript>enable js</noscript><template><p>hidden</p></template><p>End.</p></body></html>";
        let page = to_text(html, Mode::Page);
        assert_eq!(page.text, "Head line\n\nBody.\n\nEnd.");
        assert_eq!(page.title.as_deref(), Some("T & U"));
        assert_eq!(page.h1s, ["Head line"]);
        assert_eq!(page.site_name.as_deref(), Some("Daily"));
        assert_eq!(page.author.as_deref(), Some("Jo Roe"));
        assert_eq!(page.published.as_deref(), Some("2024-03-03T10:00:00Z"));
        let kinds: Vec<_> = page
            .dropped
            .iter()
            .map(|d| (d.kind, d.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                (RemovedKind::Markup, "<style>p{}</style>"),
                (RemovedKind::Navigation, "Home"),
                (RemovedKind::Markup, "<script>var a = '<p>';</script>"),
                (RemovedKind::Share, "Share\n\nTweet"),
                (RemovedKind::Markup, "<noscript>enable js</noscript>"),
                (RemovedKind::Markup, "<template><p>hidden</p></template>"),
            ]
        );
    }

    #[test]
    fn a_comment_section_of_article_elements_is_dropped_whole() {
        let html = "<article><p>Body.</p><section class=\"comments\">\
            <article class=\"comment\"><p>First.</p></article>\
            <article class=\"comment\"><p>Second.</p></article></section>\
            <p>After.</p></article>";
        let page = to_text(html, Mode::Page);
        assert_eq!(page.text, "Body.\n\nAfter.");
        assert_eq!(page.dropped.len(), 1);
        assert!(page.dropped[0].text.contains("Second."));
        // A container left open still ends with the page's own article.
        let html = "<article><p>Body.</p><div class=\"share\"><p>Share</article><p>Tail.</p>";
        assert_eq!(to_text(html, Mode::Page).text, "Body.\n\nTail.");
    }

    #[test]
    fn remnants_keep_lines_and_prose_angles() {
        let cases = [
            (
                "Line one\nline two\n\nNext &amp; last",
                "Line one\nline two\n\nNext & last",
            ),
            ("a <b and c\n\nd", "a <b and c\n\nd"),
            ("x <p>y</p> z", "x\n\ny\n\nz"),
            ("if a<b then", "if a<b then"),
            ("<unknown>kept</unknown>", "<unknown>kept</unknown>"),
        ];
        for (input, want) in cases {
            assert_eq!(to_text(input, Mode::Remnants).text, want, "{input:?}");
        }
    }

    #[test]
    fn pathological_markup_stays_linear_and_total() {
        for unit in [
            "<a \"",
            "<div>",
            "<!--",
            "<",
            "<p title='",
            "&#x",
            "</",
            "<script>",
        ] {
            let src = unit.repeat(20_000);
            let page = to_text(&src, Mode::Page);
            assert!(page.text.len() <= src.len() * 2);
        }
    }
}
