//! The printed metadata around a story: headline shape, outlet lines, bylines, publication
//! lines and datelines, and the short title derived from a lead when there is no headline.
//!
//! Each function looks at one line or paragraph and says what it is; the order in which the
//! article is read (title first, then bylines, then the dateline of the first paragraph) lives in
//! the parent module.

use crate::datephrase::{self, PhraseValue};

/// Words that label a story's section rather than name its outlet ("Analysis", "World").
const KICKERS: [&str; 26] = [
    "analysis",
    "opinion",
    "exclusive",
    "world",
    "news",
    "breaking",
    "breaking news",
    "politics",
    "editorial",
    "commentary",
    "explainer",
    "live",
    "update",
    "feature",
    "features",
    "interview",
    "asia",
    "middle east",
    "africa",
    "europe",
    "americas",
    "business",
    "latest",
    "diplomacy",
    "international",
    "national",
];

/// Whether a line has the shape of a headline: a short single line of words that does not end
/// like a sentence.
pub(crate) fn headline_like(t: &str) -> bool {
    let len = t.chars().count();
    let words = t.split_whitespace().count();
    if !(2..=200).contains(&len) || !(2..=30).contains(&words) {
        return false;
    }
    if !t.chars().any(char::is_alphabetic) {
        return false;
    }
    let end = t.trim_end();
    if end.ends_with([',', ';', ':']) {
        return false;
    }
    // A final full stop marks a sentence, but not "U.S." or an ellipsis.
    if end.ends_with('.') && !end.ends_with("...") && !ends_with_abbreviation(end) {
        return false;
    }
    byline(t).is_none() && !is_date_line(t)
}

/// Whether a first line names an outlet ("Reuters", "Trends-US", "The Express Tribune"): a few
/// capitalised words, no sentence punctuation, not a section label.
pub(crate) fn outlet_like(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let len = t.chars().count();
    if words.is_empty() || words.len() > 4 || len > 40 || t.ends_with(['.', '!', '?', ',', ':']) {
        return false;
    }
    if KICKERS.contains(&t.to_lowercase().as_str()) || is_date_line(t) {
        return false;
    }
    words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// A section label above a headline ("Analysis", "WORLD").
pub(crate) fn is_kicker(t: &str) -> bool {
    KICKERS.contains(&t.trim_end_matches(':').to_lowercase().as_str())
}

/// "Source: Reuters", "Originally published by Dawn", "This article first appeared in X".
pub(crate) fn source_line(t: &str) -> Option<String> {
    if t.chars().count() > 120 {
        return None;
    }
    let lower = t.to_lowercase();
    const LEADS: [&str; 8] = [
        "source:",
        "sources:",
        "originally published by",
        "originally published at",
        "originally published in",
        "this article was originally published by",
        "this article was originally published in",
        "this article first appeared in",
    ];
    let lead = LEADS.iter().find(|l| lower.starts_with(*l))?;
    let name = t.get(lead.len()..)?.trim().trim_end_matches('.').trim();
    // "Source: Xinhua | 2024-10-12 17:32:10 | Editor: huaxia": the outlet is the first part.
    let name = name
        .split(['|', '\u{b7}', '\u{2022}'])
        .next()
        .unwrap_or(name)
        .trim();
    (!name.is_empty() && name.split_whitespace().count() <= 8).then(|| name.to_string())
}

/// What a byline-shaped line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BylineKind {
    /// "By Jane Doe", "By Jane Doe, Reuters".
    Author,
    /// "Published 16 May 2025", "Updated: 3 March 2024 10:00 GMT", "Posted on March 3, 2024 by
    /// admin", or a date alone.
    Publication,
}

/// Whether a line is a byline or publication line.
pub(crate) fn byline(t: &str) -> Option<BylineKind> {
    // Markdown prints bylines in emphasis: "*By Maria Rossi — 30 June 2023*".
    let t = t.trim().trim_matches(['*', '_']).trim();
    let len = t.chars().count();
    if len > 160 {
        return None;
    }
    // "Posted : 2020-06-19" is spaced the French way.
    let lower = t.to_lowercase().replacen(" :", ":", 1);
    // "Posted 14 November 2024 by Amra Hadzic", "Posted on March 3, 2024", "Posted: ...".
    // "Filed 14/03/2026 16:20 GMT", "Aired: Tuesday 3 March 2026, 21:00 WAT".
    const PUBLICATION: [&str; 13] = [
        "published",
        "updated",
        "last updated",
        "first published",
        "posted",
        "issued on",
        "issued:",
        "modified:",
        "date:",
        "dated",
        "filed",
        "aired",
        "broadcast",
    ];
    if PUBLICATION.iter().any(|p| lower.starts_with(p)) && (has_date(t) || lower.contains(" ago")) {
        return Some(BylineKind::Publication);
    }
    if let Some(rest) = strip_prefix_ci(t, "by ").or_else(|| strip_prefix_ci(t, "posted by ")) {
        if author_list(rest) {
            return Some(BylineKind::Author);
        }
    }
    // "Muscat, 18 January 2026" on a line of its own, as communiqués print it.
    if is_date_line(t) || place_and_date(t) {
        return Some(BylineKind::Publication);
    }
    parted_line(t)
}

/// A line of parts between bars, dots or slashes, each one metadata, one of them dated: "Levant
/// Wire staff | Updated: Jan 17, 2023", "Tbilisi, 9 December 2021 · by Nino Kapanadze",
/// "2022-08-18 21:14:05 | Source: Xinhua".
fn parted_line(t: &str) -> Option<BylineKind> {
    let mut parts: Vec<&str> = t
        .split(['|', '\u{b7}', '\u{2022}'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    // "Thursday 15 January 2026 — DAMASCUS / QAMISHLI": a date and its places apart;
    // "Tbilisi, March 4, 2026 / Caucasus Wire /": the parts between slashes.
    for sep in [" \u{2014} ", " / "] {
        if parts.len() == 1 {
            parts = t
                .split(sep)
                .map(|p| p.trim().trim_end_matches(" /"))
                .filter(|s| !s.is_empty())
                .collect();
        }
    }
    if !(2..=4).contains(&parts.len()) {
        return None;
    }
    let mut dated = false;
    for part in &parts {
        let part_dated = match byline(part) {
            Some(BylineKind::Publication) => true,
            Some(BylineKind::Author) => false,
            None if place_and_date(part) => true,
            // "Dewi Lestari • Published: Fri, August 15, 2025 | 09:14 am": the time apart.
            None if date_and_time(part).is_some() => false,
            // "Interview by Anna Melikyan · 5 February 2026": the author beside the date.
            None if source_line(part).is_some()
                || name_like(part)
                || labelled(part)
                || credit(part) =>
            {
                false
            }
            None => return None,
        };
        dated |= part_dated;
    }
    dated.then_some(BylineKind::Publication)
}

/// A labelled credit among metadata parts: "Editor: huaxia", "Desk: World", "Photo: AFP"; or a
/// newsletter's number, "Issue 41".
fn labelled(t: &str) -> bool {
    let mut words = t.split_whitespace();
    if let (Some(w), Some(n), None) = (words.next(), words.next(), words.next()) {
        if ["issue", "no.", "vol.", "edition"].contains(&w.to_lowercase().as_str())
            && n.chars().all(|c| c.is_ascii_digit())
        {
            return true;
        }
    }
    const LABELS: [&str; 9] = [
        "editor", "editors", "author", "desk", "section", "category", "photo", "writer", "reporter",
    ];
    t.split_once(':').is_some_and(|(label, value)| {
        LABELS.contains(&label.trim().to_lowercase().as_str())
            && (1..=4).contains(&value.split_whitespace().count())
    })
}

/// "Tbilisi, 9 December 2021": a place, a comma and a full date (and maybe a time).
fn place_and_date(t: &str) -> bool {
    place(t, 0)
        .and_then(|(e, _)| t.get(e..)?.strip_prefix(", "))
        .is_some_and(|rest| date_and_time(rest) == Some(true))
}

/// A short name of an author, desk or outlet without "By": "Levant Wire staff", "Reuters".
fn name_like(t: &str) -> bool {
    // "Dr. Farah Aziz, Senior Fellow": a name and its role.
    if let Some((name, role)) = t.split_once(", ") {
        return name_like(name) && name_like(role);
    }
    // "TEGUCIGALPA / SAN SALVADOR": two places of one dateline.
    let words: Vec<&str> = t.split_whitespace().filter(|w| *w != "/").collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '&'))
                && (w.starts_with(char::is_uppercase) || ROLES.contains(w))
        })
}

/// Lower-case words that follow a desk's name in a byline: "By Andes Report staff".
const ROLES: [&str; 6] = [
    "staff",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "desk",
];

/// What follows "By": names ("Jane Doe and John Roe", "JANE DOE", a handle such as "admin"),
/// then maybe an outlet, role or date after a comma, bar or dash ("Reuters", "| March 3, 2024").
/// "By contrast, ..." and "By Sunday, the talks had collapsed." are sentences, not bylines.
fn author_list(rest: &str) -> bool {
    const JOINS: [&str; 13] = [
        "and", "&", "de", "van", "von", "al", "bin", "la", "el", "da", "di", "du", "le",
    ];
    let cut = [
        ",",
        "|",
        " - ",
        " \u{2013} ",
        " \u{2014} ",
        " on ",
        " \u{b7} ",
    ]
    .iter()
    .filter_map(|sep| rest.find(sep))
    .min()
    .unwrap_or(rest.len());
    let names = rest.get(..cut).unwrap_or(rest);
    let after = rest
        .get(cut..)
        .unwrap_or_default()
        .trim_start_matches([',', '|', '-', '\u{2013}', '\u{2014}', '\u{b7}', ' ']);
    let words: Vec<&str> = names.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let capitalised = words.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            || JOINS.contains(&w.to_lowercase().as_str())
            || ROLES.contains(w)
    });
    let handle = words.len() <= 2
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '_'));
    let tail_ok = after.is_empty()
        || after.split_whitespace().count() <= 10 && (!after.ends_with('.') || has_date(after));
    (capitalised || handle) && tail_ok
}

fn strip_prefix_ci<'a>(t: &'a str, prefix: &str) -> Option<&'a str> {
    let head = t.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| t.get(prefix.len()..))
        .flatten()
}

fn has_date(t: &str) -> bool {
    datephrase::scan(t).iter().any(|p| {
        matches!(
            p.value,
            PhraseValue::Day { .. } | PhraseValue::Month { year: Some(_), .. }
        )
    })
}

/// A line that is a date and maybe a time, nothing else: "Tuesday, 28 October 2025 10:00 GMT",
/// "December 12, 2024 5:47 PM GMT+3 Updated 2 hours ago", or, between bars, with the place of
/// the story: "Jakarta | July 1, 2022 | 08:10 WIB".
pub(crate) fn is_date_line(t: &str) -> bool {
    if t.chars().count() > 80 {
        return false;
    }
    // An update stamp after the date ("Updated 2 hours ago") says nothing against it.
    let lower = t.to_ascii_lowercase();
    let head = match lower.find(" updated") {
        Some(at) if t.is_char_boundary(at) => t.get(..at).unwrap_or(t),
        _ => t,
    };
    let segments: Vec<&str> = head
        .split(['|', '\u{b7}', '\u{2022}'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let mut dated = false;
    let mut places = 0;
    for seg in &segments {
        match date_and_time(seg) {
            Some(d) => dated |= d,
            None if segments.len() > 1 && place(seg, 0).is_some_and(|(e, _)| e == seg.len()) => {
                places += 1;
            }
            None => return false,
        }
    }
    dated && places <= 1
}

/// A credit with a word or two before "by": "Interview by Anna Melikyan", "Photos by Ali Noor".
fn credit(t: &str) -> bool {
    t.to_ascii_lowercase()
        .find(" by ")
        .filter(|&at| {
            t.get(..at)
                .is_some_and(|w| w.split_whitespace().count() <= 2)
        })
        .is_some_and(|at| t.get(at + 4..).is_some_and(author_list))
}

/// Whether a text is dates and times only (`Some`), and whether one is a full day with a year.
fn date_and_time(t: &str) -> Option<bool> {
    let phrases = datephrase::scan(t);
    let dated = phrases
        .iter()
        .any(|p| matches!(p.value, PhraseValue::Day { year: Some(_), .. }));
    let mut rest = String::new();
    let mut last = 0;
    for p in &phrases {
        rest.push_str(t.get(last..p.span.start()).unwrap_or_default());
        rest.push(' ');
        last = p.span.end();
    }
    rest.push_str(t.get(last..).unwrap_or_default());
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                // A time zone: "GMT", "WIB", "AEST".
                || (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "am" | "pm" | "at" | "on" | "h" | "gmt" | "utc"
                )
        })
        .then_some(dated)
}

/// The publication date a byline or publication line prints: its first full day, or a month.
pub(crate) fn line_date(t: &str) -> Option<PhraseValue> {
    let phrases = datephrase::scan(t);
    phrases
        .iter()
        .find(|p| matches!(p.value, PhraseValue::Day { year: Some(_), .. }))
        .or_else(|| {
            phrases
                .iter()
                .find(|p| matches!(p.value, PhraseValue::Month { year: Some(_), .. }))
        })
        .map(|p| p.value)
}

/// A dateline at the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// As printed, without the separator: "DOHA, March 3, 2024 (Reuters)".
    pub text: String,
    /// Where the story itself starts in the paragraph.
    pub rest: usize,
    pub date: Option<PhraseValue>,
    /// The wire or agency named in parentheses.
    pub wire: Option<String>,
}

/// Lower-case words that may sit inside a place name ("Dar es Salaam", "Bandar Seri Begawan").
const PLACE_PARTICLES: [&str; 13] = [
    "al", "el", "de", "du", "da", "la", "le", "es", "of", "bin", "ibn", "van", "von",
];

/// Reads a dateline: "DOHA, March 3, 2024 (Reuters) - ", "ALGIERS, 2024-01-15 — ",
/// "NEW DELHI (Tuesday, 23 July 2019) ", "Tehran, Iran – ", "KABUL (AP) — ", "LONDON: ".
pub(crate) fn dateline(p: &str) -> Option<Dateline> {
    let (place_end, all_caps) = place(p, 0)?;
    let mut pos = place_end;
    let mut end = place_end;
    let mut date = None;
    let mut wire = None;
    let mut region = false;
    let mut parens = false;
    // ", Region" or ", DATE", then maybe a second ", DATE".
    for _ in 0..2 {
        let Some(after_comma) = p
            .get(pos..)
            .and_then(|r| r.strip_prefix(", "))
            .map(|_| pos + 2)
        else {
            break;
        };
        if date.is_none() {
            if let Some((value, e)) = date_at(p, after_comma) {
                date = Some(value);
                pos = e;
                end = e;
                continue;
            }
        }
        if !region && date.is_none() {
            if let Some((e, _)) = place(p, after_comma) {
                region = true;
                pos = e;
                end = e;
                continue;
            }
        }
        break;
    }
    // " (Wire)" or " (DATE)".
    if let Some(open) = p
        .get(pos..)
        .and_then(|r| r.strip_prefix(" (").or_else(|| r.strip_prefix('(')))
    {
        let open_at = p.len() - open.len();
        let close = open.get(..open.len().min(60)).and_then(|w| w.find(')'))?;
        let inner = open.get(..close)?.trim();
        if let Some((value, _)) = date_at(inner, 0).filter(|&(_, e)| e == inner.len()) {
            date = date.or(Some(value));
        } else if wire_like(inner) {
            wire = Some(inner.to_string());
        } else {
            return None;
        }
        parens = true;
        pos = open_at + close + 1;
        end = pos;
    }
    // The separator.
    let rest_text = p.get(pos..)?;
    let trimmed = rest_text.trim_start();
    let mut sep_len = 0;
    for sep in ["\u{2014}", "\u{2013}", "--", "-", ":"] {
        if let Some(after) = trimmed.strip_prefix(sep) {
            // A dash that ends a dateline printed alone is a separator too.
            let spaced = after.starts_with(' ') || after.is_empty() || sep == "\u{2014}";
            if spaced {
                sep_len = sep.len();
                break;
            }
        }
    }
    let has_sep = sep_len > 0;
    if !has_sep && !parens {
        return None;
    }
    let accepted = if all_caps {
        true
    } else {
        date.is_some() || wire.is_some() || region || parens
    };
    if !accepted || (!has_sep && !trimmed.is_empty() && !trimmed.starts_with(char::is_uppercase)) {
        return None;
    }
    let body_start = pos + (rest_text.len() - trimmed.len()) + sep_len;
    let body = p.get(body_start..)?;
    let mut rest = body_start + (body.len() - body.trim_start().len());
    // "AMMAN, Jordan (AA) - 18.03.2025 12:41": the date (and time) after the separator, on a
    // line of its own; "TEGUCIGALPA, Honduras — May 14, 2025 — (Istmo Press)" and "ANKARA,
    // March 4 (Desk) — Updated 4 March 2025, 18:20 EET" too, a full date for a yearless one.
    let yearless = matches!(date, None | Some(PhraseValue::Day { year: None, .. }));
    let after = p.get(rest..)?;
    if yearless && has_sep && (is_date_line(after) || dated_credit(after)) {
        let full = datephrase::scan(after)
            .into_iter()
            .find(|d| matches!(d.value, PhraseValue::Day { year: Some(_), .. }));
        if let Some(d) = full {
            date = Some(d.value);
            end = p.len();
            rest = p.len();
        }
    }
    let text = p.get(..end)?.trim_end().to_string();
    // A dateline printed as a paragraph of its own ("NEW DELHI (Tuesday, 23 July 2019)") must
    // carry a date; one that runs into the story needs the story after it.
    let alone = p.get(rest..)?.trim().is_empty();
    if (alone && date.is_none()) || text.chars().count() > 100 {
        return None;
    }
    Some(Dateline {
        text,
        rest,
        date,
        wire,
    })
}

/// What may follow a dateline's separator on its line instead of the story: a publication line,
/// or a date with the wire's name ("May 14, 2025 — (Istmo Press)").
fn dated_credit(t: &str) -> bool {
    t.chars().count() <= 60
        && (byline(t) == Some(BylineKind::Publication)
            || date_at(t, 0).is_some_and(|(_, e)| {
                t.get(e..).is_some_and(|r| {
                    let r = r.trim_start_matches([' ', '\u{2014}', '\u{2013}', '-']);
                    r.is_empty() || r.starts_with('(') && r.ends_with(')')
                })
            }))
}

/// A place name at `from`: one to five words, each capitalised or a particle; returns its end and
/// whether it is in capitals ("NEW DELHI", "ISLAMABAD/KABUL").
fn place(p: &str, from: usize) -> Option<(usize, bool)> {
    let mut pos = from;
    let mut words = 0;
    let mut letters = 0;
    let mut upper = 0;
    loop {
        let rest = p.get(pos..)?;
        let word_len = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '-')))
            .map_or(rest.len(), |(i, _)| i);
        let word = rest.get(..word_len)?.trim_end_matches(['-']);
        let first = word.chars().next()?;
        let particle =
            words > 0 && PLACE_PARTICLES.contains(&word.to_lowercase().trim_end_matches('-'));
        if !particle && (!first.is_uppercase() || word.len() < 2) {
            break;
        }
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
        words += 1;
        pos += word.len();
        // "ISLAMABAD/KABUL", "GAZA CITY/CAIRO": two places of one dateline.
        if p.get(pos..).is_some_and(|r| {
            r.starts_with('/')
                && r.get(1..)
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
        }) && words < 5
        {
            pos += 1;
            continue;
        }
        let more = p.get(pos..).is_some_and(|r| {
            r.starts_with(' ')
                && r.get(1..)
                    .is_some_and(|n| n.starts_with(char::is_alphabetic))
        });
        if !more || words == 5 {
            break;
        }
        // Look ahead: the next word must continue the name.
        let next = p.get(pos + 1..)?;
        let next_first = next.chars().next()?;
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        if !(next_first.is_uppercase()
            || PLACE_PARTICLES.contains(&next_word.to_lowercase().as_str()))
        {
            break;
        }
        pos += 1;
    }
    if words == 0 || pos - from > 40 {
        return None;
    }
    Some((pos, letters >= 2 && upper == letters))
}

/// A date phrase that starts exactly at `from`; returns it and where it ends.
fn date_at(p: &str, from: usize) -> Option<(PhraseValue, usize)> {
    let rest = p.get(from..)?;
    // A dateline date is near; scanning a bounded window keeps long paragraphs cheap.
    let mut cut = rest.len().min(80);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = rest.get(..cut)?;
    let first = datephrase::scan(window).into_iter().next()?;
    if first.span.start() != 0 {
        return None;
    }
    match first.value {
        PhraseValue::Day { .. } | PhraseValue::Month { .. } => {
            Some((first.value, from + first.span.end()))
        }
        _ => None,
    }
}

/// "Reuters", "AP", "AFP", "dpa", "Reuters/Agencies".
fn wire_like(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=4).contains(&words)
        && s.chars().count() <= 30
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '/' | '&'))
        && (s.starts_with(char::is_uppercase) || words == 1 && s.len() <= 4)
}

/// A short title from a lead paragraph: its first sentence, cut at a word boundary to about 80
/// characters with an ellipsis.
pub(crate) fn derive_title(lead: &str) -> String {
    const MAX: usize = 80;
    let sentence = first_sentence(lead);
    let sentence = sentence.trim_end_matches(['.', ' ']);
    if sentence.chars().count() <= MAX {
        return sentence.to_string();
    }
    let limit = sentence
        .char_indices()
        .nth(MAX)
        .map_or(sentence.len(), |(i, _)| i);
    let head = sentence.get(..limit).unwrap_or(sentence);
    let cut = match sentence.get(limit..).and_then(|r| r.chars().next()) {
        Some(c) if !c.is_whitespace() => head.rfind(' ').unwrap_or(limit),
        _ => limit,
    };
    let head = sentence
        .get(..cut)
        .unwrap_or(head)
        .trim_end_matches(|c: char| c.is_whitespace() || ",;:-\u{2013}\u{2014}(".contains(c));
    format!("{head}\u{2026}")
}

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` followed by a space and a
/// capital or quote, not after an abbreviation or an initial.
fn first_sentence(p: &str) -> &str {
    for (i, c) in p.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = p.get(i + 1..).unwrap_or_default();
        let next = next.trim_start_matches(['"', '\'', ')']);
        let after_space = next.strip_prefix(' ');
        let Some(after) = after_space else {
            if next.is_empty() {
                return p.get(..i + 1).unwrap_or(p);
            }
            continue;
        };
        if !after
            .starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\'' || c.is_ascii_digit())
        {
            continue;
        }
        if c == '.' && ends_with_abbreviation(p.get(..i + 1).unwrap_or_default()) {
            continue;
        }
        return p.get(..i + 1).unwrap_or(p);
    }
    p
}

/// Whether text ends with an abbreviation or initial whose point does not end a sentence.
fn ends_with_abbreviation(t: &str) -> bool {
    let word = t
        .trim_end_matches('.')
        .rsplit([' ', '('])
        .next()
        .unwrap_or_default();
    const ABBR: [&str; 24] = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
        "jr", "sr", "no", "vs", "inc", "ltd", "co", "mt", "capt", "maj", "adm",
    ];
    let lower = word.to_lowercase();
    ABBR.contains(&lower.as_str())
        || word.chars().count() == 1 && word.chars().all(char::is_uppercase)
        // "U.S.", "U.N.", "e.g.".
        || word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Weekday;

    #[test]
    fn datelines_in_their_shapes() {
        let day = |y, m, d| {
            Some(PhraseValue::Day {
                year: Some(y),
                month: m,
                day: d,
                weekday: None,
            })
        };
        type Expected<'a> = Option<(&'a str, &'a str, Option<PhraseValue>, Option<&'a str>)>;
        let cases: Vec<(&str, Expected)> = vec![
            // A dateline printed as a paragraph of its own, with its date.
            (
                "NEW DELHI (Tuesday, 23 July 2019)",
                Some((
                    "NEW DELHI (Tuesday, 23 July 2019)",
                    "",
                    Some(PhraseValue::Day {
                        year: Some(2019),
                        month: 7,
                        day: 23,
                        weekday: Some(Weekday::Tuesday),
                    }),
                    None,
                )),
            ),
            (
                "BRUSSELS, 27 February 2023 \u{2014}",
                Some(("BRUSSELS, 27 February 2023", "", day(2023, 2, 27), None)),
            ),
            // Without a date, a lone place line is not a dateline.
            ("KABUL (AP)", None),
            // Two places, and a dash that ends the line.
            (
                "ISLAMABAD/KABUL, Jan 21, 2026 (Frontier Wire) -",
                Some((
                    "ISLAMABAD/KABUL, Jan 21, 2026 (Frontier Wire)",
                    "",
                    day(2026, 1, 21),
                    Some("Frontier Wire"),
                )),
            ),
            // The date after the separator, with the wire's name; a full date for a yearless one.
            (
                "TEGUCIGALPA, Honduras \u{2014} May 14, 2025 \u{2014} (Istmo Press)",
                Some((
                    "TEGUCIGALPA, Honduras \u{2014} May 14, 2025 \u{2014} (Istmo Press)",
                    "",
                    day(2025, 5, 14),
                    None,
                )),
            ),
            (
                "ANKARA, March 4 (Aegean Desk) \u{2014} Updated 4 March 2025, 18:20 EET",
                Some((
                    "ANKARA, March 4 (Aegean Desk) \u{2014} Updated 4 March 2025, 18:20 EET",
                    "",
                    day(2025, 3, 4),
                    Some("Aegean Desk"),
                )),
            ),
            // The date and time after the separator, on the dateline's own line.
            (
                "AMMAN, Jordan (AA) - 18.03.2025 12:41",
                Some((
                    "AMMAN, Jordan (AA) - 18.03.2025 12:41",
                    "",
                    day(2025, 3, 18),
                    Some("AA"),
                )),
            ),
            // A date opening the story is the story's.
            (
                "AMMAN (AA) - 18.03.2025 was the day the talks began.",
                Some((
                    "AMMAN (AA)",
                    "18.03.2025 was the day the talks began.",
                    None,
                    Some("AA"),
                )),
            ),
            (
                "DOHA, March 3, 2024 (Reuters) - Qatar said on Sunday.",
                Some((
                    "DOHA, March 3, 2024 (Reuters)",
                    "Qatar said on Sunday.",
                    day(2024, 3, 3),
                    Some("Reuters"),
                )),
            ),
            (
                "ALGIERS, 2024-01-15 \u{2014} Algeria offered.",
                Some((
                    "ALGIERS, 2024-01-15",
                    "Algeria offered.",
                    day(2024, 1, 15),
                    None,
                )),
            ),
            (
                "NEW DELHI (Tuesday, 23 July 2019) India rejected it.",
                Some((
                    "NEW DELHI (Tuesday, 23 July 2019)",
                    "India rejected it.",
                    Some(PhraseValue::Day {
                        year: Some(2019),
                        month: 7,
                        day: 23,
                        weekday: Some(Weekday::Tuesday),
                    }),
                    None,
                )),
            ),
            (
                "Tehran, Iran \u{2013} Iranian President Masoud Pezeshkian has offered.",
                Some((
                    "Tehran, Iran",
                    "Iranian President Masoud Pezeshkian has offered.",
                    None,
                    None,
                )),
            ),
            (
                "KABUL (AP) \u{2014} The Taliban said.",
                Some(("KABUL (AP)", "The Taliban said.", None, Some("AP"))),
            ),
            (
                "LONDON: Britain said.",
                Some(("LONDON", "Britain said.", None, None)),
            ),
            (
                "DAR ES SALAAM, Tanzania - Talks began.",
                Some(("DAR ES SALAAM, Tanzania", "Talks began.", None, None)),
            ),
            (
                "Washington (Reuters) - The US said.",
                Some((
                    "Washington (Reuters)",
                    "The US said.",
                    None,
                    Some("Reuters"),
                )),
            ),
            (
                "Iranian President Masoud Pezeshkian has formally offered help.",
                None,
            ),
            ("Pakistan \u{2013} a nuclear power \u{2013} said.", None),
            (
                "The international community \u{2013} comprising both.",
                None,
            ),
            ("Iran (officially the Islamic Republic) said.", None),
            ("NATO said on Friday.", None),
            ("LONDON:", None),
        ];
        for (p, want) in cases {
            let got = dateline(p).map(|d| {
                let rest = p.get(d.rest..).unwrap_or_default().to_string();
                (d.text, rest, d.date, d.wire)
            });
            let want =
                want.map(|(t, r, d, w)| (t.to_string(), r.to_string(), d, w.map(str::to_string)));
            assert_eq!(got, want, "{p:?}");
        }
    }

    #[test]
    fn bylines_and_publication_lines() {
        let cases = [
            ("By Jane Doe", Some(BylineKind::Author)),
            ("By Jane Doe, Reuters", Some(BylineKind::Author)),
            (
                "*By Maria Rossi \u{2014} 30 June 2023*",
                Some(BylineKind::Author),
            ),
            ("_Published 12 July 2023_", Some(BylineKind::Publication)),
            ("BY JANE DOE AND JOHN ROE", Some(BylineKind::Author)),
            ("by admin", Some(BylineKind::Author)),
            ("Published 16 May 2025", Some(BylineKind::Publication)),
            ("Filed 14/03/2026 16:20 GMT", Some(BylineKind::Publication)),
            (
                "Aired: Tuesday 3 March 2026, 21:00 WAT",
                Some(BylineKind::Publication),
            ),
            ("Muscat, 18 January 2026", Some(BylineKind::Publication)),
            (
                "Issue 41 | Friday, 5 June 2026",
                Some(BylineKind::Publication),
            ),
            (
                "Dr. Farah Aziz, Senior Fellow | 12 May 2026",
                Some(BylineKind::Publication),
            ),
            (
                "Thursday 15 January 2026 \u{2014} DAMASCUS / QAMISHLI",
                Some(BylineKind::Publication),
            ),
            ("Issue 41 | Page 3", None),
            ("Muscat, the capital", None),
            ("WASHINGTON \u{2014} The talks ended on 3 May 2025.", None),
            (
                "Dewi Lestari \u{2022} Published: Fri, August 15, 2025 | 09:14 am",
                Some(BylineKind::Publication),
            ),
            (
                "TEGUCIGALPA / SAN SALVADOR \u{b7} Thursday 30.10.2025",
                Some(BylineKind::Publication),
            ),
            (
                "Updated: 3 March 2024 10:00 GMT",
                Some(BylineKind::Publication),
            ),
            (
                "Posted on March 3, 2024 by admin",
                Some(BylineKind::Publication),
            ),
            (
                "*Posted 14 November 2024 by Amra Hadzic \u{b7} Balkan Energy Notes*",
                Some(BylineKind::Publication),
            ),
            // Without a date it names the author only.
            ("Posted by admin", Some(BylineKind::Author)),
            (
                "Tuesday, 28 October 2025 10:00 GMT",
                Some(BylineKind::Publication),
            ),
            (
                "December 12, 2024 5:47 PM GMT+3 Updated 2 hours ago",
                Some(BylineKind::Publication),
            ),
            (
                "Jakarta | July 1, 2022 | 08:10 WIB",
                Some(BylineKind::Publication),
            ),
            ("Jakarta | Talks in Moscow | July 1, 2022", None),
            (
                "Tbilisi, March 4, 2026 / Caucasus Wire /",
                Some(BylineKind::Publication),
            ),
            ("Tbilisi / talks resumed on March 4, 2026", None),
            ("By contrast, Kabul has not replied.", None),
            ("By Sunday, the talks had collapsed.", None),
            ("By Jane Doe | March 3, 2024", Some(BylineKind::Author)),
            (
                "By Ali Khan, senior correspondent",
                Some(BylineKind::Author),
            ),
            (
                "By the end of the week the talks had collapsed in acrimony and recrimination.",
                None,
            ),
            ("Published reports say the talks collapsed.", None),
            (
                "Issued on: 14/06/2021 - 19:40",
                Some(BylineKind::Publication),
            ),
            ("Issued: 3 March 2024", Some(BylineKind::Publication)),
            ("Posted : 2020-06-19 15:40", Some(BylineKind::Publication)),
            ("Updated 24.01.2024", Some(BylineKind::Publication)),
            ("Issued a warning, the ministry said.", None),
            (
                "Gulf Desk | Updated: Mar 3, 2024 9:10 am",
                Some(BylineKind::Publication),
            ),
            (
                "Source: Xinhua | 2024-10-12 17:32:10 | Editor: huaxia",
                Some(BylineKind::Publication),
            ),
            ("Editor: huaxia | Desk: World", None),
            (
                "*Nairobi, 4 May 2022 \u{b7} by Amina Odhiambo*",
                Some(BylineKind::Publication),
            ),
            (
                "2019-11-02 08:00:12 | Source: Anadolu",
                Some(BylineKind::Publication),
            ),
            (
                "By Gulf Times staff \u{b7} Monday, March 4, 2024",
                Some(BylineKind::Author),
            ),
            ("By Reuters correspondents", Some(BylineKind::Author)),
            ("Iran, Pakistan agree truce | March 3, 2024", None),
            ("Live | Talks in Doha resume | March 3, 2024", None),
            ("Iran offers mediation", None),
        ];
        for (t, want) in cases {
            assert_eq!(byline(t), want, "{t:?}");
        }
        assert_eq!(
            line_date("Posted on March 3, 2024 by admin"),
            Some(PhraseValue::Day {
                year: Some(2024),
                month: 3,
                day: 3,
                weekday: None
            })
        );
    }

    #[test]
    fn headlines_outlets_and_sources() {
        assert!(headline_like(
            "Iran Offers Mediation in Pakistan-Afghanistan Dispute Following Failed Talks"
        ));
        assert!(headline_like("Will the U.S. mediate?"));
        assert!(headline_like("Talks resume in Doha after U.S."));
        assert!(!headline_like(
            "Iran made an offer to mediate between the two neighbours."
        ));
        assert!(!headline_like("March 3, 2024"));
        assert!(!headline_like("Iran"));
        assert!(outlet_like("Trends-US"));
        assert!(outlet_like("The Express Tribune"));
        assert!(!outlet_like("Analysis"));
        assert!(is_kicker("ANALYSIS"));
        assert!(!is_kicker("Reuters"));
        assert!(!outlet_like("Iran offers mediation to Pakistan"));
        assert_eq!(source_line("Source: Al Jazeera"), Some("Al Jazeera".into()));
        assert_eq!(
            source_line("Source: Xinhua | 2024-10-12 17:32:10 | Editor: huaxia"),
            Some("Xinhua".into())
        );
        assert_eq!(
            source_line("Originally published by Dawn."),
            Some("Dawn".into())
        );
        assert_eq!(source_line("Sources close to the talks said no."), None);
    }

    #[test]
    fn derived_titles_are_first_sentences_cut_at_a_word() {
        let cases = [
            ("Iran offered to mediate. Pakistan agreed.", "Iran offered to mediate"),
            ("Dr. Sameer Gupta of the U.S. said talks resume. Then more.", "Dr. Sameer Gupta of the U.S. said talks resume"),
            (
                "Iran made an extraordinary diplomatic gesture when they proposed mediating between Pakistan and India to ease tensions.",
                "Iran made an extraordinary diplomatic gesture when they proposed mediating\u{2026}",
            ),
            ("No full stop at all", "No full stop at all"),
        ];
        for (lead, want) in cases {
            assert_eq!(derive_title(lead), want, "{lead:?}");
        }
    }
}
