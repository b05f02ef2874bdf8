//! Dates of events: printed, partial and relative phrases resolved against the publication date
//! or the nearest printed date before them, and, for articles with no printed date at all, the
//! overlap of the tenures of the officeholders they name.
//!
//! Resolution rules, each recorded in the interval's `basis`:
//! - A full date in the clause is the date ("on Tuesday, October 28, 2025").
//! - A date without a year ("October 25", "in early October") takes the year of the publication
//!   date, else of the nearest earlier printed date, stepping back a year when that would put a
//!   past event after its anchor; a past one in a sentence that printed an older year first
//!   takes that year ("In 2023, talks were held in Mexico City in February").
//! - A lone weekday is the last such day on or before the publication date (the next one after
//!   it for scheduled talks).
//! - "yesterday", "last week", "earlier this month", "next week" count from the publication
//!   date; "a day earlier", "two days later", "days after" from the nearest earlier printed date.
//! - Without any phrase, a statement in the article's present is dated by the publication date;
//!   with no publication date, by the tenures of the officeholders named in office, whose open
//!   ends run to `today` (the build date passed in), or, without one, to the newest date of the
//!   reference data.

use super::lexicon as lx;
use super::text::Kind;
use super::Doc;
use crate::date::{Date, DateInterval, Precision};
use crate::datephrase::{self, DatePhrase, PhraseValue};
use crate::model::Status;
use crate::reference::reference;
use std::cell::OnceCell;

/// Tokens `from..to` less a parenthetical `hole`, whose dates belong to something else
/// ("the Istanbul talks, which commenced on October 25, ultimately collapsed").
pub struct Span {
    pub from: usize,
    pub to: usize,
    pub hole: Option<(usize, usize)>,
}

pub struct Dating {
    /// The printed date phrases of each sentence, scanned the first time a date is looked for
    /// there (most sentences never are).
    by_sentence: Vec<OnceCell<Vec<DatePhrase>>>,
    published: Option<DateInterval>,
    /// The overlap of the tenures of the officeholders named, when the article prints no
    /// publication date.
    tenures: Option<DateInterval>,
}

impl Dating {
    pub fn new(doc: &Doc, published: Option<&DateInterval>, today: Option<Date>) -> Dating {
        let tenures = if published.is_none() {
            tenure_overlap(doc, today)
        } else {
            None
        };
        Dating {
            by_sentence: doc.sentences.iter().map(|_| OnceCell::new()).collect(),
            published: published.cloned(),
            tenures,
        }
    }

    /// The date of an event stated in tokens `from..to` of a sentence starting at token
    /// `sentence`, whose status word is at token `at`; with how directly it was found: 0 printed
    /// in the clause, 1 relative, 2 inferred (publication date, tenures), 3 none.
    pub fn event_date(
        &self,
        doc: &Doc,
        sentence: usize,
        clause: &Span,
        at: usize,
        status: Status,
    ) -> (Option<DateInterval>, u8) {
        let (date, rank) = self.event_day(doc, sentence, clause, at, status);
        let lasted = match &date {
            Some(d) if status == Status::Held && d.earliest == d.latest => {
                lasted(doc, clause.from, clause.to).map(|s| (d.clone(), s))
            }
            _ => None,
        };
        let Some((mut d, (days, ending))) = lasted else {
            return (date, rank);
        };
        // "ended two days of talks on Saturday", "a two-day visit ending on Thursday": the
        // talks span the days before the end (or after the start).
        if ending {
            d.earliest = d.latest.add_days(1 - days);
        } else {
            let end = d.earliest.add_days(days - 1);
            d.latest = self.published.as_ref().map_or(end, |p| end.min(p.latest));
        }
        d.precision = Precision::Range;
        d.basis = format!("{}, over {days} days", d.basis);
        (Some(d), rank)
    }

    fn event_day(
        &self,
        doc: &Doc,
        sentence: usize,
        clause: &Span,
        at: usize,
        status: Status,
    ) -> (Option<DateInterval>, u8) {
        let (from, to) = (clause.from, clause.to);
        let future = status == Status::Scheduled;
        // A full date printed in the clause.
        let own = self.in_range(doc, from, to, at, future, clause.hole);
        if let Some((d, 0)) = &own {
            return (Some(d.clone()), 0);
        }
        // A statement's date may sit in the clause that reports it ("said on Wednesday that it
        // stood ready"): offers, requests, answers, agreements and failures are announced.
        let reported = !matches!(status, Status::Scheduled | Status::Held);
        if reported && sentence < from && (sentence..from).any(|i| doc.cl(i) & lx::REPORT != 0) {
            if let Some((d, rank)) = self.in_range(doc, sentence, from, from, future, None) {
                return (Some(d), rank);
            }
        }
        if let Some((d, rank)) = own {
            return (Some(d), rank);
        }
        if let Some(d) = self.relative(doc, from, to, future) {
            return (Some(d), 1);
        }
        // Talks a sentence dates before the clause that names their mediator ("delegations met
        // in Istanbul on Friday ..., in a meeting hosted by Turkish Foreign Minister Hakan
        // Fidan").
        let talks = matches!(
            status,
            Status::Held | Status::Agreed | Status::Failed | Status::Scheduled
        );
        if talks && sentence < from {
            if let Some((d, rank)) = self.in_range(doc, sentence, from, from, future, None) {
                return (Some(d), rank);
            }
        }
        // Or in a relative clause about them, left out of the clause: "hosted talks in
        // Pretoria, which ended on November 2", "flew to Doha, where the talks opened on Monday".
        if talks {
            let si = doc.sentences.partition_point(|s| s.last <= from);
            let end = doc.sentences.get(si).map_or(to, |s| s.last);
            let relative = |i: usize| {
                doc.tokens
                    .get(i)
                    .is_some_and(|t| [k!("which"), k!("where"), k!("when")].contains(&t.key))
            };
            let after = match clause.hole {
                Some((a, z)) if relative(a) => Some((a, z)),
                _ if relative(to) => Some((to, end)),
                _ => None,
            };
            // An outcome only from a clause that tells of it ("which collapsed on Tuesday"),
            // not of the start ("which commenced on October 25").
            let tells = |(a, z): (usize, usize)| {
                matches!(status, Status::Held | Status::Scheduled)
                    || (a..z).any(|i| doc.cl(i) & (lx::FAIL | lx::END | lx::CONCLUDE) != 0)
            };
            if let Some((a, z)) = after.filter(|&r| tells(r)) {
                if let Some((d, rank)) = self.in_range(doc, a, z, a, future, None) {
                    return (Some(d), rank);
                }
            }
        }
        // "Two days after Angola announced the talks, Kinshasa accepted": a fronted clause.
        if sentence < from {
            if let Some(d) = self.relative(doc, sentence, from, future) {
                return (Some(d), 1);
            }
            // "On Saturday, after Trump telephoned both leaders, the Thai government accepted":
            // a time the sentence opens with dates all of it.
            let opening = (sentence..from.min(sentence + 5))
                .find(|&i| doc.kind(i) == Kind::Comma)
                .and_then(|comma| self.in_range(doc, sentence, comma, sentence, future, None));
            if let Some((d, rank)) = opening {
                return (Some(d), rank);
            }
        }
        // No date of its own: a statement in the present ("stands ready", "is willing") is as
        // of publication; anything else is left undated.
        if present_tense(doc, from, to) {
            if let Some(p) = &self.published {
                let basis = "publication date (stated in the present)".into();
                return (Some(DateInterval { basis, ..p.clone() }), 2);
            }
            if let Some(t) = &self.tenures {
                return (Some(t.clone()), 2);
            }
        }
        (None, 3)
    }

    /// The token index where byte `b` starts.
    fn token_at(doc: &Doc, b: usize) -> usize {
        doc.tokens.partition_point(|t| (t.start as usize) < b)
    }

    /// Whether the phrase is a bound rather than a date ("since March 2022", "until 2030"), or
    /// when a deal takes effect rather than when it was made ("a ceasefire starting on Aug. 4",
    /// "effective from Monday").
    fn bound(doc: &Doc, p: &DatePhrase) -> bool {
        let i = Self::token_at(doc, p.span.start());
        let before = |n: usize| i.checked_sub(n).map_or(0, |j| doc.key(j));
        let bounds = [k!("since"), k!("until"), k!("till"), k!("before"), k!("by")];
        let effect = [k!("starting"), k!("effective"), k!("beginning")];
        bounds.contains(&before(1))
            || bounds.contains(&before(2)) && doc.cl(i - 1) & lx::DETERMINER != 0
            || effect.contains(&before(1))
            || effect.contains(&before(2)) && [k!("on"), k!("from"), k!("at")].contains(&before(1))
    }

    /// Whether the phrase follows "by": a deadline, which dates a plan.
    fn deadline(doc: &Doc, p: &DatePhrase) -> bool {
        let i = Self::token_at(doc, p.span.start());
        i > 0 && doc.key(i - 1) == k!("by")
    }

    /// A printed or relative phrase in tokens `from..to`: the first within a few words after
    /// token `at`, else the nearest; "from Sunday to Tuesday", "in 2021 and 2022" give the span.
    fn in_range(
        &self,
        doc: &Doc,
        from: usize,
        to: usize,
        at: usize,
        future: bool,
        hole: Option<(usize, usize)>,
    ) -> Option<(DateInterval, u8)> {
        let outside = |b: usize| {
            hole.is_none_or(|(a, z)| {
                let i = Self::token_at(doc, b);
                i < a || i >= z
            })
        };
        let start = doc.tokens.get(from).map_or(0, |t| t.start as usize);
        let end = doc
            .tokens
            .get(to.saturating_sub(1))
            .map_or(start, |t| t.end as usize);
        let all = self.phrases_between(doc, start, end);
        let candidates: Vec<(usize, &DatePhrase)> = all
            .iter()
            .enumerate()
            .filter(|(_, p)| p.span.start() >= start && p.span.end() <= end)
            .filter(|(_, p)| !Self::bound(doc, p) || future && Self::deadline(doc, p))
            .filter(|(_, p)| outside(p.span.start()))
            .collect();
        // A year that names another event ("violating the 2018 peace agreement") dates the
        // clause only when nothing else does ("Russia, which brokered the 2020 ceasefire").
        let names_event = |p: &DatePhrase| {
            matches!(p.value, PhraseValue::Year { .. }) && {
                let i = Self::token_at(doc, p.span.start());
                i > 0 && doc.key(i - 1) == k!("the")
            }
        };
        let mut candidates = candidates;
        if candidates.iter().any(|(_, p)| !names_event(p)) {
            candidates.retain(|(_, p)| !names_event(p));
        }
        let tok = |p: &DatePhrase| Self::token_at(doc, p.span.start());
        let after = candidates
            .iter()
            .find(|(_, p)| tok(p) > at && tok(p) <= at + 5);
        let chosen =
            after.or_else(|| candidates.iter().min_by_key(|(_, p)| tok(p).abs_diff(at)))?;
        let (k, p) = *chosen;
        let (mut d, rank) = self.resolve(doc, p, future)?;
        // "by August 8" for a plan: from publication to that day.
        if future && Self::deadline(doc, p) {
            if let Some(pubd) = self
                .published
                .as_ref()
                .map(|x| x.latest)
                .filter(|&x| x <= d.latest)
            {
                d.earliest = pubd;
                d.precision = Precision::Range;
            }
        }
        // A span: the next phrase joined by "and", "to", "through", "until" or a dash.
        let joined = |a: &DatePhrase, b: &DatePhrase| {
            let between = doc
                .text
                .get(a.span.end()..b.span.start())
                .unwrap_or("")
                .trim();
            // "began on Monday and ended on Friday": the start and end of the same talks.
            let ended = between
                .strip_prefix("and ")
                .map(|r| r.strip_suffix(" on").unwrap_or(r))
                .is_some_and(|r| {
                    matches!(
                        r,
                        "ended"
                            | "concluded"
                            | "closed"
                            | "finished"
                            | "wrapped up"
                            | "lasted until"
                    )
                });
            ended
                || matches!(
                    between,
                    "and" | "to" | "through" | "until" | "-" | "\u{2013}"
                )
        };
        // The chosen phrase may be the end of the span ("on Monday and Tuesday, hosted by").
        if let Some(prev) = k.checked_sub(1).and_then(|j| all.get(j)) {
            if joined(prev, p) && outside(prev.span.start()) {
                if let Some((e, _)) = self.resolve(doc, prev, future) {
                    if e.earliest < d.earliest {
                        d = DateInterval {
                            earliest: e.earliest,
                            latest: d.latest,
                            precision: Precision::Range,
                            basis: format!("{} to {}", e.basis, d.basis),
                        };
                    }
                }
            }
        }
        if let Some(next) = all.get(k + 1) {
            if joined(p, next) {
                if let Some((e, _)) = self.resolve(doc, next, future) {
                    if e.latest > d.latest {
                        d = DateInterval {
                            earliest: d.earliest,
                            latest: e.latest,
                            precision: Precision::Range,
                            basis: format!("{} to {}", d.basis, e.basis),
                        };
                    }
                }
            }
        }
        Some((d, rank))
    }

    /// The nearest printed date with a year before byte `at`, as an anchor.
    fn anchor_before(&self, doc: &Doc, at: usize) -> Option<(Date, Date)> {
        self.phrases_before(doc, at)
            .find_map(|p| p.value.to_interval("").map(|d| (d.earliest, d.latest)))
    }

    /// The year printed alone before phrase `p` in its sentence ("in 2023"), when it is earlier
    /// than `anchor`'s.
    fn earlier_year(&self, doc: &Doc, p: &DatePhrase, anchor: Option<Date>) -> Option<i32> {
        let anchor = anchor?;
        let si = doc.sentences.partition_point(|s| s.end <= p.span.start());
        self.sentence_phrases(doc, si)
            .iter()
            .rev()
            .filter(|q| q.span.end() <= p.span.start())
            .find_map(|q| match q.value {
                PhraseValue::Year { year, part: None } => Some(year),
                _ => None,
            })
            .filter(|&y| y < anchor.year())
    }

    /// The phrases of sentence `si`.
    fn sentence_phrases(&self, doc: &Doc, si: usize) -> &[DatePhrase] {
        let Some(cell) = self.by_sentence.get(si) else {
            return &[];
        };
        cell.get_or_init(|| scan(doc, si))
    }

    /// The phrases within bytes `start..end`, in text order.
    fn phrases_between(&self, doc: &Doc, start: usize, end: usize) -> Vec<DatePhrase> {
        let first = doc.sentences.partition_point(|s| s.end <= start);
        let mut out = Vec::new();
        for si in first..doc.sentences.len() {
            if doc.sentences[si].start >= end {
                break;
            }
            out.extend(
                self.sentence_phrases(doc, si)
                    .iter()
                    .filter(|p| p.span.start() >= start && p.span.end() <= end),
            );
        }
        out
    }

    /// The phrases that end before byte `at`, nearest first.
    fn phrases_before<'a>(
        &'a self,
        doc: &'a Doc,
        at: usize,
    ) -> impl Iterator<Item = DatePhrase> + 'a {
        // Anchors are looked for nearby: at most a few dozen sentences back.
        let last = doc.sentences.partition_point(|s| s.start < at);
        (last.saturating_sub(40)..last)
            .rev()
            .flat_map(move |si| self.sentence_phrases(doc, si).iter().rev().copied())
            .filter(move |p| p.span.end() <= at)
    }

    /// The date an "N days after X" counts from: the date printed beside the same verb earlier
    /// ("Angola had announced on March 11" for "two days after Angola announced"), else the
    /// nearest earlier date of any kind, else the publication date.
    fn event_anchor(
        &self,
        doc: &Doc,
        after: Option<usize>,
        before_byte: usize,
    ) -> Option<(Date, &'static str)> {
        let words: Vec<u64> = after
            .into_iter()
            .flat_map(|a| a + 1..(a + 5).min(doc.tokens.len()))
            .filter(|&j| doc.is_word(j) && !doc.cap(j))
            .map(|j| doc.key(j))
            .collect();
        let floor = Self::token_at(doc, before_byte).saturating_sub(120);
        for j in (floor..Self::token_at(doc, before_byte)).rev() {
            if !words.contains(&doc.key(j)) {
                continue;
            }
            let near = doc
                .tokens
                .get(j + 1)
                .map_or(usize::MAX, |t| t.start as usize);
            let limit = doc.tokens.get(j + 4).map_or(usize::MAX, |t| t.end as usize);
            let found = self.phrases_between(doc, near, limit.max(near));
            if let Some(p) = found.first() {
                if let Some((d, _)) = self.resolve(doc, p, false) {
                    return Some((d.latest, "the date of that event"));
                }
            }
        }
        let earlier = self
            .phrases_before(doc, before_byte)
            .filter(|p| !Self::bound(doc, p))
            .find_map(|p| self.resolve(doc, &p, false));
        match earlier {
            Some((d, _)) => Some((d.latest, "the nearest earlier date")),
            None => Some((self.published.as_ref()?.latest, "the publication date")),
        }
    }

    /// The date a phrase stands for, with its rank (0 printed, 1 relative).
    fn resolve(&self, doc: &Doc, p: &DatePhrase, future: bool) -> Option<(DateInterval, u8)> {
        let printed = doc.text.get(p.span.range()).unwrap_or("");
        if let Some(d) = p.value.to_interval(&format!("printed: {printed}")) {
            return Some((d, 0));
        }
        let pubd = self.published.as_ref().map(|d| d.latest);
        // A date without a year is the last such date on or before publication (the next one
        // after it for plans); without a publication date, the nearest earlier printed date
        // gives the year.
        let (anchor, from_what) = match pubd {
            Some(d) => (Some(d), "the publication date"),
            None => (
                self.anchor_before(doc, p.span.start()).map(|(_, l)| l),
                "the nearest earlier date",
            ),
        };
        // A past date in a sentence about an earlier year takes that year: "In 2023, talks
        // were held in Mexico City in February".
        let (anchor, from_what) = match (future, self.earlier_year(doc, p, anchor)) {
            (false, Some(y)) => (Date::new(y, 12, 31), "the year printed before it"),
            _ => (anchor, from_what),
        };
        match p.value {
            PhraseValue::Day {
                year: None,
                month,
                day,
                ..
            } => {
                let anchor = anchor?;
                let y = anchor.year();
                let mut d = Date::new(y, month, day)?;
                if !future && d > anchor {
                    d = Date::new(y - 1, month, day)?;
                } else if future && d.day_number() < anchor.day_number() - 183 {
                    // A plan is for the nearest such day: one just before publication is a
                    // plan the news overtook, one half a year back is next year's.
                    d = Date::new(y + 1, month, day)?;
                }
                Some((
                    DateInterval::day(d, format!("{printed}, year from {from_what}")),
                    1,
                ))
            }
            PhraseValue::Month {
                year: None,
                month,
                part,
            } => {
                let anchor = anchor?;
                let mut y = anchor.year();
                if !future && month > anchor.month() {
                    y -= 1;
                } else if future && month < anchor.month() {
                    y += 1;
                }
                let v = PhraseValue::Month {
                    year: Some(y),
                    month,
                    part,
                };
                let mut d = v.to_interval(&format!("{printed}, year from {from_what}"))?;
                // A past month that is still running ends at publication.
                if !future && d.latest > anchor && d.earliest <= anchor {
                    d.latest = anchor;
                }
                Some((d, 1))
            }
            PhraseValue::Weekday(w) => {
                let Some(anchor) = pubd else {
                    // "on Thursday" of an unknown week: as much as the tenures say.
                    return self.tenures.clone().map(|t| (t, 1));
                };
                let diff = (anchor.weekday().index() - w.index()).rem_euclid(7);
                let day = if future {
                    let ahead = (w.index() - anchor.weekday().index()).rem_euclid(7);
                    anchor.add_days(if ahead == 0 { 7 } else { ahead })
                } else {
                    anchor.add_days(-diff)
                };
                Some((
                    DateInterval::day(
                        day,
                        format!("relative to the publication date: on {printed}"),
                    ),
                    1,
                ))
            }
            _ => None,
        }
    }

    /// "yesterday", "last week", "earlier this month", "a day earlier", "two days later".
    fn relative(&self, doc: &Doc, from: usize, to: usize, future: bool) -> Option<DateInterval> {
        let start = doc.tokens.get(from).map_or(0, |t| t.start as usize);
        let pubd = self.published.as_ref().map(|d| d.latest);
        let w = |i: usize| doc.tokens.get(i).map(|t| t.key).unwrap_or(0);
        for i in from..to {
            if doc.cl(i) & lx::RELATIVE == 0 {
                continue;
            }
            let k = w(i);
            let phrase = |a: usize, b: usize| {
                let s = doc.tokens.get(a).map(|t| t.start as usize).unwrap_or(0);
                let e = doc.tokens.get(b).map(|t| t.end as usize).unwrap_or(s);
                doc.text.get(s..e).unwrap_or("").to_string()
            };
            let from_pub = |d: Date, text: String| {
                DateInterval::day(d, format!("relative to the publication date: {text}"))
            };
            if k == k!("yesterday") {
                return Some(from_pub(pubd?.add_days(-1), phrase(i, i)));
            }
            if k == k!("today") || k == k!("tonight") {
                return Some(from_pub(pubd?, phrase(i, i)));
            }
            if k == k!("tomorrow") {
                return Some(from_pub(pubd?.add_days(1), phrase(i, i)));
            }
            let prev = if i > from { w(i - 1) } else { 0 };
            let prev2 = if i > from + 1 { w(i - 2) } else { 0 };
            // "over the weekend", "last weekend": the Saturday and Sunday before publication
            // (after it for plans: "this weekend", "next weekend").
            if k == k!("weekend") {
                let anchor = pubd?;
                let back = (anchor.weekday().index() - 5).rem_euclid(7);
                let sat = if future || prev == k!("next") {
                    anchor.add_days((5 - anchor.weekday().index()).rem_euclid(7))
                } else {
                    anchor.add_days(-back)
                };
                let text = phrase(i.saturating_sub(1), i);
                return Some(DateInterval {
                    earliest: sat,
                    latest: sat.add_days(1).min(if future {
                        sat.add_days(1)
                    } else {
                        anchor.max(sat)
                    }),
                    precision: Precision::Range,
                    basis: format!("relative to the publication date: {text}"),
                });
            }
            // "the day before", "the next day", "the following day": from the last date given.
            if k == k!("day") && prev == k!("the")
                || k == k!("day") && [k!("next"), k!("following"), k!("previous")].contains(&prev)
            {
                let next = w(i + 1);
                let sign = if [k!("next"), k!("following")].contains(&prev) {
                    1
                } else if prev == k!("previous") || next == k!("before") {
                    -1
                } else if next == k!("after") {
                    1
                } else {
                    0
                };
                if sign != 0 {
                    let (anchor, what) = self.event_anchor(doc, None, start)?;
                    return Some(DateInterval::day(
                        anchor.add_days(sign),
                        format!("relative to {what}: {}", phrase(i.saturating_sub(1), i + 1)),
                    ));
                }
            }
            let unit = if k == k!("week") {
                Some(Unit::Week)
            } else if k == k!("month") {
                Some(Unit::Month)
            } else if k == k!("year") {
                Some(Unit::Year)
            } else {
                None
            };
            if let Some(u) = unit {
                let which = if prev == k!("last") || prev == k!("past") {
                    Some(-1)
                } else if prev == k!("this") {
                    Some(0)
                } else if prev == k!("next") || prev == k!("coming") {
                    Some(1)
                } else {
                    None
                };
                if let Some(n) = which {
                    let anchor = pubd?;
                    let earlier = prev2 == k!("earlier");
                    let text = phrase(if earlier { i - 2 } else { i - 1 }, i);
                    let mut d = period(
                        anchor,
                        u,
                        n,
                        &format!("relative to the publication date: {text}"),
                    )?;
                    // "this week" runs to the publication date for a past event; "earlier this
                    // week" stops the day before; "later this week" starts the day after.
                    if n == 0 {
                        let later = prev2 == k!("later");
                        if later || future {
                            d.earliest = d.earliest.max(anchor.add_days(if later { 1 } else { 0 }));
                        } else {
                            d.latest = if earlier { anchor.add_days(-1) } else { anchor };
                        }
                        if d.latest < d.earliest {
                            d.latest = d.earliest;
                        }
                    }
                    return Some(d);
                }
            }
            // "a day earlier", "two days later", "days after": from the nearest earlier date.
            if k == k!("day") || k == k!("days") || k == k!("week") || k == k!("weeks") {
                let next = w(i + 1);
                let sign = if next == k!("earlier") || next == k!("before") || next == k!("ago") {
                    -1
                } else if next == k!("later") || next == k!("after") {
                    1
                } else {
                    continue;
                };
                let count = count_word(doc.word(i.saturating_sub(1)));
                let per = if k == k!("week") || k == k!("weeks") {
                    7
                } else {
                    1
                };
                let (anchor, what) = if next == k!("ago") {
                    (pubd?, "the publication date")
                } else if next == k!("after") || next == k!("before") {
                    self.event_anchor(doc, Some(i + 1), start)?
                } else {
                    // "a day earlier", "two days later": from the last date the text gave.
                    self.event_anchor(doc, None, start)?
                };
                let text = phrase(i.saturating_sub(1), i + 1);
                let basis = format!("relative to {what}: {text}");
                return Some(match count {
                    Some(n) => DateInterval::day(anchor.add_days(sign * n * per), basis),
                    None => {
                        // "days after": a few days, up to about a week.
                        let (a, b) = if sign > 0 {
                            (1, 9 * per)
                        } else {
                            (-9 * per, -1)
                        };
                        DateInterval {
                            earliest: anchor.add_days(a),
                            latest: anchor.add_days(b),
                            precision: Precision::Range,
                            basis,
                        }
                    }
                });
            }
        }
        None
    }
}

/// The date phrases of sentence `si`, if it can hold one: a month or weekday name, or a
/// four-digit number (a year, or part of "2024-01-15" or "15/01/2024").
fn scan(doc: &Doc, si: usize) -> Vec<DatePhrase> {
    let mut out = Vec::new();
    if let Some(s) = doc.sentences.get(si) {
        let dated = doc.tokens[s.first..s.last]
            .iter()
            .zip(&doc.cls[s.first..s.last])
            .any(|(t, &c)| {
                c & lx::DATE_WORD != 0 || t.kind == Kind::Number && t.end - t.start == 4
            });
        if !dated {
            return out;
        }
        let Some(text) = doc.text.get(s.start..s.end) else {
            return out;
        };
        for mut p in datephrase::scan(text) {
            p.span = crate::model::Span::new(p.span.start() + s.start, p.span.end() + s.start);
            out.push(p);
        }
    }
    out
}

/// Whether a clause speaks in the present ("stands ready", "is willing", "says it will"), not
/// of the past ("has offered", "had accepted", "offered").
fn present_tense(doc: &Doc, from: usize, to: usize) -> bool {
    const PRESENT: [&str; 16] = [
        "is",
        "are",
        "am",
        "stands",
        "remains",
        "says",
        "offers",
        "welcomes",
        "rejects",
        "accepts",
        "seeks",
        "wants",
        "hopes",
        "asks",
        "urges",
        "continues",
    ];
    let mut present = false;
    for i in from..to {
        let t = &doc.tokens[i];
        if !t.is_word() {
            continue;
        }
        let w = doc.word(i);
        if doc.cl(i) & lx::PAST != 0 || matches!(w, "has" | "have" | "had") {
            return false;
        }
        if PRESENT.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            present = true;
        }
    }
    present
}

#[derive(Clone, Copy)]
enum Unit {
    Week,
    Month,
    Year,
}

fn period(anchor: Date, u: Unit, n: i32, basis: &str) -> Option<DateInterval> {
    match u {
        Unit::Week => {
            let monday = anchor.add_days(-anchor.weekday().index() + 7 * n);
            Some(DateInterval {
                earliest: monday,
                latest: monday.add_days(6),
                precision: Precision::Week,
                basis: basis.into(),
            })
        }
        Unit::Month => {
            let m = anchor.year() * 12 + anchor.month() as i32 - 1 + n;
            DateInterval::month(m.div_euclid(12), (m.rem_euclid(12) + 1) as u8, basis)
        }
        Unit::Year => DateInterval::year(anchor.year() + n, basis),
    }
}

/// "two days of talks", "a three-day visit" with the day they ended or began: the number of
/// days (2 to 14) and whether the date given is the end.
fn lasted(doc: &Doc, from: usize, to: usize) -> Option<(i32, bool)> {
    let days = (from..to).find_map(|i| {
        let n = count_word(doc.word(i))?;
        let unit = if doc.tokens.get(i + 1)?.kind == Kind::Hyphen {
            i + 2
        } else {
            i + 1
        };
        [k!("day"), k!("days")]
            .contains(&doc.key(unit))
            .then_some(n)
            .filter(|n| (2..=14).contains(n))
    })?;
    let ending = (from..to).any(|i| doc.cl(i) & lx::END != 0);
    let starting = (from..to).any(|i| {
        [
            k!("began"),
            k!("begins"),
            k!("opened"),
            k!("opens"),
            k!("started"),
        ]
        .contains(&doc.key(i))
    });
    (ending != starting).then_some((days, ending))
}

fn count_word(w: &str) -> Option<i32> {
    let w = w.to_ascii_lowercase();
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return w.parse().ok().filter(|n| (1..=365).contains(n)),
    })
}

/// The overlap of the tenures of the officeholders the article names in office (not those named
/// as former), in text order; a tenure that would empty the overlap is left out.
fn tenure_overlap(doc: &Doc, today: Option<Date>) -> Option<DateInterval> {
    let r = reference();
    let open_end = today.or_else(|| {
        r.terms
            .iter()
            .flat_map(|t| [Some(t.start), t.end])
            .flatten()
            .max()
    })?;
    let mut lo: Option<Date> = None;
    let mut hi: Option<Date> = None;
    let mut named = Vec::new();
    let mut seen = vec![false; doc.found.people.len()];
    for e in &doc.found.ents {
        let Some(k) = e.person else { continue };
        if seen.get(k).is_none_or(|&s| s) {
            continue;
        }
        seen[k] = true;
        let p = &doc.found.people[k];
        let Some(name) = p.reference else { continue };
        if p.former {
            continue;
        }
        let terms: Vec<_> = super::entities::terms_of(name)
            .filter(|t| p.office.is_none_or(|o| !p.titled || t.office == o))
            .filter(|t| p.country.is_none_or(|c| t.country == c))
            .collect();
        let Some(start) = terms.iter().map(|t| t.start).min() else {
            continue;
        };
        let end = terms
            .iter()
            .map(|t| t.end.unwrap_or(open_end))
            .max()
            .unwrap_or(open_end);
        let new_lo = lo.map_or(start, |l| l.max(start));
        let new_hi = hi.map_or(end, |h| h.min(end));
        if new_lo > new_hi {
            continue;
        }
        lo = Some(new_lo);
        hi = Some(new_hi);
        let t = terms[0];
        let place = r.display_name(t.country).unwrap_or(t.country);
        named.push(format!("{} ({} of {})", name, t.office, place));
    }
    let (earliest, latest) = (lo?, hi?);
    Some(DateInterval {
        earliest,
        latest,
        precision: Precision::Range,
        basis: format!("tenures of the officeholders named: {}", named.join(", ")),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{extract, ExtractOptions};
    use crate::date::{Date, DateInterval};
    use crate::model::Article;

    /// The date of the first event of a one-paragraph article published on `published`.
    fn first_event_date(published: Option<&str>, text: &str) -> Option<(String, String)> {
        let mut a = Article {
            text: text.to_string(),
            ..Article::default()
        };
        a.published = published.map(|p| DateInterval::day(Date::parse_iso(p).unwrap(), "test"));
        let today = Date::new(2026, 1, 1);
        extract(&mut a, &ExtractOptions { today });
        let e = a.events.first()?;
        let d = e.date.as_ref()?;
        Some((d.earliest.to_string(), d.latest.to_string()))
    }

    #[test]
    fn event_dates_follow_the_conventions() {
        let ctx = "Tensions between Egypt and Ethiopia rose. ";
        // Published on Thursday 2025-10-30.
        let p = Some("2025-10-30");
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Kenya offered to mediate on Tuesday.",
                Some(("2025-10-28", "2025-10-28")),
            ),
            (
                "Kenya offered to mediate yesterday.",
                Some(("2025-10-29", "2025-10-29")),
            ),
            (
                "Kenya offered to mediate last week.",
                Some(("2025-10-20", "2025-10-26")),
            ),
            (
                "Kenya offered to mediate earlier this week.",
                Some(("2025-10-27", "2025-10-29")),
            ),
            (
                "Kenya offered to mediate earlier this month.",
                Some(("2025-10-01", "2025-10-29")),
            ),
            (
                "Kenya offered to mediate in June.",
                Some(("2025-06-01", "2025-06-30")),
            ),
            (
                "Kenya offered to mediate in late April.",
                Some(("2025-04-21", "2025-04-30")),
            ),
            (
                "Kenya offered to mediate on March 3, 2024.",
                Some(("2024-03-03", "2024-03-03")),
            ),
            (
                "Kenya offered to mediate in early 2023.",
                Some(("2023-01-01", "2023-04-30")),
            ),
            (
                "Kenya hosted talks between them in 2021 and 2022.",
                Some(("2021-01-01", "2022-12-31")),
            ),
            (
                "In 2023, Kenya hosted talks between them in February.",
                Some(("2023-02-01", "2023-02-28")),
            ),
            (
                "The two sides held talks in Nairobi on Monday and Tuesday, hosted by Kenya.",
                Some(("2025-10-27", "2025-10-28")),
            ),
            (
                "Talks hosted by Kenya began on Monday and ended on Wednesday.",
                Some(("2025-10-27", "2025-10-29")),
            ),
            (
                "Kenya hosted two rounds of talks between them in July and August.",
                Some(("2025-07-01", "2025-08-31")),
            ),
            (
                "Egypt and Ethiopia ended two days of talks hosted by Kenya on Tuesday.",
                Some(("2025-10-27", "2025-10-28")),
            ),
            (
                "Kenya hosted talks between them in Nairobi, which ended on Tuesday.",
                Some(("2025-10-28", "2025-10-28")),
            ),
            (
                "Egypt and Ethiopia agreed on Tuesday to a truce starting on Sunday, after talks \
                 mediated by Kenya.",
                Some(("2025-10-28", "2025-10-28")),
            ),
            (
                "Kenya will host talks between them on Sunday.",
                Some(("2025-11-02", "2025-11-02")),
            ),
            (
                "Kenya will host talks between them next week.",
                Some(("2025-11-03", "2025-11-09")),
            ),
            (
                "Kenya will host talks between them next month.",
                Some(("2025-11-01", "2025-11-30")),
            ),
            (
                "Kenya will host talks between them in January.",
                Some(("2026-01-01", "2026-01-31")),
            ),
            (
                "Kenya stands ready to mediate.",
                Some(("2025-10-30", "2025-10-30")),
            ),
            (
                "Kenya will host talks between them by November 15.",
                Some(("2025-10-30", "2025-11-15")),
            ),
            ("Kenya has repeatedly offered to mediate.", None),
        ];
        let mut wrong = Vec::new();
        for (text, want) in cases {
            let got = first_event_date(p, &format!("{ctx}{text}"));
            let want = want.map(|(a, b)| (a.to_string(), b.to_string()));
            if got != want {
                wrong.push(format!("{text}: want {want:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn without_a_publication_date_tenures_bound_the_present() {
        // Hossein Amir-Abdollahian was Iran's foreign minister from 2021-08-25 to 2024-05-19.
        let text = "Tensions between Pakistan and India rose. Iranian Foreign Minister Hossein \
                    Amir-Abdollahian said on Saturday that Iran stands ready to mediate.";
        assert_eq!(
            first_event_date(None, text),
            Some(("2021-08-25".to_string(), "2024-05-19".to_string()))
        );
    }
}
