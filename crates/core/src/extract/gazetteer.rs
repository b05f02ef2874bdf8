//! Recognising the names of the reference data in a token stream.
//!
//! Every name of the reference ([`crate::reference::Reference::names`]) and every office title is
//! tokenised once into a pattern of folded keys; patterns are grouped by their first key. The scan
//! probes one hash map per word and tries only the patterns that start with it, longest first, so
//! it is linear in the text. Case matters where it does for English names: a capitalised pattern
//! word only matches a capitalised text word ("Turkey", not "turkey"), an acronym only an
//! all-capitals word ("US", not "us"), and lower-case pattern words match any case ("al" in
//! "Jaish al-Adl").

use super::lexicon::{KeyMap, OFFICE_TITLES};
use super::text::{tokenize, Kind, Token};
use crate::reference::{reference, EntityKind, NameKind};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Need {
    Any,
    Cap,
    Upper,
}

#[derive(Clone, Copy, Debug)]
struct Elem {
    key: u64,
    kind: Kind,
    need: Need,
}

#[derive(Debug)]
struct Pattern<T> {
    elems: Vec<Elem>,
    target: T,
}

/// A multi-word matcher over tokens.
#[derive(Debug)]
pub struct Matcher<T> {
    patterns: Vec<Pattern<T>>,
    by_first: KeyMap<Vec<u32>>,
    /// One bit per first key, hashed (a filter that fits the fastest cache): most words start
    /// no name, and are turned away here without a probe of the map.
    first_bits: Vec<u64>,
}

/// Bits of [`Matcher::first_bits`]: 2^16.
const FIRST_BITS: u32 = 16;

fn first_bit(key: u64) -> (usize, u64) {
    let h = (key.wrapping_mul(super::text::SPREAD) >> (64 - FIRST_BITS)) as usize;
    (h >> 6, 1 << (h & 63))
}

impl<T> Matcher<T> {
    fn new() -> Matcher<T> {
        Matcher {
            patterns: Vec::new(),
            by_first: KeyMap::default(),
            first_bits: vec![0; 1 << (FIRST_BITS - 6)],
        }
    }

    fn add(&mut self, name: &str, target: T) {
        let toks = tokenize(name);
        let elems: Vec<Elem> = toks
            .iter()
            .map(|t| {
                let need = if t.is_word() && t.upper() {
                    Need::Upper
                } else if t.is_word() && t.cap() {
                    Need::Cap
                } else {
                    Need::Any
                };
                Elem {
                    key: t.key,
                    kind: t.kind,
                    need,
                }
            })
            .collect();
        let Some(first) = elems.first() else { return };
        if first.kind != Kind::Word && first.kind != Kind::Number {
            return;
        }
        let id = self.patterns.len() as u32;
        let (w, b) = first_bit(first.key);
        if let Some(w) = self.first_bits.get_mut(w) {
            *w |= b;
        }
        self.by_first.entry(first.key).or_default().push(id);
        self.patterns.push(Pattern { elems, target });
    }

    fn finish(&mut self) {
        let patterns = &self.patterns;
        for ids in self.by_first.values_mut() {
            // Longest first; among equals, the earliest added wins (stable sort).
            super::sort_nearly(ids, |&a, &b| {
                patterns[a as usize].elems.len() > patterns[b as usize].elems.len()
            });
        }
    }

    /// Whether any pattern starts with this key (a cheap pre-test).
    #[inline]
    pub fn starts(&self, key: u64) -> bool {
        let (w, b) = first_bit(key);
        self.first_bits.get(w).is_some_and(|&w| w & b != 0) && self.by_first.contains_key(&key)
    }

    /// The longest pattern that matches at token `i`: its target and the end token (exclusive).
    pub fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(&T, usize)> {
        let t = tokens.get(i)?;
        let ids = self.by_first.get(&t.key)?;
        'next: for &id in ids {
            let p = &self.patterns[id as usize];
            let end = i + p.elems.len();
            if end > tokens.len() {
                continue;
            }
            for (k, e) in p.elems.iter().enumerate() {
                let tok = &tokens[i + k];
                if tok.kind != e.kind {
                    continue 'next;
                }
                if matches!(tok.kind, Kind::Word | Kind::Number) && tok.key != e.key {
                    continue 'next;
                }
                // Punctuation inside a name must be attached as in the name ("U.S.", "al-Adl").
                if k > 0
                    && matches!(tok.kind, Kind::Hyphen | Kind::Period | Kind::Apostrophe)
                    && tok.spaced()
                {
                    continue 'next;
                }
                let ok = match e.need {
                    Need::Any => true,
                    Need::Cap => tok.cap(),
                    Need::Upper => tok.upper(),
                };
                if !ok {
                    continue 'next;
                }
            }
            return Some((&p.target, end));
        }
        None
    }
}

/// What a name of the reference refers to.
#[derive(Clone, Copy, Debug)]
pub struct Named {
    pub entity: EntityKind,
    pub id: &'static str,
    pub kind: NameKind,
    pub ambiguous: bool,
    /// The other state a shared name may mean ("Congolese": the DR Congo, or the Republic of
    /// the Congo when the article names only that one).
    pub alt: Option<&'static str>,
}

/// The matcher of every reference name.
pub fn names() -> &'static Matcher<Named> {
    static M: OnceLock<Matcher<Named>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = Matcher::new();
        let r = reference();
        // The index is sorted by text, so equal texts are adjacent; prefer countries, then the
        // more specific kind of name, so "Saudi" (variant and demonym) is the state.
        // Already in text order (the index's), so only runs of equal texts move: an insertion
        // sort is linear here and far smaller than the standard sort in the wasm bundle.
        let mut names: Vec<_> = r.names.iter().collect();
        super::sort_nearly(&mut names, |a, b| {
            a.text
                .cmp(b.text)
                .then(rank(a.entity).cmp(&rank(b.entity)))
                .then(a.kind.cmp(&b.kind))
                .then(a.id.cmp(b.id))
                .is_lt()
        });
        let mut last: Option<&str> = None;
        for n in names {
            if last == Some(n.text) {
                if let Some(p) = m.patterns.last_mut() {
                    let t: &mut Named = &mut p.target;
                    if t.entity == EntityKind::Country
                        && n.entity == EntityKind::Country
                        && t.id != n.id
                    {
                        t.alt = Some(n.id);
                    }
                }
                continue;
            }
            last = Some(n.text);
            m.add(
                n.text,
                Named {
                    entity: n.entity,
                    id: n.id,
                    kind: n.kind,
                    ambiguous: n.ambiguous,
                    alt: None,
                },
            );
        }
        m.finish();
        m
    })
}

fn rank(e: EntityKind) -> u8 {
    match e {
        EntityKind::Country => 0,
        EntityKind::Organization => 1,
        EntityKind::Group => 2,
        EntityKind::Person => 3,
    }
}

/// The matcher of printed office titles, each to its normalised form.
pub fn offices() -> &'static Matcher<&'static str> {
    static M: OnceLock<Matcher<&'static str>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = Matcher::new();
        for &(printed, office) in OFFICE_TITLES {
            m.add(printed, office);
        }
        m.finish();
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        let toks = tokenize(text);
        let m = names();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some((t, end)) = m.longest_at(&toks, i) {
                let s = toks[i].start as usize;
                let e = toks[end - 1].end as usize;
                out.push((text[s..e].to_string(), t.id));
                i = end;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn names_match_with_case_and_longest_first() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Iran and Pakistan", &[("Iran", "IRN"), ("Pakistan", "PAK")]),
            (
                "the Islamic Republic of Iran",
                &[("Islamic Republic of Iran", "IRN")],
            ),
            ("turkey and Turkey", &[("Turkey", "TUR")]),
            ("let us see the US", &[("US", "USA")]),
            ("the U.S. said", &[("U.S.", "USA")]),
            (
                "Tehreek-e-Taliban Pakistan",
                &[("Tehreek-e-Taliban Pakistan", "TTP")],
            ),
            (
                "Türkiye and Turkiye",
                &[("Türkiye", "TUR"), ("Turkiye", "TUR")],
            ),
            // Listed with diacritics only, matched without them.
            (
                "Pristina and Priština",
                &[("Pristina", "XKX"), ("Priština", "XKX")],
            ),
            (
                "Erdogan met Antonio Guterres",
                &[
                    ("Erdogan", "Recep Tayyip Erdoğan"),
                    ("Antonio Guterres", "António Guterres"),
                ],
            ),
            // A lower-case particle matches any case.
            (
                "Sheikh Ibrahim al-Assaf",
                &[("Ibrahim al-Assaf", "Ibrahim Al-Assaf")],
            ),
            (
                "Caricom and CARICOM",
                &[("Caricom", "CARICOM"), ("CARICOM", "CARICOM")],
            ),
        ];
        for (text, want) in cases {
            let got = found(text);
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// Whether a name with words of needs `a` matches wherever one with needs `b` does.
    fn covers(a: &[Need], b: &[Need]) -> bool {
        a.iter()
            .zip(b)
            .all(|(a, b)| *a == Need::Any || a == b || (*a, *b) == (Need::Cap, Need::Upper))
    }

    #[test]
    fn no_reference_name_repeats_another_of_its_entity() {
        // Matching folds diacritics and case, and a lower-case word matches any case, so a
        // form that differs from another of the same entity only so ("Perez" beside "Pérez",
        // "Al-Thani" beside "al-Thani") matches nothing more and only adds to the bundle.
        let mut seen = std::collections::HashMap::new();
        let mut repeated = Vec::new();
        for n in &reference().names {
            let mut m = Matcher::new();
            m.add(n.text, ());
            let Some(p) = m.patterns.pop() else { continue };
            let shape: Vec<(u64, u8)> = p.elems.iter().map(|e| (e.key, e.kind as u8)).collect();
            let needs: Vec<Need> = p.elems.iter().map(|e| e.need).collect();
            let others: &mut Vec<(&str, NameKind, Vec<Need>)> =
                seen.entry((n.entity, n.id, shape)).or_default();
            for (text, kind, o) in others.iter() {
                // The display name stays even when another form covers it.
                let either = covers(o, &needs) && n.kind != NameKind::Name
                    || covers(&needs, o) && *kind != NameKind::Name;
                if *text != n.text && either {
                    repeated.push((*text, n.text));
                }
            }
            others.push((n.text, n.kind, needs));
        }
        assert!(
            repeated.is_empty(),
            "one of each is redundant: {repeated:?}"
        );
    }
}
