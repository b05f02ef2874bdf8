//! Explicit date phrases in running text ("March 3, 2024", "16 May 2025", "early October 2025").
//!
//! [`scan`] finds the dates a news story prints: full days in the usual English orders
//! ("Tuesday, October 28, 2025", "3rd of March 2024", "28 Oct. 2025", "09-Jan-2026"), ISO dates
//! ("2024-01-15"),
//! numeric dates whose day/month order cannot be mistaken ("15/01/2024"), months with an optional
//! part ("early October 2025", "mid-October", "in October"), bare years where the context says
//! they are years ("in 2023", "(2021)", "late 2024") and lone weekdays ("on Saturday").
//!
//! It does not resolve anything: a phrase without a year keeps `year: None`, and relative words
//! ("last week", "yesterday") are left to the caller. Spans cover the date itself and its
//! early/mid/late part, never the preposition that announced it ("in 2023" gives the span of
//! "2023").
//!
//! The scan is a single pass over a token list with bounded look-ahead, so it is linear in the
//! length of the text and never panics on any input.

use crate::date::{days_in_month, parse_month, Date, DateInterval, Lower, Precision, Weekday};
use crate::model::Span;

/// A date phrase found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DatePhrase {
    /// Byte range of the phrase in the scanned text.
    pub span: Span,
    pub value: PhraseValue,
}

/// What a date phrase says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhraseValue {
    /// "Tuesday, October 28, 2025", "28 Oct. 2025", "2024-01-15", "October 25" (year None),
    /// "Oct 25th".
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
        weekday: Option<Weekday>,
    },
    /// "October 2025", "early October 2025", "mid-October", "late Oct. 2025", "in October"
    /// (year None).
    Month {
        year: Option<i32>,
        month: u8,
        part: Option<MonthPart>,
    },
    /// A bare year only where clearly a year: "in 2023", "since 2019", "early 2024", "(2021)".
    Year { year: i32, part: Option<MonthPart> },
    /// A lone weekday: "on Saturday", "Tuesday's talks".
    Weekday(Weekday),
}

/// Which part of a month (days 1-10, 11-20, 21-end) or of a year (Jan-Apr, May-Aug, Sep-Dec).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MonthPart {
    Early,
    Mid,
    Late,
}

impl PhraseValue {
    /// The interval the phrase denotes, or `None` when its year is unknown (or it is a lone
    /// weekday, or the day does not exist). Parts of a month have precision `PartOfMonth`; parts
    /// of a year (four months each) have precision `Range`.
    pub fn to_interval(&self, basis: &str) -> Option<DateInterval> {
        match *self {
            PhraseValue::Day {
                year: Some(y),
                month,
                day,
                ..
            } => Some(DateInterval::day(Date::new(y, month, day)?, basis)),
            PhraseValue::Month {
                year: Some(y),
                month,
                part: None,
            } => DateInterval::month(y, month, basis),
            PhraseValue::Month {
                year: Some(y),
                month,
                part: Some(p),
            } => {
                let last = days_in_month(y, month);
                let (from, to) = match p {
                    MonthPart::Early => (1, 10),
                    MonthPart::Mid => (11, 20),
                    MonthPart::Late => (21, last),
                };
                Some(DateInterval {
                    earliest: Date::new(y, month, from)?,
                    latest: Date::new(y, month, to)?,
                    precision: Precision::PartOfMonth,
                    basis: basis.into(),
                })
            }
            PhraseValue::Year { year, part: None } => DateInterval::year(year, basis),
            PhraseValue::Year {
                year,
                part: Some(p),
            } => {
                let (from, to) = match p {
                    MonthPart::Early => (1, 4),
                    MonthPart::Mid => (5, 8),
                    MonthPart::Late => (9, 12),
                };
                Some(DateInterval {
                    earliest: Date::month_start(year, from)?,
                    latest: Date::month_end(year, to)?,
                    precision: Precision::Range,
                    basis: basis.into(),
                })
            }
            _ => None,
        }
    }
}

/// Every date phrase of `text`, in text order and without overlaps; where phrases compete for the
/// same words, the longest one that starts first wins.
pub fn scan(text: &str) -> Vec<DatePhrase> {
    let toks = tokenize(text);
    let s = Scanner { text, toks: &toks };
    let mut out: Vec<DatePhrase> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Only words and numbers start a phrase ("(" of "(2021)" is looked at from the number).
        match s.best_at(i, out.last()) {
            Some(m) => {
                out.extend(m.phrases);
                i = m.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Bare years and month names outside this range are not taken as dates ("June 2500 troops").
const YEARS: std::ops::RangeInclusive<u32> = 1800..=2199;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// Newlines in the whitespace before this token, saturating.
    newlines_before: u8,
    /// Whether whitespace separates this token from the previous one.
    spaced: bool,
    /// The month a word names (1..=12), or 0.
    month: u8,
    /// The weekday a word names.
    weekday: Option<Weekday>,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4);
    let mut newlines = 0u8;
    let mut spaced = false;
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        let start = i;
        i += len;
        if c.is_whitespace() {
            spaced = true;
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct(c)
        };
        if kind != Kind::Punct(c) {
            while let Some((d, len)) = char_at(text, i) {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if !same {
                    break;
                }
                i += len;
            }
        }
        let end = i;
        // Month and weekday names are read once per word here, not at every look at it.
        let (mut month, mut weekday) = (0, None);
        let word = text.get(start..end).unwrap_or("");
        if kind == Kind::Word && word.len() <= 9 && could_name_day_or_month(word) {
            month = parse_month(word).unwrap_or(0);
            weekday = Weekday::parse(word);
        }
        toks.push(Tok {
            kind,
            start,
            end,
            newlines_before: newlines,
            spaced,
            month,
            weekday,
        });
        newlines = 0;
        spaced = false;
    }
    toks
}

/// The character at byte `i` of `text` and its length, read without decoding ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether a word starts as a month or weekday name does (a cheap test before parsing it).
fn could_name_day_or_month(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 3 {
        return false;
    }
    const STARTS: [&[u8; 2]; 17] = [
        b"ja", b"fe", b"ma", b"ap", b"ju", b"au", b"se", b"oc", b"no", b"de", b"mo", b"tu", b"we",
        b"th", b"fr", b"sa", b"su",
    ];
    STARTS.contains(&&[b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()])
}

/// A match: the phrases it yields and the token index after it.
struct Match {
    phrases: Vec<DatePhrase>,
    end: usize,
}

/// A month name as read at a token.
#[derive(Clone, Copy)]
struct MonthWord {
    month: u8,
    /// Index after the name (and its abbreviation point).
    next: usize,
    /// Starts with a capital letter.
    capital: bool,
    /// A short form ("Oct", "Sept."), as opposed to the full name.
    abbreviated: bool,
    /// "may" and "march" are also common words.
    ambiguous: bool,
}

impl MonthWord {
    /// Whether the word can be a month when a day follows but no year.
    fn with_day(self) -> bool {
        if self.abbreviated {
            self.capital
        } else {
            self.capital || !self.ambiguous
        }
    }
    /// Whether the word can be a month when a year follows.
    fn with_year(self) -> bool {
        !self.abbreviated || self.capital
    }
}

/// Words before a lone month or year that make it a date ("in October", "since 2019").
/// Nouns a year before them dates: "the 2020 ceasefire", "the 2018 peace deal".
const EVENT_NOUNS: [&str; 16] = [
    "ceasefire",
    "truce",
    "deal",
    "agreement",
    "accord",
    "peace",
    "treaty",
    "pact",
    "declaration",
    "talks",
    "summit",
    "war",
    "coup",
    "election",
    "elections",
    "referendum",
];

const CUES: [&str; 16] = [
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "between",
    "last",
    "next",
    "this",
    "of",
];

/// Words after "in 2000" that show it counts things rather than naming a year are plural nouns;
/// these common words ending in "s" are not.
const NOT_PLURAL: [&str; 10] = [
    "was", "has", "is", "its", "as", "this", "his", "thus", "us", "yes",
];

struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl<'a> Scanner<'a> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn str_of(&self, t: &Tok) -> &'a str {
        self.text.get(t.start..t.end).unwrap_or("")
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tok(i)?;
        (t.kind == Kind::Word).then(|| self.str_of(t))
    }

    fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.tok(i), Some(Tok { kind: Kind::Punct(c), .. }) if chars.contains(c))
    }

    /// Token `i` directly touches the one before it.
    fn touches(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.spaced)
    }

    /// Token `i` may continue a phrase: it exists and no paragraph break precedes it.
    fn joins(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.newlines_before <= 1)
    }

    fn span(&self, from: usize, to_excl: usize) -> Span {
        let start = self.toks.get(from).map_or(0, |t| t.start);
        let end = to_excl
            .checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .map_or(start, |t| t.end);
        Span::new(start, end)
    }

    /// The digits of a number token that stands alone: not part of "2,600", "3.5", "10:30",
    /// "F16" or "2024abc".
    fn lone_number(&self, i: usize) -> Option<&'a str> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let digits = self.str_of(t);
        let glued = |j: usize| self.touches(j);
        // Grouped or decimal numbers and times.
        if self.is_punct(i + 1, &[',', '.', ':']) && glued(i + 1) {
            if let Some(n) = self.tok(i + 2) {
                if n.kind == Kind::Num && glued(i + 2) {
                    return None;
                }
            }
        }
        if i >= 2 && self.is_punct(i - 1, &[',', '.', ':']) && glued(i) {
            if let Some(p) = self.tok(i - 2) {
                if p.kind == Kind::Num && glued(i - 1) {
                    return None;
                }
            }
        }
        if i >= 1 && glued(i) && matches!(self.tok(i - 1).map(|t| t.kind), Some(Kind::Word)) {
            return None;
        }
        Some(digits)
    }

    /// A day of the month, with an optional ordinal suffix; returns the day and the next index.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let digits = self.lone_number(i)?;
        if digits.len() > 2 {
            return None;
        }
        let d: u8 = digits.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut next = i + 1;
        if self.touches(next) {
            match self.word(next) {
                Some(w)
                    if ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(w)) =>
                {
                    next += 1
                }
                Some(_) => return None,
                None => {}
            }
            if self.touches(next)
                && matches!(self.tok(next).map(|t| t.kind), Some(Kind::Word | Kind::Num))
            {
                return None;
            }
        }
        Some((d, next))
    }

    /// A four-digit year in [`YEARS`]; returns it and the next index.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let digits = self.lone_number(i)?;
        if digits.len() != 4 {
            return None;
        }
        let y: u32 = digits.parse().ok()?;
        if !YEARS.contains(&y) {
            return None;
        }
        if self.touches(i + 1)
            && matches!(
                self.tok(i + 1).map(|t| t.kind),
                Some(Kind::Word | Kind::Num)
            )
        {
            return None;
        }
        Some((y as i32, i + 1))
    }

    fn month_at(&self, i: usize) -> Option<MonthWord> {
        let w = self.word(i)?;
        let month = self.tok(i).map_or(0, |t| t.month);
        if month == 0 {
            return None;
        }
        let full = full_month_name(month);
        let abbreviated = !w.eq_ignore_ascii_case(full);
        let mut next = i + 1;
        if abbreviated && self.is_punct(next, &['.']) && self.touches(next) {
            next += 1;
        }
        // "Mar" is an abbreviation, and "May" is both; only the full words are everyday English.
        let ambiguous = !abbreviated && (month == 3 || month == 5);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        Some(MonthWord {
            month,
            next,
            capital,
            abbreviated,
            ambiguous,
        })
    }

    /// "early", "mid", "mid-", "late", "middle of", "end of", "beginning of", "start of":
    /// the part and the index of the month or year after it.
    fn part_at(&self, i: usize) -> Option<(MonthPart, usize)> {
        let first = self.word(i)?.as_bytes().first()?.to_ascii_lowercase();
        if !matches!(first, b'e' | b'm' | b'l' | b'b' | b's') {
            return None;
        }
        let w = self.lower(i)?;
        let (part, of) = match w.as_str() {
            "early" => (MonthPart::Early, false),
            "mid" => (MonthPart::Mid, false),
            "late" => (MonthPart::Late, false),
            "middle" => (MonthPart::Mid, true),
            "end" => (MonthPart::Late, true),
            "beginning" | "start" => (MonthPart::Early, true),
            _ => return None,
        };
        let mut next = i + 1;
        if of {
            if !self
                .word(next)
                .is_some_and(|w| w.eq_ignore_ascii_case("of"))
                || !self.joins(next)
            {
                return None;
            }
            next += 1;
        } else if self.is_punct(next, &['-', '\u{2010}', '\u{2011}']) && self.touches(next) {
            next += 1;
        }
        self.joins(next).then_some((part, next))
    }

    /// The cue word just before token `i`, lower-cased.
    fn cue_before(&self, i: usize) -> Option<Lower> {
        let w = self.lower(i.checked_sub(1)?)?;
        self.joins(i).then_some(w)
    }

    /// The word at token `i` in lower case, when it is short enough to be a date word or a
    /// cue.
    fn lower(&self, i: usize) -> Option<Lower> {
        Lower::new(self.word(i)?)
    }

    /// The longest match starting at token `i`. `last` is the previous phrase found, for
    /// "between 2019 and 2021".
    fn best_at(&self, i: usize, last: Option<&DatePhrase>) -> Option<Match> {
        let t = self.tok(i)?;
        let mut best: Option<Match> = None;
        let mut consider = |m: Option<Match>| {
            if let Some(m) = m {
                if best.as_ref().is_none_or(|b| m.end > b.end) {
                    best = Some(m);
                }
            }
        };
        match t.kind {
            Kind::Word => {
                consider(self.weekday_phrase(i));
                consider(self.date_core(i));
                consider(self.part_phrase(i));
            }
            Kind::Num => {
                consider(self.date_core(i));
                consider(self.bare_year(i, last));
            }
            Kind::Punct(_) => {}
        }
        best
    }

    /// A weekday followed by a full date ("Tuesday, October 28, 2025", "Tuesday 23 July 2019"),
    /// or a lone weekday.
    fn weekday_phrase(&self, i: usize) -> Option<Match> {
        let w = self.word(i)?;
        let weekday = self.tok(i)?.weekday?;
        let full = w.len() >= 6;
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let mut j = i + 1;
        if self.is_punct(j, &['.']) && self.touches(j) && !full {
            j += 1;
        }
        if self.is_punct(j, &[',']) {
            j += 1;
        }
        if self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            j += 1;
        }
        if self.joins(j) && (full || capital) {
            if let Some(mut m) = self.date_core(j) {
                if let Some(first) = m.phrases.first_mut() {
                    if let PhraseValue::Day {
                        weekday: ref mut wd,
                        ..
                    } = first.value
                    {
                        *wd = Some(weekday);
                        first.span = Span::new(t_start(self, i), first.span.end());
                        return Some(m);
                    }
                }
            }
        }
        // A lone weekday only in its full spelling: "Sun" and "Wed" are other words.
        full.then(|| Match {
            phrases: vec![DatePhrase {
                span: self.span(i, i + 1),
                value: PhraseValue::Weekday(weekday),
            }],
            end: i + 1,
        })
    }

    /// A day, a month with a year or a day, or a numeric date, starting at token `i`.
    fn date_core(&self, i: usize) -> Option<Match> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => self
                .iso_date(i)
                .or_else(|| self.numeric_date(i))
                .or_else(|| self.day_first(i)),
            Kind::Word => self.month_first(i),
            Kind::Punct(_) => None,
        }
    }

    fn day(
        &self,
        from: usize,
        to: usize,
        year: Option<i32>,
        month: u8,
        day: u8,
    ) -> Option<DatePhrase> {
        let ok = match year {
            Some(y) => Date::new(y, month, day).is_some(),
            // Without a year, February 29th is possible.
            None => day <= days_in_month(2000, month),
        };
        ok.then(|| DatePhrase {
            span: self.span(from, to),
            value: PhraseValue::Day {
                year,
                month,
                day,
                weekday: None,
            },
        })
    }

    /// "2024-01-15", "2024/01/15" (a time may follow: "2024-01-15T10:00").
    fn iso_date(&self, i: usize) -> Option<Match> {
        let y = self.lone_number(i)?;
        if y.len() != 4 || !self.is_punct(i + 1, &['-', '/']) {
            return None;
        }
        let sep = self.toks.get(i + 1)?.kind;
        let glued = (i + 1..=i + 4).all(|k| self.touches(k));
        if !glued || self.tok(i + 3)?.kind != sep {
            return None;
        }
        let m = self.str_of(self.tok(i + 2)?);
        let d = self.str_of(self.tok(i + 4)?);
        let (k2, k4) = (self.tok(i + 2)?.kind, self.tok(i + 4)?.kind);
        if k2 != Kind::Num || k4 != Kind::Num || m.len() > 2 || d.len() > 2 {
            return None;
        }
        // A following letter is only allowed as the ISO time separator.
        if self.touches(i + 5) {
            match self.tok(i + 5).map(|t| (t.kind, self.str_of(t))) {
                Some((Kind::Num, _)) => return None,
                Some((Kind::Word, w)) if !w.starts_with('T') => return None,
                _ => {}
            }
        }
        let year: i32 = y.parse().ok()?;
        let p = self.day(i, i + 5, Some(year), m.parse().ok()?, d.parse().ok()?)?;
        Some(Match {
            phrases: vec![p],
            end: i + 5,
        })
    }

    /// "15/01/2024", "15.01.2024", "01/15/2024": only when one of the first two numbers is over
    /// 12, so the order of day and month is certain, or when the numbers are joined by dots
    /// ("09.04.2025"), which only day-first conventions print.
    fn numeric_date(&self, i: usize) -> Option<Match> {
        let a = self.lone_number(i).or_else(|| {
            // lone_number refuses "15.01"; read the digits directly.
            let t = self.tok(i)?;
            (t.kind == Kind::Num).then(|| self.str_of(t))
        })?;
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ ('/' | '.' | '-')) => c,
            _ => return None,
        };
        if !(i + 1..=i + 4).all(|k| self.touches(k)) || !self.is_punct(i + 3, &[sep]) {
            return None;
        }
        let (tb, ty) = (self.tok(i + 2)?, self.tok(i + 4)?);
        if tb.kind != Kind::Num || ty.kind != Kind::Num {
            return None;
        }
        let (b, y) = (self.str_of(tb), self.str_of(ty));
        if a.len() > 2 || b.len() > 2 || y.len() != 4 {
            return None;
        }
        if i >= 1
            && self.touches(i)
            && !matches!(
                self.tok(i - 1).map(|t| t.kind),
                Some(Kind::Punct('(' | '[' | '"'))
            )
        {
            return None;
        }
        if self.touches(i + 5)
            && matches!(
                self.tok(i + 5).map(|t| t.kind),
                Some(Kind::Num | Kind::Word)
            )
        {
            return None;
        }
        if self.touches(i + 5) && self.is_punct(i + 5, &[sep]) {
            return None;
        }
        let (a, b, y): (u8, u8, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
        if !YEARS.contains(&(y as u32)) {
            return None;
        }
        let (day, month) = match (a > 12, b > 12) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            (false, false) if sep == '.' => (a, b),
            _ => return None,
        };
        let p = self.day(i, i + 5, Some(y), month, day)?;
        Some(Match {
            phrases: vec![p],
            end: i + 5,
        })
    }

    /// "3 March 2024", "3rd of March 2024", "28 Oct. 2025", "23 July", and the range
    /// "28-29 October 2025" (two days).
    fn day_first(&self, i: usize) -> Option<Match> {
        let (d, j) = self.day_at(i)?;
        // A range: the first day takes the month and year of the second ("28-29 October",
        // "from 18 to 20 November", "on 14 and 15 June").
        if (self.is_punct(j, &['-', '\u{2013}']) || self.range_word(i, j)) && self.joins(j + 1) {
            if let Some(rest) = self.day_first_single(j + 1) {
                if let Some(&DatePhrase {
                    value: PhraseValue::Day { year, month, .. },
                    ..
                }) = rest.phrases.first()
                {
                    if let Some(first) = self.day(i, j, year, month, d) {
                        let mut phrases = vec![first];
                        phrases.extend(rest.phrases);
                        return Some(Match {
                            phrases,
                            end: rest.end,
                        });
                    }
                }
            }
        }
        self.day_first_single(i)
    }

    /// Whether the word at `j`, after the day at `i`, joins it to a second day: "from 18 to
    /// 20 November", "between 3 and 5 March", "on 14 and 15 June".
    fn range_word(&self, i: usize, j: usize) -> bool {
        let Some(w) = self.word(j) else {
            return false;
        };
        let before = i.checked_sub(1).and_then(|b| self.lower(b));
        match before.as_ref().map(Lower::as_str) {
            Some("from") => matches!(w, "to" | "through" | "until"),
            Some("between") | Some("on") => w == "and",
            _ => false,
        }
    }

    fn day_first_single(&self, i: usize) -> Option<Match> {
        let (d, mut j) = self.day_at(i)?;
        if self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("of")) && self.joins(j) {
            j += 1;
        }
        // "09-Jan-2026": hyphens written without spaces.
        let hyphen = |x: usize| self.is_punct(x, &['-']) && self.touches(x) && self.touches(x + 1);
        let hyphened = hyphen(j);
        if hyphened {
            j += 1;
        }
        if !self.joins(j) {
            return None;
        }
        let mw = self.month_at(j)?;
        let mut k = mw.next;
        if self.is_punct(k, &[',']) || hyphened && hyphen(k) {
            k += 1;
        }
        if self.joins(k) {
            if let Some((y, end)) = self.year_at(k) {
                if mw.with_year() {
                    let p = self.day(i, end, Some(y), mw.month, d)?;
                    return Some(Match {
                        phrases: vec![p],
                        end,
                    });
                }
            }
        }
        if !mw.with_day() {
            return None;
        }
        let p = self.day(i, mw.next, None, mw.month, d)?;
        Some(Match {
            phrases: vec![p],
            end: mw.next,
        })
    }

    /// "March 3, 2024", "Oct 25th", "October 25", "October 2025", "in October", and the range
    /// "October 28-29, 2025" (two days).
    fn month_first(&self, i: usize) -> Option<Match> {
        let mw = self.month_at(i)?;
        let mut j = mw.next;
        if self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            j += 1;
        }
        if self.joins(j) {
            if let Some((d, k)) = self.day_at(j) {
                // Optional range end, then optional year.
                let mut k2 = k;
                let mut second: Option<(u8, usize, usize)> = None;
                // "October 28-29", "November 3 to 5", "December 1 through 6".
                let word_range = self
                    .word(k)
                    .is_some_and(|w| matches!(w, "to" | "through" | "until" | "and"));
                if (self.is_punct(k, &['-', '\u{2013}']) || word_range) && self.joins(k + 1) {
                    if let Some((d2, after)) = self.day_at(k + 1).filter(|&(d2, after)| {
                        // A second day, not a count ("March 3 and 5 others") or the start
                        // of another date ("October 28 to November 2").
                        d2 > d
                            && !(word_range && self.month_at(after).is_some())
                            && !(self.word(k) == Some("and")
                                && self.word(after).is_some_and(|w| {
                                    w.chars().next().is_some_and(char::is_alphabetic)
                                        && !matches!(w, "in" | "at" | "on")
                                }))
                    }) {
                        second = Some((d2, k + 1, after));
                        k2 = after;
                    }
                }
                let mut ky = k2;
                if self.is_punct(ky, &[',']) {
                    ky += 1;
                }
                let year = if self.joins(ky) {
                    self.year_at(ky)
                } else {
                    None
                };
                if let Some((y, end)) = year.filter(|_| mw.with_year()) {
                    let mut phrases = Vec::new();
                    match second {
                        Some((d2, s2, _)) => {
                            phrases.push(self.day(i, k, Some(y), mw.month, d)?);
                            phrases.push(self.day(s2, end, Some(y), mw.month, d2)?);
                        }
                        None => phrases.push(self.day(i, end, Some(y), mw.month, d)?),
                    }
                    return Some(Match { phrases, end });
                }
                if mw.with_day() {
                    let mut phrases = vec![self.day(i, k, None, mw.month, d)?];
                    let mut end = k;
                    if let Some((d2, s2, after)) = second {
                        if let Some(p) = self.day(s2, after, None, mw.month, d2) {
                            phrases.push(p);
                            end = after;
                        }
                    }
                    return Some(Match { phrases, end });
                }
                return None;
            }
        }
        let mut k = mw.next;
        if self.is_punct(k, &[',']) {
            k += 1;
        }
        if self.joins(k) {
            if let Some((y, end)) = self.year_at(k) {
                if mw.with_year() {
                    let value = PhraseValue::Month {
                        year: Some(y),
                        month: mw.month,
                        part: None,
                    };
                    return Some(Match {
                        phrases: vec![DatePhrase {
                            span: self.span(i, end),
                            value,
                        }],
                        end,
                    });
                }
            }
        }
        // A lone month needs a capital and a cue word before it.
        let cue = self.cue_before(i)?;
        let cue_ok = CUES.contains(&cue.as_str())
            && !(mw.ambiguous && matches!(cue.as_str(), "this" | "by"));
        // "in July and August": a month continuing a list or range of months.
        let continues = matches!(cue.as_str(), "and" | "or" | "to")
            && i >= 2
            && self
                .month_at(i - 2)
                .is_some_and(|m| m.next == i - 1 && m.capital);
        if !mw.capital || !(cue_ok || continues) {
            return None;
        }
        let value = PhraseValue::Month {
            year: None,
            month: mw.month,
            part: None,
        };
        Some(Match {
            phrases: vec![DatePhrase {
                span: self.span(i, mw.next),
                value,
            }],
            end: mw.next,
        })
    }

    /// "early October 2025", "mid-October", "late 2023", "the end of May".
    fn part_phrase(&self, i: usize) -> Option<Match> {
        let (part, j) = self.part_at(i)?;
        if let Some(mw) = self.month_at(j) {
            let mut k = mw.next;
            if self.is_punct(k, &[',']) {
                k += 1;
            }
            let year = if self.joins(k) { self.year_at(k) } else { None };
            if let Some((y, end)) = year.filter(|_| mw.with_year()) {
                let value = PhraseValue::Month {
                    year: Some(y),
                    month: mw.month,
                    part: Some(part),
                };
                return Some(Match {
                    phrases: vec![DatePhrase {
                        span: self.span(i, end),
                        value,
                    }],
                    end,
                });
            }
            if mw.abbreviated && !mw.capital {
                return None;
            }
            // A day after the month makes it a day phrase, not a part of the month.
            if self.joins(mw.next) && self.day_at(mw.next).is_some() {
                return None;
            }
            let value = PhraseValue::Month {
                year: None,
                month: mw.month,
                part: Some(part),
            };
            return Some(Match {
                phrases: vec![DatePhrase {
                    span: self.span(i, mw.next),
                    value,
                }],
                end: mw.next,
            });
        }
        let (y, end) = self.year_at(j)?;
        let value = PhraseValue::Year {
            year: y,
            part: Some(part),
        };
        Some(Match {
            phrases: vec![DatePhrase {
                span: self.span(i, end),
                value,
            }],
            end,
        })
    }

    /// "in 2023", "since 2019", "(2021)", and "2021" in "between 2019 and 2021".
    fn bare_year(&self, i: usize, last: Option<&DatePhrase>) -> Option<Match> {
        let (y, end) = self.year_at(i)?;
        let in_parens = i >= 1 && self.is_punct(i - 1, &['(']) && self.is_punct(end, &[')']);
        let cued = match self.cue_before(i) {
            Some(c)
                if CUES.contains(&c.as_str())
                    && !matches!(c.as_str(), "last" | "next" | "this") =>
            {
                true
            }
            Some(c) if matches!(c.as_str(), "and" | "to" | "or") => {
                // Continues a list or range of years: the phrase before ends at the word before.
                let prev_year = last.filter(|p| matches!(p.value, PhraseValue::Year { .. }));
                prev_year.is_some_and(|p| {
                    i >= 2 && self.toks.get(i - 2).is_some_and(|t| t.end == p.span.end())
                })
            }
            _ => false,
        };
        // "the 2020 ceasefire", "the 2018 peace agreement": a year naming an event.
        let names_event = i >= 1
            && self
                .word(i - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && self.joins(end)
            && self.word(end).is_some_and(|w| EVENT_NOUNS.contains(&w));
        if !(in_parens || cued || names_event) {
            return None;
        }
        if !in_parens {
            // "by 2000 votes": a plural noun after the number makes it a count.
            if let Some(next) = self.word(end).filter(|_| self.joins(end)) {
                let lower = next.chars().next().is_some_and(char::is_lowercase);
                if lower && next.ends_with('s') && !NOT_PLURAL.contains(&next) {
                    return None;
                }
            }
        }
        let value = PhraseValue::Year {
            year: y,
            part: None,
        };
        Some(Match {
            phrases: vec![DatePhrase {
                span: self.span(i, end),
                value,
            }],
            end,
        })
    }
}

fn t_start(s: &Scanner<'_>, i: usize) -> usize {
    s.toks.get(i).map_or(0, |t| t.start)
}

fn full_month_name(m: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES[(m.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::MonthPart::*;
    use super::PhraseValue::{Month, Year};
    use super::*;
    use crate::date::Weekday::*;

    fn day(year: Option<i32>, month: u8, day: u8) -> PhraseValue {
        PhraseValue::Day {
            year,
            month,
            day,
            weekday: None,
        }
    }

    fn wday(year: Option<i32>, month: u8, d: u8, w: Weekday) -> PhraseValue {
        PhraseValue::Day {
            year,
            month,
            day: d,
            weekday: Some(w),
        }
    }

    /// Each case: text, then the phrases expected as (printed text, value).
    #[test]
    fn finds_the_shapes_news_uses() {
        let cases: Vec<(&str, Vec<(&str, PhraseValue)>)> = vec![
            (
                "on March 3, 2024 in Doha",
                vec![("March 3, 2024", day(Some(2024), 3, 3))],
            ),
            (
                "on 3 March 2024 in Doha",
                vec![("3 March 2024", day(Some(2024), 3, 3))],
            ),
            (
                "Filed 09-Jan-2026 14:37 GMT",
                vec![("09-Jan-2026", day(Some(2026), 1, 9))],
            ),
            (
                "rounds in July and August, in which",
                vec![
                    (
                        "July",
                        PhraseValue::Month {
                            year: None,
                            month: 7,
                            part: None,
                        },
                    ),
                    (
                        "August",
                        PhraseValue::Month {
                            year: None,
                            month: 8,
                            part: None,
                        },
                    ),
                ],
            ),
            (
                "which brokered the 2020 ceasefire",
                vec![(
                    "2020",
                    PhraseValue::Year {
                        year: 2020,
                        part: None,
                    },
                )],
            ),
            (
                "on Mar. 3, 2024.",
                vec![("Mar. 3, 2024", day(Some(2024), 3, 3))],
            ),
            (
                "the 3rd of March 2024",
                vec![("3rd of March 2024", day(Some(2024), 3, 3))],
            ),
            (
                "on 2024-01-15, talks",
                vec![("2024-01-15", day(Some(2024), 1, 15))],
            ),
            (
                "at 2024-01-15T10:00:00Z",
                vec![("2024-01-15", day(Some(2024), 1, 15))],
            ),
            (
                "on 15/01/2024 they",
                vec![("15/01/2024", day(Some(2024), 1, 15))],
            ),
            (
                "on 01/15/2024 they",
                vec![("01/15/2024", day(Some(2024), 1, 15))],
            ),
            ("on 05/06/2024 they", vec![]),
            (
                "on 15.01.2024 they",
                vec![("15.01.2024", day(Some(2024), 1, 15))],
            ),
            (
                "Bamako, 09.04.2025: the",
                vec![("09.04.2025", day(Some(2025), 4, 9))],
            ),
            (
                "NEW DELHI (Tuesday, 23 July 2019)",
                vec![("Tuesday, 23 July 2019", wday(Some(2019), 7, 23, Tuesday))],
            ),
            (
                "in Tehran on Tuesday, October 28, 2025, and",
                vec![(
                    "Tuesday, October 28, 2025",
                    wday(Some(2025), 10, 28, Tuesday),
                )],
            ),
            (
                "which commenced on October 25 and",
                vec![("October 25", day(None, 10, 25))],
            ),
            ("on Oct 25th, the", vec![("Oct 25th", day(None, 10, 25))]),
            (
                "28 Oct. 2025",
                vec![("28 Oct. 2025", day(Some(2025), 10, 28))],
            ),
            (
                "OCTOBER 28, 2025",
                vec![("OCTOBER 28, 2025", day(Some(2025), 10, 28))],
            ),
            (
                "on 16 May 2025",
                vec![("16 May 2025", day(Some(2025), 5, 16))],
            ),
            (
                "May 16, 2025",
                vec![("May 16, 2025", day(Some(2025), 5, 16))],
            ),
            (
                "in October 2025.",
                vec![(
                    "October 2025",
                    Month {
                        year: Some(2025),
                        month: 10,
                        part: None,
                    },
                )],
            ),
            (
                "in early October 2025",
                vec![(
                    "early October 2025",
                    Month {
                        year: Some(2025),
                        month: 10,
                        part: Some(Early),
                    },
                )],
            ),
            (
                "by mid-October",
                vec![(
                    "mid-October",
                    Month {
                        year: None,
                        month: 10,
                        part: Some(Mid),
                    },
                )],
            ),
            (
                "late Oct. 2025",
                vec![(
                    "late Oct. 2025",
                    Month {
                        year: Some(2025),
                        month: 10,
                        part: Some(Late),
                    },
                )],
            ),
            (
                "talks in October were",
                vec![(
                    "October",
                    Month {
                        year: None,
                        month: 10,
                        part: None,
                    },
                )],
            ),
            (
                "by the end of May",
                vec![(
                    "end of May",
                    Month {
                        year: None,
                        month: 5,
                        part: Some(Late),
                    },
                )],
            ),
            (
                "in 2023 the",
                vec![(
                    "2023",
                    Year {
                        year: 2023,
                        part: None,
                    },
                )],
            ),
            (
                "ties since 2019.",
                vec![(
                    "2019",
                    Year {
                        year: 2019,
                        part: None,
                    },
                )],
            ),
            (
                "in early 2024,",
                vec![(
                    "early 2024",
                    Year {
                        year: 2024,
                        part: Some(Early),
                    },
                )],
            ),
            (
                "the accord (2021) said",
                vec![(
                    "2021",
                    Year {
                        year: 2021,
                        part: None,
                    },
                )],
            ),
            (
                "between 2019 and 2021",
                vec![
                    (
                        "2019",
                        Year {
                            year: 2019,
                            part: None,
                        },
                    ),
                    (
                        "2021",
                        Year {
                            year: 2021,
                            part: None,
                        },
                    ),
                ],
            ),
            (
                "on Saturday.",
                vec![("Saturday", PhraseValue::Weekday(Saturday))],
            ),
            (
                "on Tuesday 23 July 2019",
                vec![("Tuesday 23 July 2019", wday(Some(2019), 7, 23, Tuesday))],
            ),
            (
                "Fri., 5 Jan. 2024",
                vec![("Fri., 5 Jan. 2024", wday(Some(2024), 1, 5, Friday))],
            ),
            (
                "the Sunday Times",
                vec![("Sunday", PhraseValue::Weekday(Sunday))],
            ),
            (
                "Tuesday's talks",
                vec![("Tuesday", PhraseValue::Weekday(Tuesday))],
            ),
            (
                "October 28-29, 2025",
                vec![
                    ("October 28", day(Some(2025), 10, 28)),
                    ("29, 2025", day(Some(2025), 10, 29)),
                ],
            ),
            (
                "28-29 October 2025",
                vec![
                    ("28", day(Some(2025), 10, 28)),
                    ("29 October 2025", day(Some(2025), 10, 29)),
                ],
            ),
            (
                "from 2 to 3 March",
                vec![("2", day(None, 3, 2)), ("3 March", day(None, 3, 3))],
            ),
            (
                "on 14 and 15 June 2023",
                vec![
                    ("14", day(Some(2023), 6, 14)),
                    ("15 June 2023", day(Some(2023), 6, 15)),
                ],
            ),
            (
                "November 3 to 5",
                vec![("November 3", day(None, 11, 3)), ("5", day(None, 11, 5))],
            ),
            (
                "October 28 to November 2",
                vec![
                    ("October 28", day(None, 10, 28)),
                    ("November 2", day(None, 11, 2)),
                ],
            ),
            ("March 3 and 5 others", vec![("March 3", day(None, 3, 3))]),
            (
                "from November 3 to 5 under the auspices",
                vec![("November 3", day(None, 11, 3)), ("5", day(None, 11, 5))],
            ),
            (
                "Updated: 3 March 2024 10:00 GMT",
                vec![("3 March 2024", day(Some(2024), 3, 3))],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, PhraseValue)> = scan(text)
                .into_iter()
                .map(|p| (&text[p.span.range()], p.value))
                .collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn leaves_words_and_numbers_that_are_not_dates() {
        let cases = [
            "Islamabad may be more open than India",
            "they may 2 times",
            "protesters march 20 miles",
            "the 2,600-kilometer (1,600-mile) frontier",
            "a March of Return",
            "Theresa May said",
            "in 2000 cases the courts",
            "over the past 24 hours",
            "the 4th Economic Cooperation Organization",
            "version 10.2024 of the file",
            "at 10:30 am",
            "a sunny Sun and a Wed note",
            "on 31 February",
            "on February 30, 2023",
            "the jan 5 draft",
            "In march, troops",
            "F16 2024",
            "2024 2025",
            "the 2000 soldiers and August",
        ];
        for text in cases {
            assert_eq!(scan(text), vec![], "in {text:?}");
        }
    }

    #[test]
    fn intervals_follow_the_precision_of_the_phrase() {
        let d = |y, m, d| Date::new(y, m, d).unwrap();
        type Expected = Option<(Date, Date, Precision)>;
        let cases: Vec<(PhraseValue, Expected)> = vec![
            (
                day(Some(2025), 10, 28),
                Some((d(2025, 10, 28), d(2025, 10, 28), Precision::Day)),
            ),
            (day(None, 10, 28), None),
            (day(Some(2023), 2, 29), None),
            (
                Month {
                    year: Some(2024),
                    month: 2,
                    part: None,
                },
                Some((d(2024, 2, 1), d(2024, 2, 29), Precision::Month)),
            ),
            (
                Month {
                    year: Some(2025),
                    month: 10,
                    part: Some(Early),
                },
                Some((d(2025, 10, 1), d(2025, 10, 10), Precision::PartOfMonth)),
            ),
            (
                Month {
                    year: Some(2025),
                    month: 10,
                    part: Some(Mid),
                },
                Some((d(2025, 10, 11), d(2025, 10, 20), Precision::PartOfMonth)),
            ),
            (
                Month {
                    year: Some(2025),
                    month: 9,
                    part: Some(Late),
                },
                Some((d(2025, 9, 21), d(2025, 9, 30), Precision::PartOfMonth)),
            ),
            (
                Month {
                    year: None,
                    month: 9,
                    part: Some(Late),
                },
                None,
            ),
            (
                Year {
                    year: 2023,
                    part: None,
                },
                Some((d(2023, 1, 1), d(2023, 12, 31), Precision::Year)),
            ),
            (
                Year {
                    year: 2024,
                    part: Some(Mid),
                },
                Some((d(2024, 5, 1), d(2024, 8, 31), Precision::Range)),
            ),
            (
                Year {
                    year: 2024,
                    part: Some(Late),
                },
                Some((d(2024, 9, 1), d(2024, 12, 31), Precision::Range)),
            ),
            (PhraseValue::Weekday(Monday), None),
        ];
        for (value, want) in cases {
            let got = value.to_interval("test").map(|i| {
                assert_eq!(i.basis, "test");
                (i.earliest, i.latest, i.precision)
            });
            assert_eq!(got, want, "{value:?}");
        }
    }

    #[test]
    fn spans_are_in_order_and_never_overlap_or_split_characters() {
        let text = "Le 3 mars 2024 – «March 3, 2024» – 2024-01-15 – on Friday, 5 Jan. 2024 in 2023 \u{00a0}May 2025";
        let phrases = scan(text);
        assert!(phrases.len() >= 4, "{phrases:?}");
        let mut prev_end = 0;
        for p in &phrases {
            assert!(p.span.start() >= prev_end && p.span.start() < p.span.end());
            assert!(text.get(p.span.range()).is_some());
            prev_end = p.span.end();
        }
    }

    #[test]
    fn a_paragraph_break_ends_a_phrase() {
        let got = scan("on October 25\n\n2025 was a year");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].value, day(None, 10, 25));
        let got = scan("on October 25,\n2025 talks");
        assert_eq!(got[0].value, day(Some(2025), 10, 25));
    }
}
