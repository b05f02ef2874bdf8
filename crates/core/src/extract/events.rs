//! Mediation events, read sentence by sentence.
//!
//! Each sentence is cut into clauses (at "after", "while", "but", a relative "which" that runs to
//! the end, a semicolon...). A clause is about mediation when it has a *cue*: a mediation verb or
//! noun ("brokered", "mediator", "good offices", "go-between"), "hosted talks", "with X's
//! support" for talks, or an offer to help both sides. Its *status* comes from the words around
//! the cue: the first of reject > accept > request > offer, else fail > agree > schedule > held.
//! A negated, modal, conditional or speculative cue ("has not offered", "could mediate", "may seek
//! to emphasise its role as a mediator") gives nothing.
//!
//! Mediators are the agent of the cue ("by Qatar", "Qatar-brokered", "under Egypt's auspices",
//! "with Turkish and Qatari support", "Iran's offer", "Iranian mediation", "asked China to
//! mediate") or else the clause's subject, a pronoun resolved to the last actor named. Parties are
//! "between A and B", "the A-B dispute", the subject of an acceptance, rejection or request, or
//! else the article's main pair.
//!
//! Talks named by their venue ("the Istanbul talks collapsed") are tied to the mediators that an
//! earlier or later sentence gave them ("mediated by Türkiye in Istanbul"), so their outcome is
//! an event too. Restatements of the same mediators, parties and status merge into the first.

use super::dates::Dating;
use super::lexicon::{self as lx, Class};
use super::pairs::{coordinated, Pair};
use super::text::{key, Kind, Sentence};
use super::Doc;
use crate::model::{MediationEvent, MentionKind, Span, Status};

/// A clause: tokens `from..to` of one sentence.
#[derive(Clone, Copy, Debug)]
struct Clause {
    sentence: usize,
    from: usize,
    to: usize,
}

/// What one clause says, before fallbacks are applied.
#[derive(Clone, Debug)]
struct Candidate {
    clause: Clause,
    status: Status,
    /// Groups of mediators; several groups are several events ("by Qatar in Doha and then by
    /// Türkiye in Istanbul").
    groups: Vec<Group>,
    parties: Vec<&'static str>,
    /// Pairs joined by "and" in the clause ("Congo and Rwanda signed"): parties unless they are
    /// the mediators.
    coords: Vec<(&'static str, &'static str)>,
    /// The clause's subject when it is a party (who accepts, rejects or requests).
    subject_party: Option<&'static str>,
    /// Whether the cue refers back ("the offer", "the mediation") so earlier mediators apply.
    anaphoric: bool,
    /// Whether only an earlier offer can supply the mediators ("the offer was extended").
    only_offer: bool,
    /// The token that decided the status.
    at: usize,
}

#[derive(Clone, Debug, Default)]
struct Group {
    mediators: Vec<&'static str>,
    venue: Option<u64>,
}

fn has(c: Class, bits: Class) -> bool {
    c & bits != 0
}

/// Every mediation event of the article, in the order of its evidence.
pub fn events(doc: &Doc, pairs: &[Pair], dating: &Dating) -> Vec<MediationEvent> {
    let mut candidates: Vec<Candidate> = Vec::new();
    // Venue key -> mediators, learned from every cue clause before any is resolved, so a
    // sentence may name talks by their venue before the one that says who mediated them.
    let mut venues: Vec<(u64, Vec<&'static str>)> = Vec::new();
    let mut talk_clauses: Vec<(Clause, u64)> = Vec::new();
    let mut last_venue: Option<u64> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        let headline = s.start < doc.body;
        let question = doc
            .tokens
            .get(s.last.saturating_sub(1))
            .is_some_and(|t| t.kind == Kind::Question)
            || doc
                .tokens
                .get(s.last.saturating_sub(2))
                .is_some_and(|t| t.kind == Kind::Question);
        for clause in clauses(doc, si, s) {
            let venue = clause_venue(doc, clause);
            match read_clause(doc, clause) {
                Some(mut c) if !question && !headline => {
                    let definite = starts_definite(doc, clause);
                    for g in &mut c.groups {
                        if g.venue.is_none() {
                            g.venue = venue.or(if definite { last_venue } else { None });
                        }
                        if let Some(v) = g.venue {
                            if !g.mediators.is_empty() {
                                match venues.iter_mut().find(|(k, _)| *k == v) {
                                    Some((_, m)) => merge_ids(m, &g.mediators),
                                    None => venues.push((v, g.mediators.clone())),
                                }
                            }
                        }
                    }
                    candidates.push(c);
                }
                Some(_) | None if headline || question => {}
                Some(_) => {}
                None => {
                    if let Some(v) = venue.or(if starts_definite(doc, clause) {
                        last_venue
                    } else {
                        None
                    }) {
                        talk_clauses.push((clause, v));
                    }
                }
            }
            if venue.is_some() {
                last_venue = venue;
            }
        }
    }
    // Clauses about talks known by their venue: "the Istanbul talks ultimately collapsed".
    for (clause, v) in talk_clauses {
        let Some((_, mediators)) = venues.iter().find(|(k, _)| *k == v) else {
            continue;
        };
        let Some((status, at)) = outcome(doc, clause) else {
            continue;
        };
        if blocked(doc, clause, at, status) {
            continue;
        }
        candidates.push(Candidate {
            clause,
            status,
            groups: vec![Group {
                mediators: mediators.clone(),
                venue: Some(v),
            }],
            parties: clause_parties(doc, clause),
            coords: coordinations(doc, clause),
            subject_party: None,
            anaphoric: false,
            only_offer: false,
            at,
        });
    }
    candidates.sort_by_key(|c| (c.clause.from, c.at));
    resolve(doc, candidates, pairs, dating)
}

fn merge_ids(into: &mut Vec<&'static str>, from: &[&'static str]) {
    for id in from {
        if !into.contains(id) {
            into.push(id);
        }
    }
    into.sort();
}

/// Fills in missing mediators and parties, drops what is still incomplete, dates and merges.
fn resolve(
    doc: &Doc,
    candidates: Vec<Candidate>,
    pairs: &[Pair],
    dating: &Dating,
) -> Vec<MediationEvent> {
    let mut out: Vec<MediationEvent> = Vec::new();
    // How each event's date was found (see `Dating::event_date`): lower is more direct.
    let mut ranks: Vec<u8> = Vec::new();
    let mut last_offer: Option<Vec<&'static str>> = None;
    let mut last_any: Option<Vec<&'static str>> = None;
    let mut last_parties: Option<Vec<&'static str>> = None;
    for c in candidates {
        for g in &c.groups {
            let mut mediators = g.mediators.clone();
            if mediators.is_empty() && c.anaphoric {
                let back = if c.only_offer {
                    last_offer.as_ref()
                } else if matches!(
                    c.status,
                    Status::Offered | Status::Accepted | Status::Rejected
                ) {
                    last_offer.as_ref().or(last_any.as_ref())
                } else {
                    last_any.as_ref()
                };
                if let Some(m) = back {
                    mediators = m.clone();
                }
            }
            if mediators.is_empty() {
                continue;
            }
            mediators.sort();
            mediators.dedup();
            let mut parties: Vec<&'static str> = c
                .parties
                .iter()
                .copied()
                .filter(|p| !mediators.contains(p))
                .collect();
            if parties.len() < 2 {
                if let Some(&(a, b)) = c
                    .coords
                    .iter()
                    .find(|(a, b)| !mediators.contains(a) && !mediators.contains(b))
                {
                    parties = vec![a, b];
                }
            }
            if parties.len() < 2 {
                let anchor = c
                    .subject_party
                    .filter(|p| !mediators.contains(p))
                    .or(parties.first().copied());
                let main = pairs
                    .iter()
                    .find(|p| {
                        !mediators.iter().any(|m| p.has(m)) && anchor.is_none_or(|a| p.has(a))
                    })
                    .map(|p| vec![p.0, p.1])
                    .or_else(|| {
                        last_parties.clone().filter(|ps| {
                            !ps.iter().any(|p| mediators.contains(p))
                                && anchor.is_none_or(|a| ps.contains(&a))
                        })
                    });
                match (main, anchor) {
                    (Some(m), _) => parties = m,
                    (None, _) => continue,
                }
            }
            parties.sort();
            parties.dedup();
            if parties.len() < 2 {
                continue;
            }
            let s = doc.sentences[c.clause.sentence];
            let (start, end) = trimmed(doc.text, s.start, s.end);
            let (date, rank) = dating.event_date(doc, c.clause.from, c.clause.to, c.status);
            if c.status == Status::Offered {
                last_offer = Some(mediators.clone());
            }
            last_any = Some(mediators.clone());
            last_parties = Some(parties.clone());
            let mediators: Vec<String> = mediators.iter().map(|m| m.to_string()).collect();
            let parties: Vec<String> = parties.iter().map(|m| m.to_string()).collect();
            if let Some(k) = out.iter().position(|e| {
                e.status == c.status && e.mediators == mediators && e.parties == parties
            }) {
                if better(date.as_ref(), rank, out[k].date.as_ref(), ranks[k]) {
                    out[k].date = date;
                    ranks[k] = rank;
                }
                continue;
            }
            ranks.push(rank);
            out.push(MediationEvent {
                kind: "mediation".into(),
                mediators,
                parties,
                status: c.status,
                cameo: c.status.cameo().into(),
                date,
                evidence: doc.text.get(start..end).unwrap_or("").to_string(),
                span: Span::new(start - doc.body, end - doc.body),
            });
        }
    }
    out
}

/// Whether date `a` (found with rank `ra`) should replace `b` for a restated event: a date the
/// text states beats one inferred, then the narrower interval wins.
fn better(
    a: Option<&crate::date::DateInterval>,
    ra: u8,
    b: Option<&crate::date::DateInterval>,
    rb: u8,
) -> bool {
    match (a, b) {
        (Some(_), None) => true,
        (Some(a), Some(b)) => {
            let wa = a.latest.day_number() - a.earliest.day_number();
            let wb = b.latest.day_number() - b.earliest.day_number();
            ra < rb || ra == rb && wa < wb
        }
        _ => false,
    }
}

fn trimmed(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text.get(start..end).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, end - trail)
}

/// The clauses of a sentence. A relative clause closed by a comma (", which began on Monday,")
/// stays inside its clause; one that runs to the end starts a new clause.
fn clauses(doc: &Doc, si: usize, s: &Sentence) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut from = s.first;
    let mut i = s.first;
    while i < s.last {
        let t = &doc.tokens[i];
        let c = doc.cls[i];
        let mut split = false;
        if matches!(t.kind, Kind::Semicolon | Kind::Dash) {
            split = true;
        } else if t.is_word() && has(c, lx::CLAUSE) && i > from {
            let w = doc.word(i).to_ascii_lowercase();
            let relative = matches!(w.as_str(), "which" | "who" | "whom" | "where");
            let yet_to = w == "yet" && doc.tokens.get(i + 1).is_some_and(|t| t.key == key("to"));
            let comma_before = i > 0 && doc.tokens[i - 1].kind == Kind::Comma;
            if yet_to {
                split = false;
            } else if relative && comma_before {
                // Parenthetical if another comma closes it before the sentence ends.
                let closes = (i + 1..s.last).any(|j| doc.tokens[j].kind == Kind::Comma);
                split = !closes;
            } else {
                split = true;
            }
        }
        if split {
            if i > from {
                out.push(Clause {
                    sentence: si,
                    from,
                    to: i,
                });
            }
            from = if matches!(t.kind, Kind::Semicolon | Kind::Dash) {
                i + 1
            } else {
                i
            };
        }
        i += 1;
    }
    if from < s.last {
        out.push(Clause {
            sentence: si,
            from,
            to: s.last,
        });
    }
    out
}

fn starts_definite(doc: &Doc, c: Clause) -> bool {
    (c.from..c.to.min(c.from + 3)).any(|i| {
        let w = doc.tokens[i].key;
        w == key("the") || w == key("these") || w == key("their") || w == key("those")
    })
}

/// The venue of talks the clause names: "talks in Doha", "the Istanbul talks", "Doha", as the key
/// of the place's word.
fn clause_venue(doc: &Doc, c: Clause) -> Option<u64> {
    let has_talks = (c.from..c.to).any(|i| has(doc.cls[i], lx::TALKS));
    if !has_talks {
        return None;
    }
    for i in c.from..c.to {
        let t = &doc.tokens[i];
        if !t.is_word() || !t.cap() || t.initial() {
            continue;
        }
        let prev = if i > c.from { doc.cls[i - 1] } else { 0 };
        let next = doc.cls.get(i + 1).copied().unwrap_or(0);
        let in_place = has(prev, lx::LOCATIVE) && doc.tokens[i - 1].key != key("within");
        let names_talks =
            has(next, lx::TALKS) && doc.tokens.get(i + 1).is_some_and(|n| n.is_word());
        if (in_place || names_talks) && doc.cls[i] == 0 {
            // A state named as a place is a venue too, but a state before "talks" is a party
            // ("Iran talks"), unless it is a capital.
            let ent = doc.found.ents.iter().find(|e| e.first <= i && i < e.last);
            match ent {
                Some(e) if e.kind == MentionKind::Country && !e.venue && !in_place => continue,
                Some(e) if e.kind == MentionKind::Person => continue,
                _ => return Some(t.key),
            }
        }
    }
    None
}

/// Where the cue of a clause is, and what kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Verb,
    Noun,
    Host,
    Support,
    Help,
    /// "the offer", "their proposal": an earlier offer of mediation, restated.
    Anaphor,
}

fn find_cue(doc: &Doc, c: Clause) -> Option<(usize, Cue)> {
    let within = |from: usize, to: usize, bits: Class| {
        (from.max(c.from)..to.min(c.to)).any(|j| has(doc.cls[j], bits))
    };
    for i in c.from..c.to {
        let cl = doc.cls[i];
        if cl == 0 || !doc.tokens[i].is_word() {
            continue;
        }
        let w = doc.tokens[i].key;
        if has(cl, lx::CUE_NOUN) {
            if w == key("sponsorship") && !within(i.saturating_sub(4), i + 5, lx::TALKS) {
                continue;
            }
            return Some((i, Cue::Noun));
        }
        if has(cl, lx::CUE_VERB) {
            let weak = [
                key("facilitate"),
                key("facilitates"),
                key("facilitated"),
                key("facilitating"),
                key("sponsored"),
                key("shuttled"),
                key("shuttling"),
                key("arbitrate"),
                key("arbitrated"),
                key("arbitrating"),
            ];
            if weak.contains(&w) {
                let messages =
                    (i + 1..(i + 4).min(c.to)).any(|j| doc.tokens[j].key == key("messages"));
                if !(within(i + 1, i + 5, lx::TALKS | lx::BETWEEN)
                    || within(i.saturating_sub(4), i, lx::TALKS)
                    || messages)
                {
                    continue;
                }
            }
            return Some((i, Cue::Verb));
        }
        if has(cl, lx::HOST) {
            let talks = within(i.saturating_sub(4), i + 5, lx::TALKS);
            let between = within(i + 1, c.to, lx::BETWEEN);
            let support = (i + 1..c.to)
                .any(|j| has(doc.cls[j], lx::SUPPORT) && doc.tokens[j].key != key("role"));
            let by = doc.tokens.get(i + 1).is_some_and(|t| t.key == key("by"));
            if talks && (between || support || by && within(i.saturating_sub(4), i, lx::TALKS)) {
                return Some((i, Cue::Host));
            }
        }
        // "good offices", "shuttle diplomacy".
        if w == key("good")
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.key == key("offices"))
        {
            return Some((i, Cue::Noun));
        }
        if w == key("shuttle")
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.key == key("diplomacy"))
        {
            return Some((i, Cue::Noun));
        }
        // "with Turkish and Qatari support", "with Egypt's help" for talks.
        if has(cl, lx::WITH) && within(c.from, c.to, lx::TALKS) {
            if let Some(j) = (i + 1..(i + 8).min(c.to))
                .find(|&j| has(doc.cls[j], lx::SUPPORT) && doc.tokens[j].key != key("role"))
            {
                let ents = doc.ents_in(i + 1, j);
                if ents
                    .clone()
                    .any(|k| doc.actor(&doc.found.ents[k]).is_some())
                {
                    return Some((j, Cue::Support));
                }
            }
        }
        // "ready to help both sides", "offered to help resolve the dispute".
        if has(cl, lx::OFFER) && w != key("initiative") {
            if let Some(j) = (i + 1..(i + 6).min(c.to)).find(|&j| has(doc.cls[j], lx::HELP)) {
                let both = within(j, c.to, lx::BOTH | lx::BETWEEN | lx::DISPUTE);
                if both {
                    return Some((j, Cue::Help));
                }
            }
        }
    }
    let offer_nouns = [key("offer"), key("proposal")];
    let definite = [
        key("the"),
        key("this"),
        key("that"),
        key("their"),
        key("its"),
        key("his"),
        key("her"),
    ];
    (c.from + 1..c.to)
        .find(|&i| {
            offer_nouns.contains(&doc.tokens[i].key) && definite.contains(&doc.tokens[i - 1].key)
        })
        .map(|i| (i, Cue::Anaphor))
}

/// The status signals of a clause, with the token that gave each.
fn status_of(doc: &Doc, c: Clause, cue: usize, kind: Cue) -> Option<(Status, usize)> {
    let mut reject = None;
    let mut accept = None;
    let mut request = None;
    let mut offer = None;
    let mut fail = None;
    let mut agree = None;
    let mut schedule = None;
    let t = |i: usize| doc.tokens.get(i).map(|t| t.key).unwrap_or(0);
    let first = |slot: &mut Option<usize>, i: usize| {
        if slot.is_none() {
            *slot = Some(i);
        }
    };
    for i in c.from..c.to {
        let cl = doc.cls[i];
        if cl == 0 {
            continue;
        }
        let w = t(i);
        if has(cl, lx::REJECT) && (w != key("ruled") || t(i + 1) == key("out")) {
            first(&mut reject, i);
        }
        if has(cl, lx::ACCEPT) {
            first(&mut accept, i);
        }
        if (w == key("agreed") || w == key("agree") || w == key("agrees")) && t(i + 1) == key("to")
        {
            // "agreed to Qatari mediation" accepts; "agreed to a ceasefire" concludes.
            let next_cue = (i + 2..(i + 6).min(c.to))
                .any(|j| has(doc.cls[j], lx::CUE_NOUN | lx::CUE_VERB | lx::OFFER));
            if next_cue {
                first(&mut accept, i);
            }
        }
        if has(cl, lx::REQUEST) {
            let seek = [key("seek"), key("seeks"), key("seeking")].contains(&w);
            if !(seek && t(i + 1) == key("to")) && w != key("invitation") {
                first(&mut request, i);
            }
        }
        if has(cl, lx::URGE) {
            // "urged Iran to mediate", "called on Qatar to broker": a request, unless an offer
            // comes between ("called for calm and offered to mediate").
            let upto = (i + 8).min(c.to);
            let cue_after = cue > i && cue < upto;
            let offer_between = (i + 1..cue.min(upto)).any(|j| has(doc.cls[j], lx::OFFER));
            if cue_after && !offer_between {
                first(&mut request, i);
            }
        }
        if has(cl, lx::OFFER) && w != key("initiative") {
            first(&mut offer, i);
        }
        if w == key("initiative") && i > 0 && has(doc.cls[i - 1], lx::CUE_NOUN) {
            first(&mut offer, i);
        }
        if has(cl, lx::FAIL) {
            let particle = |p: &str| t(i + 1) == key(p);
            let ok = match w {
                x if x == key("broke") => particle("down") || particle("off"),
                x if x == key("fell") => particle("apart") || particle("through"),
                x if x == key("walked") => particle("out") || particle("away"),
                _ => true,
            };
            // "stalled talks", "failed negotiations": an adjective, not what happened here.
            let adjective = doc
                .cls
                .get(i + 1)
                .is_some_and(|&n| has(n, lx::TALKS | lx::TALKS_MODIFIER))
                && w != key("breakdown")
                && w != key("collapse");
            if ok && !adjective {
                first(&mut fail, i);
            }
        }
        if has(cl, lx::END) && (i + 1..(i + 3).min(c.to)).any(|j| has(doc.cls[j], lx::WITHOUT)) {
            first(&mut fail, i);
        }
        if has(cl, lx::NEGATION) && w == key("no") {
            let what = t(i + 1);
            if [
                key("results"),
                key("result"),
                key("progress"),
                key("breakthrough"),
                key("agreement"),
                key("deal"),
            ]
            .contains(&what)
            {
                first(&mut fail, i);
            }
        }
        if has(cl, lx::AGREEMENT) {
            let negated = i > c.from && has(doc.cls[i - 1], lx::WITHOUT | lx::NEGATION)
                || i > c.from + 1
                    && has(doc.cls[i - 2], lx::WITHOUT | lx::NEGATION)
                    && has(doc.cls[i - 1], lx::DETERMINER);
            let concluded = (i.saturating_sub(4).max(c.from)..i).any(|j| {
                has(doc.cls[j], lx::CONCLUDE) || (has(doc.cls[j], lx::CUE_VERB) && j == cue)
            }) || (i + 1..(i + 4).min(c.to)).any(|j| has(doc.cls[j], lx::CONCLUDE));
            if concluded && !negated {
                first(&mut agree, i);
            }
        }
        if has(cl, lx::SCHEDULE) {
            let ok = match w {
                x if x == key("will") || x == key("shall") => true,
                x if x == key("set") || x == key("due") || x == key("expected") => {
                    t(i + 1) == key("to") && i > c.from && has(doc.cls[i - 1], lx::AUX)
                }
                x if x == key("next") => {
                    doc.cls.get(i + 1).is_some_and(|&n| has(n, lx::RELATIVE)) || weekday(doc, i + 1)
                }
                x if x == key("later") => t(i + 1) == key("this"),
                x if x == key("plan") || x == key("plans") || x == key("planned") => {
                    t(i + 1) == key("to") || t(i - 1) == key("the")
                }
                x if x == key("tomorrow") => true,
                _ => true,
            };
            if ok {
                first(&mut schedule, i);
            }
        }
        if w == key("would") && reported_future(doc, c, i) {
            first(&mut schedule, i);
        }
    }
    let strong = [
        (reject, Status::Rejected),
        (accept, Status::Accepted),
        (request, Status::Requested),
        (offer, Status::Offered),
    ];
    for (slot, st) in strong {
        if let Some(i) = slot {
            return Some((st, i));
        }
    }
    if let Some(i) = fail {
        return Some((Status::Failed, i));
    }
    if let Some(i) = agree {
        return Some((Status::Agreed, i));
    }
    if let Some(i) = schedule {
        return Some((Status::Scheduled, i));
    }
    // Held: a mediation verb in the past or present ("mediated", "is mediating"), hosted talks,
    // or a mediation noun with talks in the clause ("talks under Qatari mediation").
    let talks = (c.from..c.to).any(|j| has(doc.cls[j], lx::TALKS | lx::HELD));
    match kind {
        Cue::Verb => {
            let w = t(cue);
            let infinitive = cue > c.from && t(cue - 1) == key("to");
            if infinitive && !talks {
                return None;
            }
            let _ = w;
            Some((Status::Held, cue))
        }
        Cue::Host | Cue::Support => Some((Status::Held, cue)),
        Cue::Noun => {
            let held_verb =
                (c.from..c.to).any(|j| has(doc.cls[j], lx::HELD) && has(doc.cls[j], lx::PAST));
            if talks && (held_verb || under_auspices(doc, c)) {
                Some((Status::Held, cue))
            } else {
                None
            }
        }
        Cue::Help | Cue::Anaphor => None,
    }
}

fn weekday(doc: &Doc, i: usize) -> bool {
    crate::date::Weekday::parse(doc.word(i)).is_some()
}

/// "said it would host", "said that they would mediate": a reported future, not a hypothesis.
fn reported_future(doc: &Doc, c: Clause, i: usize) -> bool {
    let mut j = i;
    let mut steps = 0;
    while j > c.from && steps < 3 {
        j -= 1;
        steps += 1;
        if has(doc.cls[j], lx::REPORT) {
            return !modal_exception(doc, i);
        }
        if !(has(doc.cls[j], lx::PRONOUN)
            || doc.tokens[j].key == key("that")
            || doc.found.ents.iter().any(|e| e.first <= j && j < e.last))
        {
            return false;
        }
    }
    false
}

/// "would be willing", "would be ready": a conditional offer is an offer.
fn modal_exception(doc: &Doc, i: usize) -> bool {
    let w = doc.tokens[i].key;
    if w != key("would") && w != key("could") {
        return false;
    }
    let mut j = i + 1;
    if doc.tokens.get(j).is_some_and(|t| t.key == key("be")) {
        j += 1;
    }
    doc.cls.get(j).is_some_and(|&c| has(c, lx::OFFER))
}

fn under_auspices(doc: &Doc, c: Clause) -> bool {
    (c.from..c.to).any(|i| has(doc.cls[i], lx::UNDER | lx::THROUGH))
}

/// Negation, modality, conditions, speculation and denial before the deciding word.
fn blocked(doc: &Doc, c: Clause, at: usize, status: Status) -> bool {
    let from = c.from;
    for j in from..at.min(c.to) {
        let cl = doc.cls[j];
        if cl == 0 {
            continue;
        }
        let w = doc.tokens[j].key;
        let near = at - j <= 4;
        if has(cl, lx::NEGATION) && near && !(w == key("no") && status == Status::Failed) {
            // "not only ... but also" is not a negation.
            if w == key("not") && doc.tokens.get(j + 1).is_some_and(|t| t.key == key("only")) {
                continue;
            }
            return true;
        }
        if w == key("yet") && doc.tokens.get(j + 1).is_some_and(|t| t.key == key("to")) {
            return true;
        }
        if has(cl, lx::WITHOUT) && at - j <= 2 {
            return true;
        }
        if has(cl, lx::MODAL)
            && !modal_exception(doc, j)
            && !(w == key("would") && reported_future(doc, c, j))
        {
            return true;
        }
        if has(cl, lx::CONDITION) && status != Status::Offered {
            return true;
        }
        if has(cl, lx::SPECULATION) {
            let seek = [key("seek"), key("seeks")].contains(&w);
            if !seek || doc.tokens.get(j + 1).is_some_and(|t| t.key == key("to")) {
                return true;
            }
        }
        if has(cl, lx::CAPACITY) || has(cl, lx::DENY) {
            return true;
        }
        if has(cl, lx::PUNDIT)
            && (j + 1..at).any(|k| {
                has(doc.cls[k], lx::REPORT | lx::SPECULATION) || doc.tokens[k].key == key("believe")
            })
        {
            return true;
        }
    }
    false
}

/// Reads a clause with a mediation cue into a candidate (without fallbacks).
fn read_clause(doc: &Doc, c: Clause) -> Option<Candidate> {
    let (cue, kind) = find_cue(doc, c)?;
    let (status, at) = status_of(doc, c, cue, kind)?;
    if blocked(doc, c, at.max(cue).min(c.to), status) && blocked(doc, c, at, status)
        || blocked(doc, c, cue.min(at), status)
    {
        return None;
    }
    if kind == Cue::Anaphor
        && !matches!(
            status,
            Status::Offered | Status::Accepted | Status::Rejected
        )
    {
        return None;
    }
    let mut groups = if kind == Cue::Anaphor {
        Vec::new()
    } else {
        agent_groups(doc, c, cue)
    };
    let subject = subject_actor(doc, c, at.min(cue).max(c.from), at);
    let object_role = matches!(
        status,
        Status::Accepted | Status::Rejected | Status::Requested
    );
    let mut subject_party = None;
    if object_role && kind != Cue::Anaphor {
        // The subject accepts, rejects or requests: a party. The mediator is the object or the
        // owner of the offer ("welcomed Iran's readiness", "asked China to mediate").
        subject_party = subject.and_then(|(k, _)| doc.party(&doc.found.ents[k]));
        if groups.is_empty() {
            if let Some(m) = object_after(doc, c, at) {
                groups.push(Group {
                    mediators: m,
                    venue: None,
                });
            }
        }
    } else if groups.is_empty() && kind != Cue::Anaphor {
        if let Some((_, id)) = subject {
            groups.push(Group {
                mediators: vec![id],
                venue: None,
            });
        }
    }
    let anaphoric = groups.is_empty();
    if anaphoric {
        groups.push(Group::default());
    }
    let own = between_parties(doc, c.from, c.to);
    let parties = if own.is_empty() {
        clause_parties(doc, c)
    } else {
        own.clone()
    };
    for g in &mut groups {
        g.mediators
            .retain(|m| !own.contains(m) && Some(*m) != subject_party);
        g.mediators.sort();
        g.mediators.dedup();
    }
    let only_offer = kind == Cue::Anaphor;
    Some(Candidate {
        clause: c,
        status,
        groups,
        parties,
        coords: coordinations(doc, c),
        subject_party,
        anaphoric,
        only_offer,
        at,
    })
}

/// The outcome of a clause about known talks that has no cue of its own.
fn outcome(doc: &Doc, c: Clause) -> Option<(Status, usize)> {
    let talks = (c.from..c.to).find(|&j| has(doc.cls[j], lx::TALKS))?;
    let (status, at) = status_of(doc, c, talks, Cue::Noun)?;
    match status {
        Status::Failed | Status::Agreed | Status::Scheduled | Status::Held => Some((status, at)),
        _ => None,
    }
}

/// Mediators named as the agent of the cue: "Qatar-brokered", "by Qatar (and Egypt)", "under
/// Egypt's auspices", "with Turkish and Qatari support", "Iran's offer", "Iranian mediation".
fn agent_groups(doc: &Doc, c: Clause, cue: usize) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let ents = &doc.found.ents;
    let range = doc.ents_in(c.from, c.to);
    // "X-brokered": an actor, a hyphen, then the cue verb.
    for k in range.clone() {
        let e = &ents[k];
        let hy = doc.tokens.get(e.last);
        if hy.is_some_and(|t| t.kind == Kind::Hyphen && !t.spaced())
            && doc
                .cls
                .get(e.last + 1)
                .is_some_and(|&cl| has(cl, lx::CUE_VERB | lx::HOST | lx::HELD))
        {
            if let Some(a) = doc.actor(e) {
                groups.push(Group {
                    mediators: vec![a],
                    venue: None,
                });
            }
        }
    }
    // "by X in V and subsequently by Y in W": each "by" phrase after a mediation verb.
    let mut i = c.from;
    let mut seen_verb = false;
    while i < c.to {
        let cl = doc.cls[i];
        // "mediated by", "hosted by"; not "chaired by" or "led by", which name a role in talks
        // that another sentence may give to a mediator.
        if has(cl, lx::CUE_VERB | lx::HOST) {
            seen_verb = true;
        }
        if seen_verb && has(cl, lx::BY) {
            let (ids, end) = actors_from(doc, i + 1, c.to);
            if !ids.is_empty() {
                let mut g = Group {
                    mediators: ids,
                    venue: None,
                };
                // "by Qatar in Doha".
                if doc.tokens.get(end).is_some_and(|t| t.key == key("in")) {
                    if let Some(v) = doc.tokens.get(end + 1).filter(|t| t.is_word() && t.cap()) {
                        g.venue = Some(v.key);
                    }
                }
                groups.push(g);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if !groups.is_empty() {
        return groups;
    }
    let mut ids = Vec::new();
    for i in c.from..c.to {
        let cl = doc.cls[i];
        // "under Egypt's auspices", "under the auspices of the UN", "through the mediation of".
        if has(cl, lx::UNDER | lx::THROUGH | lx::WITH) {
            let stop = (i + 8).min(c.to);
            if let Some(j) =
                (i + 1..stop).find(|&j| has(doc.cls[j], lx::AUSPICES | lx::SUPPORT | lx::CUE_NOUN))
            {
                let (before, _) = actors_from(doc, i + 1, j);
                ids.extend(before);
                if doc.tokens.get(j + 1).is_some_and(|t| t.key == key("of")) {
                    let (after, _) = actors_from(doc, j + 2, c.to);
                    ids.extend(after);
                }
            }
        }
        // "Iran's offer", "Iran's readiness to facilitate", "Egypt's mediation".
        if doc.tokens[i].kind == Kind::Apostrophe
            && doc.tokens.get(i + 1).is_some_and(|t| t.key == key("s"))
        {
            let mut j = i + 2;
            while j < c.to
                && (has(doc.cls[j], lx::DETERMINER | lx::TALKS_MODIFIER)
                    || doc.tokens[j].key == key("formal")
                    || doc.tokens[j].key == key("diplomatic"))
                && j < i + 4
            {
                j += 1;
            }
            if j < c.to
                && has(
                    doc.cls[j],
                    lx::CUE_NOUN | lx::OFFER | lx::SUPPORT | lx::REQUEST,
                )
            {
                if let Some(e) = ents.iter().rev().find(|e| e.last == i) {
                    if let Some(a) = doc.actor(e) {
                        ids.push(a);
                    }
                }
            }
        }
        // "Iranian mediation", "Turkish and Qatari mediators", "the Qatari-mediated talks".
        if has(cl, lx::CUE_NOUN) && i > c.from {
            let mut j = i;
            while j > c.from
                && (has(doc.cls[j - 1], lx::TALKS_MODIFIER) || doc.word(j - 1) == "diplomatic")
            {
                j -= 1;
            }
            let mut k = j;
            while k > c.from {
                let Some(e) = ents.iter().find(|e| e.last == k) else {
                    break;
                };
                if e.via != crate::reference::NameKind::Demonym && e.kind == MentionKind::Country {
                    break;
                }
                if let Some(a) = doc.actor(e) {
                    ids.push(a);
                }
                k = e.first;
                if k > c.from && has(doc.cls[k - 1], lx::AND) {
                    k -= 1;
                } else {
                    break;
                }
            }
        }
        // "mediation by X" after a noun, "offer from X".
        if has(cl, lx::CUE_NOUN | lx::OFFER) {
            if let Some(nx) = doc.tokens.get(i + 1) {
                if nx.key == key("by")
                    || nx.key == key("from")
                    || (nx.key == key("of") && has(cl, lx::CUE_NOUN))
                {
                    let (after, _) = actors_from(doc, i + 2, c.to);
                    ids.extend(after);
                }
            }
        }
    }
    let _ = cue;
    if !ids.is_empty() {
        ids.sort();
        ids.dedup();
        groups.push(Group {
            mediators: ids,
            venue: None,
        });
    }
    groups
}

/// Actors named from token `i`: "X", "X and Y", "the X", "X, Y and Z". Returns them and the
/// token after the last.
fn actors_from(doc: &Doc, i: usize, to: usize) -> (Vec<&'static str>, usize) {
    let ents = &doc.found.ents;
    let mut out = Vec::new();
    let mut j = i;
    while j < to {
        while j < to && doc.tokens[j].is_word() && has(doc.cls[j], lx::DETERMINER) {
            j += 1;
        }
        let Some(e) = ents.iter().find(|e| e.first == j) else {
            break;
        };
        if let Some(a) = doc.actor(e) {
            out.push(a);
        }
        j = e.last;
        // "Iran's" possessive.
        if doc
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Apostrophe)
            && doc.tokens.get(j + 1).is_some_and(|t| t.key == key("s"))
        {
            j += 2;
        }
        // Words of the same name group ("Pakistani Interior Minister Mohsin Naqvi").
        while let Some(next) = ents
            .iter()
            .find(|x| x.first == j && x.kind == MentionKind::Person)
        {
            j = next.last;
        }
        match doc.tokens.get(j) {
            Some(t) if t.kind == Kind::Comma || (t.is_word() && has(doc.cls[j], lx::AND)) => {
                let k = j + 1;
                let k = if doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && has(doc.cls[k], lx::AND))
                {
                    k + 1
                } else {
                    k
                };
                if ents
                    .iter()
                    .any(|e| e.first == k || (e.first == k + 1 && has(doc.cls[k], lx::DETERMINER)))
                {
                    j = k;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    out.sort();
    out.dedup();
    (out, j)
}

/// The mediator as the object of a request or the owner of what is accepted: "asked China to
/// mediate", "welcomed the offer from Iran", "rejected Iran's proposal".
fn object_after(doc: &Doc, c: Clause, at: usize) -> Option<Vec<&'static str>> {
    let mut j = at + 1;
    if doc
        .tokens
        .get(j)
        .is_some_and(|t| t.key == key("on") || t.key == key("upon"))
    {
        j += 1;
    }
    let (ids, _) = actors_from(doc, j, c.to);
    if !ids.is_empty() {
        return Some(ids);
    }
    None
}

/// The clause's subject before token `before`: the nearest actor not inside a prepositional
/// phrase or a "between" phrase; a pronoun is resolved to the last actor named before it.
/// Returns the entity index and the actor.
fn subject_actor(doc: &Doc, c: Clause, before: usize, at: usize) -> Option<(usize, &'static str)> {
    let ents = &doc.found.ents;
    let limit = before.max(at);
    let mut best: Option<(usize, &'static str)> = None;
    let mut pronoun_at: Option<usize> = None;
    for k in doc.ents_in(c.from, limit) {
        let e = &ents[k];
        if e.last > limit {
            continue;
        }
        if in_prepositional_phrase(doc, c, e.first) {
            continue;
        }
        if let Some(a) = doc.actor(e) {
            best = Some((k, a));
        }
    }
    for j in c.from..limit {
        if has(doc.cls[j], lx::PRONOUN) && doc.tokens[j].is_word() && !doc.tokens[j].upper() {
            if best.is_some_and(|(k, _)| ents[k].first > j) {
                continue;
            }
            pronoun_at = Some(j);
        }
    }
    if let Some(p) = pronoun_at {
        if best.is_none_or(|(k, _)| ents[k].first < p) {
            return antecedent(doc, p);
        }
    }
    best
}

fn in_prepositional_phrase(doc: &Doc, c: Clause, first: usize) -> bool {
    let mut j = first;
    let mut steps = 0;
    while j > c.from && steps < 4 {
        j -= 1;
        steps += 1;
        let cl = doc.cls[j];
        let w = doc.tokens[j].key;
        if has(cl, lx::DETERMINER) || doc.tokens[j].kind == Kind::Apostrophe || w == key("s") {
            continue;
        }
        if doc.found.ents.iter().any(|e| e.first <= j && j < e.last) {
            continue;
        }
        if has(cl, lx::AND) {
            continue;
        }
        return has(
            cl,
            lx::WITH | lx::BETWEEN | lx::OF | lx::TO | lx::FROM | lx::LOCATIVE | lx::BY,
        ) || [
            key("for"),
            key("against"),
            key("on"),
            key("over"),
            key("toward"),
            key("towards"),
            key("than"),
        ]
        .contains(&w);
    }
    false
}

/// The last actor named before token `p` (within the previous two sentences).
fn antecedent(doc: &Doc, p: usize) -> Option<(usize, &'static str)> {
    let ents = &doc.found.ents;
    let si = doc.sentences.partition_point(|s| s.last <= p);
    let floor = doc
        .sentences
        .get(si.saturating_sub(2))
        .map(|s| s.first)
        .unwrap_or(0);
    let he = [key("he"), key("she"), key("his"), key("her")].contains(&doc.tokens[p].key);
    for k in doc.ents_in(floor, p).rev() {
        let e = &ents[k];
        if he && e.kind != MentionKind::Person {
            continue;
        }
        if in_between_phrase(doc, e.first) {
            continue;
        }
        if let Some(a) = doc.actor(e) {
            return Some((k, a));
        }
    }
    None
}

fn in_between_phrase(doc: &Doc, first: usize) -> bool {
    let mut j = first;
    for _ in 0..5 {
        if j == 0 {
            return false;
        }
        j -= 1;
        let cl = doc.cls[j];
        if has(cl, lx::BETWEEN) {
            return true;
        }
        if !(has(cl, lx::DETERMINER | lx::AND)
            || doc.found.ents.iter().any(|e| e.first <= j && j < e.last)
            || !doc.tokens[j].is_word())
        {
            return false;
        }
    }
    false
}

/// Every pair of parties joined by "and" in a clause.
fn coordinations(doc: &Doc, c: Clause) -> Vec<(&'static str, &'static str)> {
    let ents = &doc.found.ents;
    let mut out = Vec::new();
    for k in doc.ents_in(c.from, c.to) {
        if let Some((a, b, after)) = coordinated(doc, ents, k) {
            if after <= c.to {
                out.push((a, b));
            }
        }
    }
    out
}

/// The parties a clause names: "between A and B", "the A-B dispute"; else the same in the whole
/// sentence.
fn clause_parties(doc: &Doc, c: Clause) -> Vec<&'static str> {
    let s = doc.sentences[c.sentence];
    let found = between_parties(doc, c.from, c.to);
    if !found.is_empty() {
        return found;
    }
    between_parties(doc, s.first, s.last)
}

fn between_parties(doc: &Doc, from: usize, to: usize) -> Vec<&'static str> {
    let ents = &doc.found.ents;
    for i in from..to {
        if !has(doc.cls[i], lx::BETWEEN) {
            continue;
        }
        let j = doc.skip_modifiers(i + 1, to, 4);
        if let Some(k) = ents.iter().position(|e| e.first == j) {
            if let Some((a, b, _)) = coordinated(doc, ents, k) {
                return vec![a, b];
            }
        }
    }
    for k in doc.ents_in(from, to) {
        let e = &ents[k];
        if doc
            .tokens
            .get(e.last)
            .is_some_and(|t| t.kind == Kind::Hyphen && !t.spaced())
        {
            if let Some((a, b, after)) = coordinated(doc, ents, k) {
                if doc
                    .cls
                    .get(after)
                    .is_some_and(|&cl| has(cl, lx::DISPUTE | lx::TALKS))
                    || doc
                        .cls
                        .get(after + 1)
                        .is_some_and(|&cl| has(cl, lx::DISPUTE | lx::TALKS))
                {
                    return vec![a, b];
                }
            }
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::super::{extract, ExtractOptions};
    use crate::date::Date;
    use crate::model::{Article, Status};

    fn run(text: &str) -> Vec<(Vec<String>, Vec<String>, Status)> {
        let mut a = Article {
            text: text.to_string(),
            ..Article::default()
        };
        a.published = Some(crate::date::DateInterval::day(
            Date::new(2025, 10, 30).unwrap(),
            "test",
        ));
        extract(&mut a, &ExtractOptions::default());
        a.events
            .into_iter()
            .map(|e| (e.mediators, e.parties, e.status))
            .collect()
    }

    fn ev(m: &[&str], p: &[&str], s: Status) -> (Vec<String>, Vec<String>, Status) {
        (
            m.iter().map(|x| x.to_string()).collect(),
            p.iter().map(|x| x.to_string()).collect(),
            s,
        )
    }

    #[test]
    fn statuses_from_the_words_around_the_cue() {
        use Status::*;
        type Want<'a> = &'a [(&'a [&'a str], &'a [&'a str], Status)];
        let cases: &[(&str, Want)] = &[
            ("Iran offered to mediate between Pakistan and India.", &[(&["IRN"], &["IND", "PAK"], Offered)]),
            ("Pakistan asked Saudi Arabia to mediate between it and India. Tensions between India and Pakistan rose.", &[(&["SAU"], &["IND", "PAK"], Requested)]),
            ("India rejected Iran's offer of mediation in its dispute with Pakistan. Tensions between India and Pakistan rose.", &[(&["IRN"], &["IND", "PAK"], Rejected)]),
            ("Pakistan welcomed Iran's offer to mediate. Tensions between India and Pakistan rose.", &[(&["IRN"], &["IND", "PAK"], Accepted)]),
            ("Qatar will host talks between Pakistan and Afghanistan next week.", &[(&["QAT"], &["AFG", "PAK"], Scheduled)]),
            ("Qatar mediated talks between Pakistan and Afghanistan on Sunday.", &[(&["QAT"], &["AFG", "PAK"], Held)]),
            ("Qatar brokered a ceasefire between Pakistan and Afghanistan.", &[(&["QAT"], &["AFG", "PAK"], Agreed)]),
            ("Talks between Pakistan and Afghanistan mediated by Turkey collapsed.", &[(&["TUR"], &["AFG", "PAK"], Failed)]),
            ("Iran has not offered to mediate between Pakistan and India.", &[]),
            ("Iran could mediate between Pakistan and India.", &[]),
            ("Pakistan may seek to emphasize its role as a mediator between India and Iran.", &[]),
            ("The UN urged maximum restraint between Pakistan and India.", &[]),
            ("Clashes between Pakistan and Afghanistan grew. Pakistani Interior Minister Mohsin Naqvi welcomed Iran's readiness to facilitate dialogue, stating that Pakistan 'values any constructive role.'", &[(&["IRN"], &["AFG", "PAK"], Accepted)]),
        ];
        for (text, want) in cases {
            let want: Vec<_> = want.iter().map(|(m, p, s)| ev(m, p, *s)).collect();
            assert_eq!(run(text), want, "{text}");
        }
    }
}
