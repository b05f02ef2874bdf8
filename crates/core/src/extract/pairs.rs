//! Country pairs: the parties an article is about, found where the text puts two of them at odds
//! or at the table ("tensions between Pakistan and India", "the Afghanistan–Pakistan border",
//! "Pakistan and Iran de-escalate tensions"), or one acts against the other ("accused Kabul",
//! but not "has been accused of recruiting among refugees from Sudan"), never merely because two
//! names share a sentence.

use super::entities::Ent;
use super::lexicon as lx;
use super::text::Kind;
use super::Doc;

/// A pair of parties, sorted, with how often and where first the text pairs them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair(pub &'static str, pub &'static str, pub u32, pub usize);

/// Two parties joined by "and" (or a hyphen) starting at entity `k`: their ids and the token
/// after the second.
pub(crate) fn coordinated(
    doc: &Doc,
    ents: &[Ent],
    k: usize,
) -> Option<(&'static str, &'static str, usize)> {
    coordinated_by(doc, ents, k, false)
}

/// As [`coordinated`], after "between", where an organisation may be a party too ("talks
/// between ECOWAS and the junta", "tensions between the EU and Serbia").
pub(crate) fn coordinated_between(
    doc: &Doc,
    ents: &[Ent],
    k: usize,
) -> Option<(&'static str, &'static str, usize)> {
    coordinated_by(doc, ents, k, true)
}

fn coordinated_by(
    doc: &Doc,
    ents: &[Ent],
    k: usize,
    orgs: bool,
) -> Option<(&'static str, &'static str, usize)> {
    let party = |e: &Ent| {
        doc.party(e).or_else(|| {
            (orgs && e.kind == crate::model::MentionKind::Organization && !e.venue).then_some(e.id)
        })
    };
    let a = ents.get(k)?;
    let pa = party(a)?;
    let mut j = a.last;
    // "Iran's and", "Sudan's army and", "Pakistani officials and": skip a possessive and the
    // institution it owns.
    if doc.kind(j) == Kind::Apostrophe {
        j += 2;
    }
    // After a possessive, what qualifies the institution: "Yemen's Saudi-backed government and".
    let possessive = j > a.last;
    let qualifier = |j: usize| {
        let Some(t) = doc.tokens.get(j) else {
            return false;
        };
        let c = doc.cl(j);
        let compound = doc
            .tokens
            .get(j + 1)
            .is_some_and(|h| h.kind == Kind::Hyphen);
        t.kind == Kind::Hyphen
            || t.is_word() && !t.cap() && c & (lx::AND | lx::CLAUSE | lx::AUX) == 0
            || doc.ent_covering(j).is_some() && compound
    };
    let institution = |j: usize| doc.is_word(j) && doc.cl(j) & lx::INSTITUTION != 0;
    // "Ethiopian federal officials and": a qualifier before the institution.
    while j < a.last + 7
        && (institution(j)
            || possessive && qualifier(j)
            || qualifier(j) && (institution(j + 1) || qualifier(j + 1) && institution(j + 2)))
    {
        j += 1;
    }
    // "Armenian Prime Minister Nikol Pashinyan and": the person the title names.
    if j > a.last {
        if let Some(p) = doc
            .ent_starting(j)
            .filter(|&p| ents[p].kind == crate::model::MentionKind::Person)
        {
            j = ents[p].last;
        }
    }
    let joiner = doc.tokens.get(j)?;
    let hyphen = joiner.kind == Kind::Hyphen && !joiner.spaced();
    let and = joiner.is_word() && doc.cl(j) & lx::AND != 0;
    if !hyphen && !and {
        return None;
    }
    let b_start = doc.skip_modifiers(j + 1, doc.tokens.len(), 4);
    let mut kb = doc.ent_starting(b_start).filter(|&x| x > k)?;
    // "and Yemen's Houthi movement": the group, which the state only places.
    if doc.kind(ents[kb].last) == Kind::Apostrophe {
        let owned = doc.ent_starting(ents[kb].last + 2);
        let group = owned.filter(|&g| ents[g].kind == crate::model::MentionKind::Group);
        if let Some(g) = group {
            kb = g;
        } else if party(&ents[kb]).is_none() {
            kb = owned?;
        }
    }
    let b = &ents[kb];
    let pb = party(b)?;
    if pa == pb {
        return None;
    }
    Some((pa, pb, b.last))
}

/// Whether the parties joined from token `first` to `after` only look on: "Observers from
/// Vanuatu and Samoa attended the round", "Delegates from Ecuador and Colombia attended the
/// opening session as observers".
pub(crate) fn onlookers(doc: &Doc, first: usize, after: usize, to: usize) -> bool {
    let watchers = [k!("observers"), k!("observer"), k!("monitors")];
    let from_of = first >= 2
        && [k!("from"), k!("of")].contains(&doc.key(first - 1))
        && watchers.contains(&doc.key(first - 2));
    from_of
        || (after..(after + 8).min(to))
            .take_while(|&i| !matches!(doc.kind(i), Kind::Comma | Kind::Semicolon | Kind::Period))
            .any(|i| doc.key(i) == k!("as") && watchers.contains(&doc.key(i + 1)))
}

/// "the government and the FARC", "the military and the TNLA", "the ELN and the government": a
/// state's institution named without the state, beside a group based in that state, is that
/// state. Reads from token `i` (after "between").
pub(crate) fn government_and_group(
    doc: &Doc,
    i: usize,
    to: usize,
) -> Option<(&'static str, &'static str)> {
    let r = crate::reference::reference();
    // "the government", "the federal government": the head, after one lower-case modifier.
    let head = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| {
            [
                k!("government"),
                k!("military"),
                k!("army"),
                k!("authorities"),
                k!("state"),
                k!("forces"),
            ]
            .contains(&t.key)
        }) && doc.ent_covering(j).is_none()
    };
    // The token after the institution that starts at `j`, if one does: past up to two
    // modifiers ("the internationally recognised government").
    let modifier = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.is_word() && !t.cap())
            && doc.cl(j) & (lx::AND | lx::DETERMINER) == 0
    };
    let governing = |j: usize| {
        if head(j) {
            Some(j + 1)
        } else if modifier(j) && head(j + 1) {
            Some(j + 2)
        } else {
            (modifier(j) && modifier(j + 1) && head(j + 2)).then_some(j + 3)
        }
    };
    let group_at = |j: usize| {
        let k = doc.ent_starting(doc.skip_modifiers(j, to, 3))?;
        let e = &doc.found.ents[k];
        let g = r
            .group(e.id)
            .filter(|_| e.kind == crate::model::MentionKind::Group)?;
        Some((g.id, g.adversary(), e.last))
    };
    let mut j = i;
    while j < to && j < i + 2 && doc.cl(j) & lx::DETERMINER != 0 {
        j += 1;
    }
    let and = |j: usize| doc.cls.get(j).is_some_and(|&c| c & lx::AND != 0);
    let pair = if let Some(end) = governing(j).filter(|&e| and(e)) {
        group_at(end + 1).map(|(g, home, _)| (home, g))
    } else {
        group_at(j).and_then(|(g, home, end)| {
            let mut n = end + 1;
            while n < to && n < end + 3 && doc.cl(n) & lx::DETERMINER != 0 {
                n += 1;
            }
            (and(end) && governing(n).is_some()).then_some((home, g))
        })
    }?;
    Some(if pair.0 < pair.1 {
        pair
    } else {
        (pair.1, pair.0)
    })
}

/// Every dispute or talks pair of the article, the most frequent first (ties: first in text).
pub fn pairs(doc: &Doc) -> Vec<Pair> {
    let ents = &doc.found.ents;
    let mut out: Vec<Pair> = Vec::new();
    let add = |out: &mut Vec<Pair>, a: &'static str, b: &'static str, at: usize| {
        let (x, y) = if a < b { (a, b) } else { (b, a) };
        match out.iter_mut().find(|p| p.0 == x && p.1 == y) {
            Some(p) => p.2 += 1,
            None => out.push(Pair(x, y, 1, at)),
        }
    };
    let mut e = 0;
    for s in doc.sentences {
        while e < ents.len() && ents[e].first < s.first {
            e += 1;
        }
        let mut k = e;
        while k < ents.len() && ents[k].first < s.last {
            let first = ents[k].first;
            let after_between = first > s.first && {
                let mut p = first - 1;
                while p > s.first && doc.cl(p) & lx::DETERMINER != 0 {
                    p -= 1;
                }
                doc.cl(p) & lx::BETWEEN != 0
            };
            let joined = if after_between {
                coordinated_between(doc, ents, k)
            } else {
                coordinated(doc, ents, k)
            };
            if let Some((a, b, after)) = joined {
                let hyphen = doc.kind(ents[k].last) == Kind::Hyphen;
                let between = after_between;
                let dispute_near = |from: usize, to: usize| {
                    (from..to.min(s.last)).any(|i| doc.cl(i) & lx::DISPUTE != 0)
                };
                let talks_near = |from: usize, to: usize| {
                    (from..to.min(s.last)).any(|i| doc.cl(i) & (lx::TALKS | lx::DISPUTE) != 0)
                };
                let ok = if hyphen {
                    // "the Pakistan-Afghanistan border", "India-Pakistan talks".
                    talks_near(after, after + 3)
                } else if between {
                    // "tensions between A and B", "talks between A and B".
                    talks_near(s.first.max(first.saturating_sub(6)), first)
                        || dispute_near(after, after + 6)
                } else {
                    // "A and B have been at odds", "A and B de-escalate tensions": the dispute
                    // word follows closely, with no clause break between. Past the second
                    // party's title and name ("and Azerbaijani President Ilham Aliyev for talks"),
                    // a hyphenated word counting once ("initial US-brokered peace deal").
                    let mut after = after;
                    while after < s.last
                        && doc.is_word(after)
                        && doc.cl(after) & lx::INSTITUTION != 0
                    {
                        after += 1;
                    }
                    if let Some(p) = doc
                        .ent_starting(after)
                        .filter(|&p| ents[p].kind == crate::model::MentionKind::Person)
                    {
                        after = ents[p].last;
                    }
                    let hyphens = (after..(after + 8).min(s.last))
                        .filter(|&i| doc.kind(i) == Kind::Hyphen)
                        .count();
                    let stop = (after..(after + 5 + 2 * hyphens).min(s.last))
                        .find(|&i| {
                            matches!(doc.kind(i), Kind::Comma | Kind::Semicolon | Kind::Dash)
                                || doc.cl(i) & lx::CLAUSE != 0
                        })
                        .unwrap_or((after + 5 + 2 * hyphens).min(s.last));
                    (after..stop).any(|i| {
                        doc.cl(i) & (lx::DISPUTE | lx::TALKS | lx::AGREEMENT | lx::CONCLUDE) != 0
                            || doc.key(i) == k!("met")
                    }) && !ends_in_venue(ents, k)
                        && !onlookers(doc, first, after, s.last)
                };
                if ok {
                    add(&mut out, a, b, first);
                }
            }
            k += 1;
        }
        for i in s.first..s.last {
            if doc.cl(i) & lx::BETWEEN != 0 {
                if let Some((a, b)) = government_and_group(doc, i + 1, s.last) {
                    add(&mut out, a, b, i);
                }
            }
        }
        // "The Philippines accused Chinese coast guard personnel", "Venezuela condemned a US
        // strike", "Iran's strikes on Jaish al-Adl": one party acting against another.
        for i in s.first..s.last {
            let w = doc.key(i);
            let verb = doc.cl(i) & lx::HOSTILE_VERB != 0;
            let possessive_noun = doc.cl(i) & lx::HOSTILE_NOUN != 0
                && i >= 2
                && doc.key(i - 1) == k!("s")
                && doc.kind(i - 2) == Kind::Apostrophe;
            if !verb && !possessive_noun {
                continue;
            }
            let (a, obj_from) = if verb {
                let a = doc.ents_in(s.first, i).find_map(|k| doc.party(&ents[k]));
                (a, i + 1)
            } else {
                let a = doc
                    .ent_ending(i - 2)
                    .map(|x| &ents[x])
                    .and_then(|e| doc.party(e));
                let on = doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.key == k!("on") || t.key == k!("against"));
                (a, if on { i + 2 } else { usize::MAX })
            };
            let Some(a) = a else { continue };
            // "has been accused of recruiting among refugees from Sudan": what it is accused
            // of names no target.
            let passive = verb && i > s.first && doc.cl(i - 1) & lx::AUX != 0;
            if obj_from >= s.last || passive && doc.key(obj_from) == k!("of") {
                continue;
            }
            // The object: the first party within a few words, before any clause break ("targeted
            // bases of the Sunni militant group Jaish al-Adl").
            let stop = (obj_from..(obj_from + 8).min(s.last))
                .find(|&x| {
                    matches!(doc.kind(x), Kind::Comma | Kind::Semicolon)
                        || doc.cl(x) & lx::CLAUSE != 0
                })
                .unwrap_or((obj_from + 8).min(s.last));
            let Some(e) = ents
                .iter()
                .find(|x| x.first >= obj_from && x.first < stop && doc.party(x).is_some())
            else {
                continue;
            };
            // "condemned a US strike": the demonym must own the hostile act.
            if [k!("condemned"), k!("condemns"), k!("denounced")].contains(&w) {
                let owns = doc.kind(e.last) == Kind::Apostrophe
                    || (e.last..(e.last + 3).min(s.last))
                        .any(|x| doc.cl(x) & lx::HOSTILE_NOUN != 0);
                if !owns {
                    continue;
                }
            }
            if let Some(b) = doc.party(e).filter(|b| *b != a) {
                add(&mut out, a, b, i);
            }
        }
        // "Algeria ... its dispute with Morocco": the sentence's first party and the one after
        // "with".
        for i in s.first..s.last {
            // Not "ties with", "relations with": those are not disputes; nor is a shared
            // border ("shares a long border with", "near the border with").
            if doc.cl(i) & lx::DISPUTE == 0
                || doc.key(i + 1) != k!("with")
                || [k!("ties"), k!("relations"), k!("border"), k!("frontier")].contains(&doc.key(i))
            {
                continue;
            }
            let j = doc.skip_modifiers(i + 2, s.last, 3);
            let Some(b) = doc
                .ent_starting(j)
                .map(|x| &ents[x])
                .and_then(|x| doc.party(x))
            else {
                continue;
            };
            let a = doc
                .ents_in(s.first, i)
                .find_map(|k| doc.party(&ents[k]).filter(|p| *p != b));
            if let Some(a) = a {
                add(&mut out, a, b, i);
            }
        }
    }
    // With no pair stated, an armed group and the state it fights from ("The RSF said it had
    // taken El Fasher, the Sudanese army's last stronghold").
    let stated = !out.is_empty();
    if !stated {
        let r = crate::reference::reference();
        for e in ents
            .iter()
            .filter(|e| e.kind == crate::model::MentionKind::Group)
        {
            let Some(g) = r.group(e.id) else { continue };
            let home = ents.iter().any(|x| {
                x.kind == crate::model::MentionKind::Country && !x.venue && x.id == g.adversary()
            });
            if home && doc.party(e) == Some(g.id) {
                add(&mut out, g.id, g.adversary(), e.first);
            }
        }
    }
    // None stated, but the article speaks of "both sides" or "the two countries": the two
    // parties it names most, each at least twice (beside a group and its home state: "Bissau
    // protests after Senegalese shells, fired at Casamance rebels, hit a border village").
    // Also when the one pair stated is an aside with a party named only there ("a similar row
    // between Senegal and Guinea-Bissau in 2023") and the two named most are named often.
    let mentions = |id: &str| ents.iter().filter(|e| doc.party(e) == Some(id)).count();
    let aside =
        matches!(out.as_slice(), [p] if p.2 == 1 && (mentions(p.0) == 1 || mentions(p.1) == 1));
    if !stated || aside {
        let grouped: Vec<&str> = out
            .iter()
            .map(|p| p.0)
            .chain(out.iter().map(|p| p.1))
            .collect();
        let both = (1..doc.tokens.len()).any(|i| {
            doc.cl(i) & lx::BOTH != 0
                && doc.is_word(i)
                && !doc.cap(i)
                && [k!("both"), k!("two")].contains(&doc.key(i - 1))
        });
        if both {
            let mut counts: Vec<(&'static str, usize, usize)> = Vec::new();
            for (k, e) in ents.iter().enumerate() {
                if e.kind == crate::model::MentionKind::Person {
                    continue;
                }
                if let Some(p) = doc.party(e).filter(|_| {
                    // Beside a group and its home state, two states.
                    grouped.is_empty() || e.kind == crate::model::MentionKind::Country
                }) {
                    match counts.iter_mut().find(|c| c.0 == p) {
                        Some(c) => c.1 += 1,
                        None => counts.push((p, 1, k)),
                    }
                }
            }
            super::sort_nearly(&mut counts, |a, b| (b.1, a.2) < (a.1, b.2));
            if let [a, b, rest @ ..] = counts.as_slice() {
                let clear = rest.first().is_none_or(|c| c.1 < b.1);
                if b.1 >= if aside { 3 } else { 2 } && clear {
                    add(&mut out, a.0, b.0, ents[a.2.min(b.2)].first);
                }
            }
        }
    }
    super::sort_nearly(&mut out, |x, y| (y.2, x.3) < (x.2, y.3));
    out
}

fn ends_in_venue(ents: &[Ent], k: usize) -> bool {
    ents[k].venue || ents.get(k + 1).is_some_and(|e| e.venue)
}
