//! Mentions of states, organisations, groups and people, with the context rules that decide
//! what a matched name means here.
//!
//! - Ambiguous names (as the reference marks them: "Turkey", "Indian", "Washington") and
//!   capitals are dropped when they sit inside a longer proper name ("Indian Ocean", "George
//!   Washington", "Islamabad High Court").
//! - A capital or country is a *venue* when it names a place ("talks in Doha", "visited
//!   Tehran", "a New Delhi-based group", the dateline): it still counts as a mention, but never as
//!   a party or mediator. Otherwise a capital stands for its state ("Islamabad said").
//! - A demonym after "former" ("former Kenyan president") names an officeholder's old state: a
//!   mention, never a party.
//! - A name two states share ("Congolese", "Congo") means the first unless the article names
//!   the other by a name of its own ("Brazzaville") and never the first.
//! - People are the officeholders of the reference, and anyone printed after an office title
//!   ("Pakistani Interior Minister Mohsin Naqvi"); their surname alone then refers to them.

use super::gazetteer::{names, offices};
use super::lexicon::{self as lx, Class, KeyMap};
use super::text::{Kind, Token};
use crate::date::Date;
use crate::model::MentionKind;
use crate::reference::{reference, EntityKind, NameKind};

/// One recognised name, by token range.
#[derive(Clone, Debug)]
pub struct Ent {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
    /// Alpha-3 code, organisation or group id; for people, empty (see `person`).
    pub id: &'static str,
    pub via: NameKind,
    /// A place rather than an actor.
    pub venue: bool,
    /// A former officeholder's state ("former Kenyan president"): a mediator's nationality at
    /// most, never a party.
    pub former: bool,
    /// Index into the people list, for person mentions.
    pub person: Option<usize>,
}

/// A person found in the article.
#[derive(Clone, Debug)]
pub struct PersonInfo {
    pub name: String,
    /// Normalised office, from the text or the reference.
    pub office: Option<&'static str>,
    /// Alpha-3 code or organisation id.
    pub country: Option<&'static str>,
    /// The reference name, when the person is in the reference data.
    pub reference: Option<&'static str>,
    /// Office printed in the text before the name.
    pub titled: bool,
    /// Named as a former holder ("former Prime Minister").
    pub former: bool,
}

/// The names of the article and the people they mention.
#[derive(Debug, Default)]
pub struct Found {
    pub ents: Vec<Ent>,
    pub people: Vec<PersonInfo>,
}

/// Words after which a following capitalised word is still about the state ("Pakistani Interior
/// Minister", "Indian Army"), not part of another proper name.
const STATE_FOLLOWERS: Class = lx::INSTITUTION;

/// US states that share a name with a country; the country needs the article to be free of US
/// political geography.
const US_STATE_HOMONYMS: [&str; 1] = ["Georgia"];
const US_CONTEXT: [u64; 10] = [
    k!("atlanta"),
    k!("savannah"),
    k!("county"),
    k!("governor"),
    k!("republican"),
    k!("republicans"),
    k!("democrat"),
    k!("democrats"),
    k!("gop"),
    k!("senator"),
];

/// Recognises every mention in the text, whose body (after any headline) starts at byte
/// `body`.
pub fn recognise(
    text: &str,
    tokens: &[Token],
    cls: &[Class],
    body: usize,
    published: Option<Date>,
) -> Found {
    let mut found = Found::default();
    let m = names();
    let n = tokens.len();
    let mut us_context: Option<bool> = None;
    let mut body_first = tokens.partition_point(|t| (t.start as usize) < body);
    while tokens
        .get(body_first)
        .is_some_and(|t| t.kind == Kind::Break)
    {
        body_first += 1;
    }
    let dateline = body_first..body_first + dateline_end(tokens.get(body_first..).unwrap_or(&[]));
    // Mentions by a name two states share, with the other state.
    let mut shared: Vec<(usize, &'static str)> = Vec::new();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        if !t.is_word() || !m.starts(t.key) {
            i += 1;
            continue;
        }
        let Some((named, end)) = m.longest_at(tokens, i) else {
            i += 1;
            continue;
        };
        let named = *named;
        if (named.ambiguous || named.kind == NameKind::Capital)
            && inside_longer_name(tokens, cls, i, end, named.ambiguous)
        {
            i = end;
            continue;
        }
        if named.entity == EntityKind::Country && in_water_name(tokens, i) {
            i = end;
            continue;
        }
        // "the two Central African neighbours", "Central African states": an ambiguous
        // adjective before a plural of states is the region's, not one state's.
        if named.ambiguous
            && named.kind == NameKind::Demonym
            && tokens
                .get(end)
                .is_some_and(|t| REGION_NOUNS.contains(&t.key))
        {
            i = end;
            continue;
        }
        // "their Spanish initials", "the Arabic-language daily": a language, not a state.
        if named.kind == NameKind::Demonym
            && tokens.get(end).is_some_and(|t| {
                LANGUAGE_NOUNS.contains(&t.key)
                    || t.kind == Kind::Hyphen
                        && tokens
                            .get(end + 1)
                            .is_some_and(|n| LANGUAGE_NOUNS.contains(&n.key))
            })
        {
            i = end;
            continue;
        }
        let surface = text
            .get(tokens[i].start as usize..tokens[end - 1].end as usize)
            .unwrap_or("");
        if named.entity == EntityKind::Country && US_STATE_HOMONYMS.contains(&surface) {
            let us = *us_context
                .get_or_insert_with(|| tokens.iter().any(|t| US_CONTEXT.contains(&t.key)));
            if us {
                i = end;
                continue;
            }
        }
        let kind = match named.entity {
            EntityKind::Country => MentionKind::Country,
            EntityKind::Organization => MentionKind::Organization,
            EntityKind::Group => MentionKind::Group,
            EntityKind::Person => MentionKind::Person,
        };
        let mut ent = Ent {
            first: i,
            last: end,
            kind,
            id: named.id,
            via: named.kind,
            venue: false,
            former: false,
            person: None,
        };
        if kind == MentionKind::Person {
            ent.id = "";
            ent.person = Some(person_index(&mut found.people, named.id));
        } else if kind == MentionKind::Country || kind == MentionKind::Organization {
            // An organisation's seat is a place too ("talks in Brussels").
            ent.venue = dateline.contains(&i) || is_venue(tokens, cls, i, end, named.kind);
        }
        if let Some(alt) = named.alt {
            shared.push((found.ents.len(), alt));
        }
        found.ents.push(ent);
        i = end;
    }
    // "Congolese President Denis Sassou Nguesso ... in Brazzaville": a shared name means the
    // other state when the article names that one by a name of its own and never the first.
    for &(k, alt) in &shared {
        let first = found.ents[k].id;
        let own = |id: &str| {
            found
                .ents
                .iter()
                .enumerate()
                .any(|(j, e)| e.id == id && !shared.iter().any(|&(s, _)| s == j))
        };
        if own(alt) && !own(first) {
            found.ents[k].id = alt;
        }
    }
    titled_people(text, tokens, cls, &mut found);
    surnames(tokens, &mut found);
    // In text order but for the people found after the names: nearly sorted.
    super::sort_nearly(&mut found.ents, |a, b| {
        (a.first, a.last) < (b.first, b.last)
    });
    own_state_of_group(tokens, &mut found.ents);
    former_officeholders(tokens, cls, &mut found.ents);
    unnamed_juntas(tokens, &mut found.ents);
    fill_from_reference(&mut found.people, published);
    found
}

/// Plural nouns of states, after which an ambiguous adjective names a region.
/// Nouns after a demonym that make it a language: "Spanish initials", "Arabic-language".
const LANGUAGE_NOUNS: [u64; 7] = [
    k!("initials"),
    k!("acronym"),
    k!("language"),
    k!("speaking"),
    k!("speakers"),
    k!("translation"),
    k!("abbreviation"),
];

const REGION_NOUNS: [u64; 8] = [
    k!("neighbours"),
    k!("neighbors"),
    k!("states"),
    k!("countries"),
    k!("nations"),
    k!("region"),
    k!("governments"),
    k!("capitals"),
];

/// "Yemen's Houthis", "Colombia's ELN": a state named as the home of a group based in it only
/// places the group; it is mentioned, but is not a party beside the group.
fn own_state_of_group(tokens: &[Token], ents: &mut [Ent]) {
    let r = crate::reference::reference();
    for k in 1..ents.len() {
        let (a, b) = (&ents[k - 1], &ents[k]);
        let possessive = tokens
            .get(a.last)
            .is_some_and(|t| t.kind == Kind::Apostrophe)
            && tokens.get(a.last + 1).is_some_and(|t| t.key == k!("s"));
        let next = a.last + 2;
        let group_home = b.kind == MentionKind::Group
            && a.kind == MentionKind::Country
            && (b.first == next || b.first == next + 1 && !tokens[next].cap())
            && r.group(b.id).is_some_and(|g| g.based_in == a.id)
            // A group that governs the state stands for it ("Afghanistan's Taliban rulers").
            && super::governing(b.id) == b.id;
        if possessive && group_home {
            ents[k - 1].venue = true;
        }
    }
}

/// "former Kenyan president Uhuru Kenyatta", "an ex-Nigerian minister": a former officeholder
/// is no party to the dispute, whatever the state (as a mediator, with no body named, they
/// stand for it).
fn former_officeholders(tokens: &[Token], cls: &[Class], ents: &mut [Ent]) {
    let key = |i: usize| tokens.get(i).map_or(0, |t| t.key);
    for e in ents.iter_mut() {
        let before = e.first.checked_sub(1).map_or(0, key);
        let before = if before == k!("-") {
            e.first.checked_sub(2).map_or(0, key)
        } else {
            before
        };
        let title = cls.get(e.last).is_some_and(|&c| c & lx::INSTITUTION != 0)
            || [k!("deputy"), k!("vice"), k!("chief")].contains(&key(e.last));
        if e.kind == MentionKind::Country
            && e.via == NameKind::Demonym
            && (before == k!("former") || before == k!("ex"))
            && title
        {
            e.former = true;
        }
    }
}

/// "the junta", "the military government": a government the phrase does not name is that of
/// the state the article names most (at least twice), as a news story about a junta is about
/// its state ("talks between ECOWAS and the junta").
fn unnamed_juntas(tokens: &[Token], ents: &mut Vec<Ent>) {
    let key = |i: usize| tokens.get(i).map_or(0, |t| t.key);
    let military = [
        k!("government"),
        k!("rulers"),
        k!("authorities"),
        k!("leaders"),
        k!("regime"),
    ];
    let spots: Vec<(usize, usize)> = (1..tokens.len())
        .filter_map(|i| {
            if key(i - 1) != k!("the") {
                return None;
            }
            if key(i) == k!("junta") || key(i) == k!("juntas") {
                Some((i, i + 1))
            } else if key(i) == k!("military") && military.contains(&key(i + 1)) {
                Some((i, i + 2))
            } else {
                None
            }
        })
        .collect();
    if spots.is_empty() {
        return;
    }
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    let r = crate::reference::reference();
    for e in ents.iter() {
        // A rebel group's mention counts for the state it fights in: a story about the junta
        // and the Arakan Army is about Myanmar, whoever hosts the talks.
        let state = match e.kind {
            MentionKind::Country if !e.venue => Some(e.id),
            MentionKind::Group => r.group(e.id).map(|g| g.based_in),
            _ => None,
        };
        if let Some(state) = state {
            match counts.iter_mut().find(|c| c.0 == state) {
                Some(c) => c.1 += 1,
                None => counts.push((state, 1)),
            }
        }
    }
    // The most named; of equals, the first named (counts are in order of first mention).
    let Some(&(state, n)) = counts
        .iter()
        .fold(None, |best: Option<&(&'static str, usize)>, c| match best {
            Some(b) if b.1 >= c.1 => Some(b),
            _ => Some(c),
        })
    else {
        return;
    };
    if n < 2 {
        return;
    }
    for (first, last) in spots {
        if ents.iter().any(|e| e.first < last && first < e.last) {
            continue;
        }
        let at = ents.partition_point(|e| e.first < first);
        ents.insert(
            at,
            Ent {
                first,
                last,
                kind: MentionKind::Country,
                id: state,
                via: NameKind::Variant,
                venue: false,
                former: false,
                person: None,
            },
        );
    }
}

fn person_index(people: &mut Vec<PersonInfo>, reference_name: &'static str) -> usize {
    if let Some(k) = people
        .iter()
        .position(|p| p.reference == Some(reference_name))
    {
        return k;
    }
    people.push(PersonInfo {
        name: reference_name.to_string(),
        office: None,
        country: None,
        reference: Some(reference_name),
        titled: false,
        former: false,
    });
    people.len() - 1
}

/// A capitalised word that reads as part of a proper name: not a function word of the lexicon,
/// not the start of another known name or office.
fn namey(tokens: &[Token], j: usize, cls: Class) -> bool {
    let t = &tokens[j];
    t.is_word()
        && t.cap()
        && cls == 0
        && names().longest_at(tokens, j).is_none()
        && offices().longest_at(tokens, j).is_none()
}

fn inside_longer_name(
    tokens: &[Token],
    cls: &[Class],
    i: usize,
    end: usize,
    ambiguous: bool,
) -> bool {
    if let Some(nx) = tokens.get(end) {
        let c = cls.get(end).copied().unwrap_or(0);
        if nx.is_word()
            && nx.cap()
            && !nx.initial()
            && c & STATE_FOLLOWERS == 0
            && namey(tokens, end, c)
        {
            return true;
        }
    }
    if ambiguous && i > 0 {
        let p = &tokens[i - 1];
        let c = cls[i - 1];
        if p.is_word() && p.cap() && !p.initial() && namey(tokens, i - 1, c) {
            return true;
        }
    }
    false
}

/// "Gulf of Guinea", "Sea of Japan", "Strait of Hormuz": a state named in the name of a sea is
/// no mention of the state.
fn in_water_name(tokens: &[Token], i: usize) -> bool {
    const WATERS: [u64; 6] = [
        k!("gulf"),
        k!("bay"),
        k!("sea"),
        k!("strait"),
        k!("straits"),
        k!("bight"),
    ];
    i >= 2
        && tokens[i - 1].key == k!("of")
        && tokens[i - 2].cap()
        && WATERS.contains(&tokens[i - 2].key)
}

/// The token index where a dateline at the top of the text ends ("TEHRAN, Iran –"), or 0.
fn dateline_end(tokens: &[Token]) -> usize {
    // "ABUJA, Nigeria, Feb. 12, 2024 /Wire/ --" is sixteen tokens long.
    for (k, t) in tokens.iter().enumerate().take(18) {
        match t.kind {
            Kind::Dash | Kind::Hyphen if t.spaced() => return if k >= 1 { k } else { 0 },
            Kind::Dash => return if k >= 1 { k } else { 0 },
            Kind::Word if t.cap() || t.upper() => {}
            Kind::Comma | Kind::Number | Kind::Period | Kind::Open | Kind::Close | Kind::Other => {}
            _ => return 0,
        }
    }
    0
}

fn is_venue(tokens: &[Token], cls: &[Class], i: usize, end: usize, via: NameKind) -> bool {
    let next = tokens.get(end);
    let compound = next.is_some_and(|t| t.kind == Kind::Hyphen && !t.spaced());
    if compound {
        // "a New Delhi-based group" is a place; "the Pakistan-Afghanistan border" names states.
        let after = end + 1;
        if tokens.get(after).is_some_and(|t| t.key == k!("based")) {
            return true;
        }
        // "the Rwanda-backed M23 rebels": the backer is named, but the group is the party.
        const BACKED: [u64; 7] = [
            k!("backed"),
            k!("supported"),
            k!("funded"),
            k!("armed"),
            k!("allied"),
            k!("aligned"),
            k!("affiliated"),
        ];
        return tokens.get(after).is_some_and(|t| BACKED.contains(&t.key));
    }
    if via == NameKind::Capital {
        // "the Istanbul talks", "the Doha process".
        if let Some(c) = cls.get(end) {
            if c & (lx::TALKS | lx::AGREEMENT) != 0 && next.is_some_and(|t| t.is_word()) {
                return true;
            }
        }
    }
    // The word before, skipping an article.
    let mut p = i;
    while p > 0 && cls[p - 1] & lx::DETERMINER != 0 && tokens[p - 1].is_word() && p + 3 > i {
        p -= 1;
    }
    if p == 0 {
        return false;
    }
    let before = cls[p - 1];
    if !tokens[p - 1].is_word() {
        return false;
    }
    if before & lx::LOCATIVE != 0 {
        // "the government in Kabul", "the junta in Niamey": the seat stands for the state.
        let governing: [u64; 8] = [
            k!("government"),
            k!("governments"),
            k!("authorities"),
            k!("junta"),
            k!("regime"),
            k!("administration"),
            k!("leadership"),
            k!("rulers"),
        ];
        if p >= 2 && tokens[p - 1].key == k!("in") && governing.contains(&tokens[p - 2].key) {
            return false;
        }
        // "met in Almaty at Kazakhstan's invitation": the state that asked, not a place.
        let agentive = [
            k!("invitation"),
            k!("initiative"),
            k!("request"),
            k!("behest"),
            k!("urging"),
        ];
        if next.is_some_and(|t| t.kind == Kind::Apostrophe)
            && tokens.get(end + 1).is_some_and(|t| t.key == k!("s"))
            && tokens
                .get(end + 2)
                .is_some_and(|t| agentive.contains(&t.key))
        {
            return false;
        }
        // "in Tehran", "talks at Doha"; a state after "in" is a place too ("strikes in
        // Afghanistan"), which keeps it from being taken as a party.
        return true;
    }
    if before & lx::TRAVEL != 0 {
        return true;
    }
    if before & (lx::TO | lx::FROM) != 0
        && p >= 2
        && (cls[p - 2] & lx::TRAVEL != 0 || tokens[p - 2].key == k!("back"))
    {
        return true;
    }
    false
}

/// People printed after an office title, and officeholders of the reference given one.
fn titled_people(text: &str, tokens: &[Token], cls: &[Class], found: &mut Found) {
    let om = offices();
    let n = tokens.len();
    let mut i = 0;
    let mut new_ents = Vec::new();
    // People by the key of their full name, so that naming someone again is one probe.
    let mut by_name: KeyMap<usize> = KeyMap::default();
    while i < n {
        let t = &tokens[i];
        if !t.is_word() || !om.starts(t.key) {
            i += 1;
            continue;
        }
        let Some((&office, end)) = om.longest_at(tokens, i) else {
            i += 1;
            continue;
        };
        // An office title inside a recognised name ("Pakistani Interior Minister" is not; a
        // person name that starts with "King" would be) is left alone.
        if covering(&found.ents, i).is_some() {
            i = end;
            continue;
        }
        // Who the office belongs to: a state or organisation just before ("Pakistani",
        // "Iran's", "United Nations"), skipping "Caretaker" and the like.
        let mut b = i;
        while b > 0 && is_prefix(text, &tokens[b - 1]) {
            b -= 1;
        }
        let former = b > 0 && cls[b - 1] & lx::FORMER != 0
            || b > 1 && tokens[b - 1].kind == Kind::Hyphen && cls[b - 2] & lx::FORMER != 0;
        let mut owner = owner_before(tokens, &found.ents, b);
        // The name: an entity person right after, or capitalised words.
        let after = end;
        let person_ent = covering(&found.ents, after)
            .filter(|&k| found.ents[k].first == after && found.ents[k].kind == MentionKind::Person);
        let k = if let Some(pe) = person_ent {
            let k = found.ents[pe].person.unwrap_or(0);
            if owner.is_none() {
                owner = owner_after(tokens, &found.ents, found.ents[pe].last);
            }
            k
        } else {
            let (name_end, name) = read_name(text, tokens, cls, after);
            if name_end == after {
                i = end;
                continue;
            }
            if owner.is_none() {
                owner = owner_after(tokens, &found.ents, name_end);
            }
            // "President Pezeshkian" after "Masoud Pezeshkian": the same person.
            let same = |p: &PersonInfo| {
                p.name == name
                    || (!name.contains(' ') && p.name.rsplit(' ').next() == Some(name.as_str()))
            };
            let k = match by_name
                .get(&super::text::key(&name))
                .copied()
                .filter(|&k| same(&found.people[k]))
            {
                Some(k) => k,
                None => {
                    let k = found.people.len();
                    by_name.insert(super::text::key(&name), k);
                    if let Some((_, surname)) = name.rsplit_once(' ') {
                        by_name.entry(super::text::key(surname)).or_insert(k);
                    }
                    found.people.push(PersonInfo {
                        name,
                        office: None,
                        country: None,
                        reference: None,
                        titled: false,
                        former: false,
                    });
                    found.people.len() - 1
                }
            };
            new_ents.push(Ent {
                first: after,
                last: name_end,
                kind: MentionKind::Person,
                id: "",
                via: NameKind::Name,
                venue: false,
                former: false,
                person: Some(k),
            });
            k
        };
        let p = &mut found.people[k];
        if !p.titled {
            p.titled = true;
            p.office = Some(office);
            p.former = former;
            if owner.is_some() {
                p.country = owner;
            }
        }
        i = end;
    }
    let ents = std::mem::take(&mut found.ents);
    found.ents = super::merge_sorted(ents, new_ents, |a, b| a.first < b.first);
}

fn is_prefix(text: &str, t: &Token) -> bool {
    let w = text.get(t.range()).unwrap_or("");
    lx::OFFICE_PREFIXES.contains(&w)
}

/// The state or organisation that owns an office printed at token `b`: "Pakistani", "Iran's",
/// "the United Nations".
fn owner_before(tokens: &[Token], ents: &[Ent], b: usize) -> Option<&'static str> {
    if b == 0 {
        return None;
    }
    let mut end = b;
    // "Iran's Foreign Minister": the name ends before the apostrophe.
    if b >= 2 && tokens[b - 2].kind == Kind::Apostrophe && tokens[b - 1].key == k!("s") {
        end = b - 2;
    }
    let k = covering(ents, end.checked_sub(1)?)?;
    let e = &ents[k];
    (e.last == end && matches!(e.kind, MentionKind::Country | MentionKind::Organization))
        .then_some(e.id)
}

/// The entity of a list sorted by first token that covers token `i` (binary search).
fn covering(ents: &[Ent], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.first <= i);
    (k > 0 && ents[k - 1].last > i).then(|| k - 1)
}

/// "Jalil Abbas Jilani of Pakistan".
fn owner_after(tokens: &[Token], ents: &[Ent], end: usize) -> Option<&'static str> {
    let of = tokens.get(end)?;
    if of.key != k!("of") {
        return None;
    }
    let mut start = end + 1;
    if tokens.get(start).is_some_and(|t| t.key == k!("the")) {
        start += 1;
    }
    let e = &ents[covering(ents, start)?];
    (e.first == start && matches!(e.kind, MentionKind::Country | MentionKind::Organization))
        .then_some(e.id)
}

/// Lower-case particles inside names ("Anwaar-ul-Haq", "bin Salman", "Jaish al-Adl").
const PARTICLES: [&str; 12] = [
    "al", "el", "ul", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "e",
];

/// Reads a person's name starting at token `i`: up to four capitalised words, joined by hyphens
/// or particles. Returns the end token and the name as printed.
fn read_name(text: &str, tokens: &[Token], cls: &[Class], i: usize) -> (usize, String) {
    let mut j = i;
    let mut words = 0;
    let n = tokens.len();
    while j < n && words < 4 {
        let t = &tokens[j];
        if !t.is_word() || !t.cap() || cls[j] != 0 {
            break;
        }
        if names().starts(t.key) && names().longest_at(tokens, j).is_some() {
            break;
        }
        if crate::date::parse_month(text.get(t.range()).unwrap_or("")).is_some()
            || crate::date::Weekday::parse(text.get(t.range()).unwrap_or("")).is_some()
        {
            break;
        }
        words += 1;
        j += 1;
        // Hyphenated parts and particles: "Amir-Abdollahian", "Anwaar-ul-Haq".
        while j + 1 < n
            && tokens[j].kind == Kind::Hyphen
            && !tokens[j].spaced()
            && !tokens[j + 1].spaced()
            && tokens[j + 1].is_word()
        {
            j += 2;
        }
        if j + 1 < n && tokens[j].is_word() && !tokens[j].cap() {
            let w = text.get(tokens[j].range()).unwrap_or("");
            if PARTICLES.contains(&w) && tokens[j + 1].is_word() && tokens[j + 1].cap() {
                j += 1;
            }
        }
    }
    // A trailing particle is not part of the name.
    while j > i && tokens[j - 1].is_word() && !tokens[j - 1].cap() {
        j -= 1;
    }
    if j == i {
        return (i, String::new());
    }
    let s = tokens[i].start as usize;
    let e = tokens[j - 1].end as usize;
    (j, text.get(s..e).unwrap_or("").to_string())
}

/// After a person is named in full, the surname alone refers to them ("Naqvi briefed").
fn surnames(tokens: &[Token], found: &mut Found) {
    // Surnames of people not in the reference (whose variants list their short forms), and
    // the given name of anyone the text titles ("Prime Minister Anwar Ibrahim" ... "Anwar"); a
    // short form two people share refers to neither.
    // Short form -> person; `usize::MAX` marks a form two people share.
    let mut by_surname: KeyMap<usize> = KeyMap::default();
    let mut note = |key: u64, k: usize| {
        let v = by_surname.entry(key).or_insert(k);
        if *v != k {
            *v = usize::MAX;
        }
    };
    for (k, p) in found.people.iter().enumerate() {
        let toks = super::text::tokenize(&p.name);
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word() && t.cap()).collect();
        if words.len() < 2 {
            continue;
        }
        if p.reference.is_none() || p.titled {
            if let Some(last) = words.last() {
                note(last.key, k);
            }
        }
        if p.titled {
            note(words[0].key, k);
        }
    }
    by_surname.retain(|_, k| *k != usize::MAX);
    if by_surname.is_empty() {
        return;
    }
    let mut covered = vec![false; tokens.len()];
    for e in &found.ents {
        for c in covered.iter_mut().take(e.last).skip(e.first) {
            *c = true;
        }
    }
    let mut add = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if covered[i] || !t.is_word() || !t.cap() {
            continue;
        }
        let Some(&k) = by_surname.get(&t.key) else {
            continue;
        };
        // Part of a longer name ("Ishaq Dar" is covered; "Dar es Salaam" is not a surname).
        if tokens
            .get(i + 1)
            .is_some_and(|nx| nx.is_word() && nx.cap() && !nx.initial())
        {
            continue;
        }
        add.push(Ent {
            first: i,
            last: i + 1,
            kind: MentionKind::Person,
            id: "",
            via: NameKind::Variant,
            venue: false,
            former: false,
            person: Some(k),
        });
    }
    let ents = std::mem::take(&mut found.ents);
    found.ents = super::merge_sorted(ents, add, |a, b| a.first < b.first);
}

/// The terms of a reference person, in file order, through an index built once (keyed by the
/// name's key, the same map type as the name matchers', so no other hash map joins the bundle).
pub fn terms_of(person: &str) -> impl Iterator<Item = &'static crate::reference::Term> + '_ {
    use std::sync::OnceLock;
    static INDEX: OnceLock<KeyMap<Vec<u32>>> = OnceLock::new();
    let r = reference();
    let index = INDEX.get_or_init(|| {
        let mut m: KeyMap<Vec<u32>> = KeyMap::default();
        for (k, t) in r.terms.iter().enumerate() {
            m.entry(super::text::key(t.person))
                .or_default()
                .push(k as u32);
        }
        m
    });
    index
        .get(&super::text::key(person))
        .into_iter()
        .flatten()
        .filter_map(move |&k| r.terms.get(k as usize))
        .filter(move |t| t.person == person)
}

/// Office and country of reference people not given one by the text: the term in force on the
/// article's date, else their latest term.
fn fill_from_reference(people: &mut [PersonInfo], published: Option<Date>) {
    for p in people.iter_mut() {
        let Some(name) = p.reference else { continue };
        let terms: Vec<_> = terms_of(name).collect();
        if terms.is_empty() {
            continue;
        }
        let at = |d: Date| {
            terms
                .iter()
                .find(|t| t.start <= d && t.end.is_none_or(|e| d <= e))
        };
        let matching_office = p.office.and_then(|o| {
            terms
                .iter()
                .rev()
                .find(|t| t.office == o && p.country.is_none_or(|c| c == t.country))
        });
        let term = matching_office
            .or_else(|| published.and_then(at))
            .or_else(|| terms.last())
            .copied();
        if let Some(t) = term {
            if p.office.is_none() {
                p.office = Some(t.office);
            }
            if p.country.is_none() {
                p.country = Some(t.country);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::classes;
    use super::super::text::{sentences, tokenize};
    use super::*;

    /// Surface, kind, id, venue.
    type Seen = (String, MentionKind, String, bool);

    fn run(text: &str) -> (Vec<Seen>, Vec<PersonInfo>) {
        let mut toks = tokenize(text);
        sentences(text, &mut toks);
        let cls: Vec<Class> = toks
            .iter()
            .map(|t| if t.is_word() { classes(t.key) } else { 0 })
            .collect();
        let f = recognise(text, &toks, &cls, 0, None);
        let ents = f
            .ents
            .iter()
            .map(|e| {
                let s = toks[e.first].start as usize;
                let end = toks[e.last - 1].end as usize;
                let id = match e.person {
                    Some(k) => f.people[k].name.clone(),
                    None => e.id.to_string(),
                };
                (text[s..end].to_string(), e.kind, id, e.venue)
            })
            .collect();
        (ents, f.people)
    }

    #[test]
    fn capitals_are_states_unless_they_are_places() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("Islamabad denied it.", &[("Islamabad", false)]),
            ("Talks were held in Doha.", &[("Doha", true)]),
            (
                "He visited Tehran and Kabul.",
                &[("Tehran", true), ("Kabul", false)],
            ),
            ("the Tehran talks collapsed", &[("Tehran", true)]),
            ("a New Delhi-based think tank", &[("New Delhi", true)]),
            (
                "the Pakistan-Afghanistan border",
                &[("Pakistan", false), ("Afghanistan", false)],
            ),
            (
                "Tehran, Iran - The president",
                &[("Tehran", true), ("Iran", true)],
            ),
            ("The Islamabad High Court ruled.", &[]),
            ("Piracy in the Gulf of Guinea fell.", &[]),
            (
                "Tankers crossed the Strait of Hormuz and the Sea of Japan; Oman said.",
                &[("Oman", false)],
            ),
            (
                "Guinea protested a seizure in the Gulf of Guinea.",
                &[("Guinea", false)],
            ),
            (
                "The Indian Ocean and the Indian Army.",
                &[("Indian", false)],
            ),
            (
                "The ELN, known by its Spanish initials, met Colombian officials in an Arabic-language broadcast.",
                &[("Colombian", false)],
            ),
        ];
        for (text, want) in cases {
            let (got, _) = run(text);
            let got: Vec<(&str, bool)> = got
                .iter()
                .filter(|g| g.1 == MentionKind::Country)
                .map(|g| (g.0.as_str(), g.3))
                .collect();
            assert_eq!(got, *want, "{text:?}");
        }
    }

    #[test]
    fn a_name_two_states_share_means_the_one_the_article_names() {
        let ids = |text: &str| -> Vec<String> {
            run(text)
                .0
                .into_iter()
                .filter(|g| g.1 == MentionKind::Country)
                .map(|g| g.2)
                .collect()
        };
        assert_eq!(
            ids("Congolese President Denis Sassou Nguesso hosted the talks in Brazzaville."),
            ["COG", "COG"]
        );
        assert_eq!(ids("Congolese troops shelled Goma."), ["COD"]);
        assert_eq!(
            ids("Congolese officials met in Kinshasa and Brazzaville."),
            ["COD", "COD", "COG"]
        );
    }

    #[test]
    fn people_take_office_and_country_from_the_text() {
        let text = "Pakistani Interior Minister Mohsin Naqvi met Iran's Foreign Minister Abbas \
                    Araghchi. Naqvi said so. Caretaker Prime Minister Kakar agreed.";
        let (ents, people) = run(text);
        let persons: Vec<&str> = ents
            .iter()
            .filter(|e| e.1 == MentionKind::Person)
            .map(|e| e.2.as_str())
            .collect();
        assert_eq!(
            persons,
            [
                "Mohsin Naqvi",
                "Abbas Araghchi",
                "Mohsin Naqvi",
                "Anwaar-ul-Haq Kakar"
            ]
        );
        let naqvi = people.iter().find(|p| p.name == "Mohsin Naqvi").unwrap();
        assert_eq!(
            (naqvi.office, naqvi.country),
            (Some("Interior Minister"), Some("PAK"))
        );
        let a = people.iter().find(|p| p.name == "Abbas Araghchi").unwrap();
        assert_eq!(
            (a.office, a.country),
            (Some("Foreign Minister"), Some("IRN"))
        );
        let k = people
            .iter()
            .find(|p| p.name == "Anwaar-ul-Haq Kakar")
            .unwrap();
        assert_eq!((k.office, k.country), (Some("Prime Minister"), Some("PAK")));
    }
}
