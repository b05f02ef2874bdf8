//! The search request as the URL carries it: [`Query`], its parser and its canonical printer.
//!
//! Parsing is total: any string gives a valid `Query` and the list of the parts it ignored, with
//! the reason, and never panics. Sizes are bounded ([`MAX_VALUES`] values per parameter,
//! [`MAX_TEXT_CHARS`] characters of text), so a hostile link costs linear time at most.
//! [`Query::to_query_string`] prints the canonical form (fixed parameter order, sorted values,
//! defaults left out), so equal queries give equal links and
//! `Query::parse(&q.to_query_string()).query == q` for every parsed `q`.
//!
//! | parameter  | value                                                        | example           |
//! |------------|--------------------------------------------------------------|-------------------|
//! | `q`        | the search text                                              | `q=talks+"Doha"`  |
//! | `pair`     | pairs of party codes, each sorted and joined by `-`          | `pair=AFG-PAK`    |
//! | `mediator` | mediator codes                                               | `mediator=QAT,TUR`|
//! | `status`   | status names ([`Status::name`])                              | `status=held`     |
//! | `country`  | codes of countries mentioned                                 | `country=IRN`     |
//! | `own`      | `1` for only the reader's own articles (added in the browser) | `own=1`           |
//! | `from`     | first day, month or year of the date range                   | `from=2025-10`    |
//! | `to`       | last day, month or year of the date range                    | `to=2025`         |
//! | `dates`    | `overlap` (default) or `within`: how uncertain dates match   | `dates=within`    |
//! | `undated`  | `1` to keep undated items when a date range is set           | `undated=1`       |
//! | `sort`     | `relevance`, `newest` or `oldest` (default: by text or date) | `sort=oldest`     |
//! | `page`     | 1-based page of results (default 1)                          | `page=3`          |
//! | `article`  | the file name of the open article                            | `article=a.txt`   |
//!
//! Several values of one parameter are separated by commas (`status=held,agreed`) or given by
//! repeating it (`status=held&status=agreed`); they combine with OR.

use crate::date::{days_in_month, Date};
use crate::model::Status;
use serde::{Deserialize, Serialize};
use std::fmt;

/// At most this many values are kept per parameter; the rest are ignored and reported.
pub const MAX_VALUES: usize = 64;
/// The search text is cut to this many characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest article file name accepted in `article`.
pub const MAX_ARTICLE_CHARS: usize = 255;
/// Longest facet code accepted (a party, mediator or country id).
pub const MAX_CODE_CHARS: usize = 32;
/// At most this many ignored parts are listed one by one; the rest are counted in one entry.
pub const MAX_IGNORED: usize = 64;
/// How much of an ignored value is quoted back.
const MAX_QUOTED_CHARS: usize = 80;

/// What the user asked for. Build one with [`Query::parse`] or field by field; the search reads
/// the fields as they are (values are matched exactly against facet keys, see
/// [`Query::validate`](crate::search::SearchIndex::validate)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Query {
    /// The search text (`q`): words, `"quoted phrases"`; the last word is matched as a prefix
    /// unless the text ends with a space.
    pub text: String,
    /// Selected country pairs (`pair`), as keys `"AFG-PAK"`: two codes, sorted, joined by `-`.
    pub pairs: Vec<String>,
    /// Selected mediators (`mediator`): country codes or organisation ids.
    pub mediators: Vec<String>,
    /// Selected statuses (`status`).
    pub statuses: Vec<Status>,
    /// Selected countries mentioned (`country`).
    pub countries: Vec<String>,
    /// Only the reader's own articles, those added in the browser (`own=1`).
    pub own: bool,
    /// Start of the date range (`from`), inclusive.
    pub from: Option<PartialDate>,
    /// End of the date range (`to`), inclusive: `to=2025` runs to 2025-12-31.
    pub to: Option<PartialDate>,
    /// How uncertain dates meet the range (`dates`).
    pub dates: DateMode,
    /// Keep undated items when a date range is set (`undated=1`).
    pub include_undated: bool,
    /// The order of results (`sort`); `None` means by relevance when there is text, else newest.
    pub sort: Option<Sort>,
    /// 1-based page of results (`page`).
    pub page: u32,
    /// The open article, by file name (`article`).
    pub article: Option<String>,
}

/// The order of results.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Sort {
    /// Best BM25 score first; newest first when there is no text.
    #[default]
    Relevance,
    Newest,
    Oldest,
}

impl Sort {
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        [Sort::Relevance, Sort::Newest, Sort::Oldest]
            .into_iter()
            .find(|v| v.name().eq_ignore_ascii_case(s))
    }
}

/// How an uncertain date (an interval of days) meets the date range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DateMode {
    /// The interval shares at least one day with the range: "could have happened then".
    #[default]
    Overlap,
    /// The whole interval lies inside the range: "certainly happened then".
    Within,
}

impl DateMode {
    pub fn name(self) -> &'static str {
        match self {
            DateMode::Overlap => "overlap",
            DateMode::Within => "within",
        }
    }
}

/// A year, a month of a year, or a day: a bound of the date range as a person types it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    /// Only present with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (one-digit months and days are accepted), when
    /// the day exists.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let num = |p: Option<&str>, max_len: usize| -> Option<u32> {
            let p = p?;
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        let year_text = parts.next()?;
        if year_text.len() != 4 {
            return None;
        }
        let year = num(Some(year_text), 4)? as i32;
        let month = match parts.next() {
            None => None,
            Some(m) => Some(num(Some(m), 2)? as u8),
        };
        let day = match parts.next() {
            None => None,
            Some(d) => Some(num(Some(d), 2)? as u8),
        };
        if parts.next().is_some() {
            return None;
        }
        let p = PartialDate { year, month, day };
        p.first_day()?;
        if let (Some(m), Some(d)) = (month, day) {
            Date::new(year, m, d)?;
        }
        Some(p)
    }

    /// The first day the bound covers.
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the bound covers.
    pub fn last_day(self) -> Option<Date> {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Date::new(self.year, month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A part of a query string, or a value, that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ignored {
    /// The parameter name, as decoded.
    pub param: String,
    /// The value or part left out, as decoded (cut to a readable length).
    pub value: String,
    pub reason: IgnoreReason,
}

/// Why part of a query was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IgnoreReason {
    /// No such parameter.
    UnknownParam,
    /// The value has the wrong form for its parameter.
    Malformed,
    /// A parameter that takes one value was given again; the first one is kept.
    Repeated,
    /// More than [`MAX_VALUES`] values, or the text beyond [`MAX_TEXT_CHARS`].
    TooLong,
    /// A broken `%` escape or invalid UTF-8 was repaired (the repaired value is used).
    BadEncoding,
    /// A well-formed code that the corpus does not have (from `validate`).
    UnknownValue,
    /// `own=1` where the reader has no articles of their own (from `validate`).
    NoOwnArticles,
    /// More ignored parts than [`MAX_IGNORED`]; `value` says how many.
    More,
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, v) = (&self.param, &self.value);
        match self.reason {
            IgnoreReason::UnknownParam => write!(f, "unknown parameter {p:?} ignored"),
            IgnoreReason::Malformed => write!(f, "{p}: {v:?} is not a valid value, ignored"),
            IgnoreReason::Repeated => write!(f, "{p} given more than once: {v:?} ignored"),
            IgnoreReason::TooLong => write!(f, "{p}: too long, {v} ignored"),
            IgnoreReason::BadEncoding => write!(f, "{p}: broken encoding repaired"),
            IgnoreReason::UnknownValue => write!(f, "{p}: {v:?} is not in this corpus, ignored"),
            IgnoreReason::NoOwnArticles => {
                write!(
                    f,
                    "{p}: you have added no articles of your own here, ignored"
                )
            }
            IgnoreReason::More => write!(f, "{v} more parts ignored"),
        }
    }
}

/// The result of [`Query::parse`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub query: Query,
    pub ignored: Vec<Ignored>,
}

/// Collects ignored parts, listing at most [`MAX_IGNORED`].
#[derive(Default)]
pub(crate) struct IgnoredList {
    list: Vec<Ignored>,
    more: usize,
}

impl IgnoredList {
    pub(crate) fn push(&mut self, param: &str, value: &str, reason: IgnoreReason) {
        if self.list.len() >= MAX_IGNORED {
            self.more += 1;
            return;
        }
        self.list.push(Ignored {
            param: quote(param),
            value: quote(value),
            reason,
        });
    }

    pub(crate) fn finish(mut self) -> Vec<Ignored> {
        if self.more > 0 {
            self.list.push(Ignored {
                param: String::new(),
                value: self.more.to_string(),
                reason: IgnoreReason::More,
            });
        }
        self.list
    }
}

fn quote(s: &str) -> String {
    match s.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

impl Query {
    /// Parses a URL query string (with or without the leading `?`). Total: never fails, never
    /// panics; whatever cannot be used is listed in `ignored`.
    pub fn parse(input: &str) -> ParsedQuery {
        let mut q = Query {
            page: 1,
            ..Query::default()
        };
        let mut ignored = IgnoredList::default();
        let mut seen_single: Vec<&'static str> = Vec::new();
        let input = input.strip_prefix('?').unwrap_or(input);
        // A fragment is not part of the query.
        let input = input.split('#').next().unwrap_or("");
        for part in input.split('&') {
            if part.is_empty() {
                continue;
            }
            let (raw_key, raw_value) = part.split_once('=').unwrap_or((part, ""));
            let (key, key_ok) = percent_decode(raw_key);
            let (value, value_ok) = percent_decode(raw_value);
            if !key_ok {
                ignored.push(&key, "", IgnoreReason::BadEncoding);
            }
            let Some(param) = Param::from_name(&key) else {
                ignored.push(&key, &value, IgnoreReason::UnknownParam);
                continue;
            };
            if !value_ok {
                ignored.push(param.name(), &value, IgnoreReason::BadEncoding);
            }
            if param.single() {
                if seen_single.contains(&param.name()) {
                    ignored.push(param.name(), &value, IgnoreReason::Repeated);
                    continue;
                }
                seen_single.push(param.name());
            }
            q.apply(param, &value, &mut ignored);
        }
        q.normalize();
        ParsedQuery {
            query: q,
            ignored: ignored.finish(),
        }
    }

    fn apply(&mut self, param: Param, value: &str, ignored: &mut IgnoredList) {
        let name = param.name();
        match param {
            Param::Text => {
                let mut text = value.to_string();
                if let Some((cut, _)) = value.char_indices().nth(MAX_TEXT_CHARS) {
                    let dropped = value[cut..].chars().count();
                    ignored.push(
                        name,
                        &format!("{dropped} characters"),
                        IgnoreReason::TooLong,
                    );
                    text.truncate(cut);
                }
                self.text = text;
            }
            Param::Pair => push_values(&mut self.pairs, name, value, parse_pair, ignored),
            Param::Mediator => push_values(&mut self.mediators, name, value, parse_code, ignored),
            Param::Country => push_values(&mut self.countries, name, value, parse_code, ignored),
            Param::Status => push_values(&mut self.statuses, name, value, Status::parse, ignored),
            Param::From | Param::To => match PartialDate::parse(value.trim()) {
                Some(d) if param == Param::From => self.from = Some(d),
                Some(d) => self.to = Some(d),
                None => ignored.push(name, value, IgnoreReason::Malformed),
            },
            Param::Dates => match value.trim().to_ascii_lowercase().as_str() {
                "overlap" => self.dates = DateMode::Overlap,
                "within" => self.dates = DateMode::Within,
                _ => ignored.push(name, value, IgnoreReason::Malformed),
            },
            Param::Undated | Param::Own => {
                let on = match value.trim().to_ascii_lowercase().as_str() {
                    "1" | "true" | "yes" | "on" => true,
                    "0" | "false" | "no" | "off" | "" => false,
                    _ => return ignored.push(name, value, IgnoreReason::Malformed),
                };
                if param == Param::Own {
                    self.own = on;
                } else {
                    self.include_undated = on;
                }
            }
            Param::Sort => match Sort::parse(value.trim()) {
                Some(s) => self.sort = Some(s),
                None => ignored.push(name, value, IgnoreReason::Malformed),
            },
            Param::Page => match value.trim().parse::<u32>() {
                Ok(p) if (1..=1_000_000).contains(&p) => self.page = p,
                _ => ignored.push(name, value, IgnoreReason::Malformed),
            },
            Param::Article => {
                let v = value.trim();
                if v.is_empty() || v.chars().count() > MAX_ARTICLE_CHARS {
                    ignored.push(name, value, IgnoreReason::Malformed);
                } else {
                    self.article = Some(v.to_string());
                }
            }
        }
    }

    /// Sorts and de-duplicates the values and clamps the page, so equal selections compare
    /// equal and print the same.
    pub fn normalize(&mut self) {
        for v in [&mut self.pairs, &mut self.mediators, &mut self.countries] {
            v.sort();
            v.dedup();
        }
        self.statuses.sort();
        self.statuses.dedup();
        self.page = self.page.max(1);
    }

    /// The canonical query string, without the leading `?`: parameters in the fixed order of the
    /// table above, values sorted, defaults left out. Empty for the default query.
    pub fn to_query_string(&self) -> String {
        let mut q = self.clone();
        q.normalize();
        let mut out = String::new();
        let mut put = |key: &str, value: &str| {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(key);
            out.push('=');
            out.push_str(value);
        };
        if !q.text.is_empty() {
            put("q", &percent_encode(&q.text));
        }
        let list = |v: &[String]| {
            v.iter()
                .map(|s| percent_encode(s))
                .collect::<Vec<_>>()
                .join(",")
        };
        if !q.pairs.is_empty() {
            put("pair", &list(&q.pairs));
        }
        if !q.mediators.is_empty() {
            put("mediator", &list(&q.mediators));
        }
        if !q.statuses.is_empty() {
            let names: Vec<&str> = q.statuses.iter().map(|s| s.name()).collect();
            put("status", &names.join(","));
        }
        if !q.countries.is_empty() {
            put("country", &list(&q.countries));
        }
        if q.own {
            put("own", "1");
        }
        if let Some(d) = q.from {
            put("from", &d.to_string());
        }
        if let Some(d) = q.to {
            put("to", &d.to_string());
        }
        if q.dates != DateMode::Overlap {
            put("dates", q.dates.name());
        }
        if q.include_undated {
            put("undated", "1");
        }
        if let Some(s) = q.sort {
            put("sort", s.name());
        }
        if q.page > 1 {
            put("page", &q.page.to_string());
        }
        if let Some(a) = &q.article {
            put("article", &percent_encode(a));
        }
        out
    }

    /// Whether a date range is set.
    pub fn has_date_range(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether any facet or date filter is set.
    pub fn has_filters(&self) -> bool {
        !self.pairs.is_empty()
            || !self.mediators.is_empty()
            || !self.statuses.is_empty()
            || !self.countries.is_empty()
            || self.own
            || self.has_date_range()
    }

    /// The order the results come in: the explicit `sort`, else relevance with text and newest
    /// without. Relevance without any searchable text falls back to newest.
    pub fn effective_sort(&self, has_text: bool) -> Sort {
        match self.sort {
            Some(Sort::Relevance) | None if has_text => Sort::Relevance,
            Some(Sort::Oldest) => Sort::Oldest,
            _ => Sort::Newest,
        }
    }
}

fn push_values<T: PartialEq>(
    out: &mut Vec<T>,
    name: &str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    ignored: &mut IgnoredList,
) {
    let mut dropped = 0usize;
    for v in value.split(',') {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match parse(v) {
            Some(x) if out.contains(&x) => {}
            Some(_) if out.len() >= MAX_VALUES => dropped += 1,
            Some(x) => out.push(x),
            None => ignored.push(name, v, IgnoreReason::Malformed),
        }
    }
    if dropped > 0 {
        ignored.push(
            name,
            &format!("{dropped} values beyond {MAX_VALUES}"),
            IgnoreReason::TooLong,
        );
    }
}

/// A facet code: letters, digits, `_` and `.`, at most [`MAX_CODE_CHARS`], upper-cased (codes
/// are case-insensitive: `afg` is `AFG`).
pub fn parse_code(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= MAX_CODE_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    ok.then(|| s.to_ascii_uppercase())
}

/// A pair key: two different codes joined by `-`, in any order; gives them sorted.
pub fn parse_pair(s: &str) -> Option<String> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (parse_code(a)?, parse_code(b)?);
    match a.cmp(&b) {
        std::cmp::Ordering::Less => Some(format!("{a}-{b}")),
        std::cmp::Ordering::Greater => Some(format!("{b}-{a}")),
        std::cmp::Ordering::Equal => None,
    }
}

/// The key of the pair of two codes, sorted and joined by `-`.
pub fn pair_key(a: &str, b: &str) -> String {
    if a <= b {
        format!("{a}-{b}")
    } else {
        format!("{b}-{a}")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Param {
    Text,
    Pair,
    Mediator,
    Status,
    Country,
    Own,
    From,
    To,
    Dates,
    Undated,
    Sort,
    Page,
    Article,
}

impl Param {
    const ALL: [Param; 13] = [
        Param::Text,
        Param::Pair,
        Param::Mediator,
        Param::Status,
        Param::Country,
        Param::Own,
        Param::From,
        Param::To,
        Param::Dates,
        Param::Undated,
        Param::Sort,
        Param::Page,
        Param::Article,
    ];

    fn name(self) -> &'static str {
        match self {
            Param::Text => "q",
            Param::Pair => "pair",
            Param::Mediator => "mediator",
            Param::Status => "status",
            Param::Country => "country",
            Param::Own => "own",
            Param::From => "from",
            Param::To => "to",
            Param::Dates => "dates",
            Param::Undated => "undated",
            Param::Sort => "sort",
            Param::Page => "page",
            Param::Article => "article",
        }
    }

    fn from_name(s: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.name() == s)
    }

    /// Parameters that take one value; a repeat is ignored.
    fn single(self) -> bool {
        !matches!(
            self,
            Param::Pair | Param::Mediator | Param::Status | Param::Country
        )
    }
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte. A `%` not
/// followed by two hex digits is kept as is, and invalid UTF-8 is replaced; the flag is false
/// when either repair happened.
pub fn percent_decode(s: &str) -> (String, bool) {
    if !s.bytes().any(|b| b == b'%' || b == b'+') {
        return (s.to_string(), true);
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut ok = true;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => match (b.get(i + 1).and_then(hex), b.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => {
                    ok = false;
                    out.push(b'%');
                }
            },
            c => out.push(c),
        }
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => (s, ok),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

fn hex(b: &u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Encodes text for a query string value: unreserved characters as they are, space as `+`,
/// everything else as `%XX` of its UTF-8 bytes.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}
