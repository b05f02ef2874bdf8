//! Extraction: countries, people, organisations, country pairs, mediation events and their dates.
//!
//! One pass tokenises the text (`text`) and classifies every word against a closed lexicon
//! (`lexicon`); a multi-pattern matcher over the reference names finds states, organisations,
//! groups and officeholders (`gazetteer`, `entities`). Sentences with a mediation cue are then
//! read for who mediates between whom and how far it got (`events`); disputes give the country
//! pairs (`pairs`); dates come from the dateline, printed and relative phrases, or the tenures of
//! the officeholders named (`dates`). Nothing allocates per word, so extraction is linear in the
//! text (about 25 MB/s on one native thread; `cargo bench -p explorer-core --bench extraction`).
//!
//! Decisions worth knowing:
//! - The printed headline is read with the body (it names countries and pairs), but mentions and
//!   evidence only come from the body, whose byte spans they use.
//! - A capital named only as a venue ("talks in Doha") does not add its state to `countries`;
//!   a capital standing for its state ("Islamabad said") does.
//! - `published` is the parser's: extraction never sets it. When it is `None`, the overlap of the
//!   tenures of the officeholders named dates the events that speak of the present or only give
//!   a weekday; open tenures run to `options.today` (else to the newest date of the reference).
//! - Events are identified by (mediators, parties, status); restatements merge into the first
//!   evidence and keep the most direct date.

/// The folded key of an ASCII word, computed at compile time.
macro_rules! k {
    ($w:literal) => {
        const { $crate::extract::text::ck($w) }
    };
}

mod dates;
mod entities;
mod events;
mod gazetteer;
mod lexicon;
mod pairs;
mod text;

pub use events::MAX_STATEMENTS;

use crate::date::Date;
use crate::model::{Article, Mention, MentionKind, Person, Span};
use crate::reference::NameKind;
use lexicon::Class;
use text::{Kind, Token};

/// What extraction may not decide for itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractOptions {
    /// The open upper bound of dates that run "until now" (the build date); the core never reads
    /// a clock.
    pub today: Option<Date>,
}

/// Fills the extraction fields of a parsed article (countries, people, organizations, pairs,
/// events, mentions). Deterministic; never panics on any text.
pub fn extract(article: &mut Article, options: &ExtractOptions) {
    // The printed headline is read with the body (it names countries and pairs), as a paragraph
    // before it; nothing in it becomes a mention or an event's evidence, whose spans are into
    // the body.
    let headline = !article.title_derived && !article.title.trim().is_empty();
    let full;
    let (text, body) = if headline {
        full = format!("{}\n\n{}", article.title, article.text);
        (full.as_str(), article.title.len() + 2)
    } else {
        (article.text.as_str(), 0)
    };
    let mut tokens = text::tokenize(text);
    let sentences = text::sentences(text, &mut tokens);
    let cls = word_classes(text, &tokens);
    let published = article.published.as_ref().map(|d| d.latest);
    let found = entities::recognise(text, &tokens, &cls, body, published);
    let doc = Doc {
        text,
        tokens: &tokens,
        cls: &cls,
        sentences: &sentences,
        found: &found,
        body,
        cover: cover(&found.ents, tokens.len()),
    };

    let mut mentions = Vec::with_capacity(found.ents.len());
    let mut countries = Vec::new();
    let mut organizations = Vec::new();
    for e in &found.ents {
        // A capital named only as a venue ("talks in Doha") does not add its state.
        let place = e.venue && e.via == NameKind::Capital;
        let list = match e.kind {
            MentionKind::Country if !place => Some(&mut countries),
            MentionKind::Organization => Some(&mut organizations),
            _ => None,
        };
        if let Some(list) = list.filter(|l| !l.contains(&e.id)) {
            list.push(e.id);
        }
        let start = tokens[e.first].start as usize;
        if start < body {
            continue;
        }
        let span = Span::new(start - body, tokens[e.last - 1].end as usize - body);
        let id = match e.person {
            Some(k) => found.people[k].name.clone(),
            None => e.id.to_string(),
        };
        mentions.push(Mention {
            kind: e.kind,
            id,
            span,
        });
    }
    sort_ids(&mut countries);
    sort_ids(&mut organizations);
    let countries: Vec<String> = countries.into_iter().map(str::to_string).collect();
    let organizations: Vec<String> = organizations.into_iter().map(str::to_string).collect();
    // People in the order of their first mention.
    let mut order: Vec<(usize, usize)> = Vec::new();
    let mut listed = vec![false; found.people.len()];
    for e in &found.ents {
        if let Some(k) = e.person.filter(|&k| k < listed.len() && !listed[k]) {
            listed[k] = true;
            order.push((e.first, k));
        }
    }
    let people = order
        .iter()
        .map(|&(_, k)| {
            let p = &found.people[k];
            Person {
                name: p.name.clone(),
                office: p.office.map(str::to_string),
                country: p.country.map(str::to_string),
            }
        })
        .collect();

    let pairs = pairs::pairs(&doc);
    let dating = dates::Dating::new(&doc, article.published.as_ref(), options.today);
    let events = events::events(&doc, &pairs, &dating);
    // A pair of mediators ("brokered by the United States and France") is not a dispute.
    // Nor is a quarrel with a mediator ("accused Washington of overstepping its role").
    let is_parties = |p: &pairs::Pair| {
        events
            .iter()
            .any(|e| e.parties.iter().any(|x| x == p.0) && e.parties.iter().any(|x| x == p.1))
    };
    let with_mediator = |p: &pairs::Pair| {
        !is_parties(p)
            && events
                .iter()
                .any(|e| e.mediators.iter().any(|m| m == p.0 || m == p.1))
    };
    let mediating = |p: &pairs::Pair| {
        events
            .iter()
            .any(|e| e.mediators.iter().any(|m| m == p.0) && e.mediators.iter().any(|m| m == p.1))
    };
    let mut all_pairs: Vec<[String; 2]> = pairs
        .iter()
        .filter(|p| !mediating(p) && !with_mediator(p))
        .map(|p| [p.0.to_string(), p.1.to_string()])
        .collect();
    for ev in &events {
        if ev.parties.len() == 2 {
            all_pairs.push([ev.parties[0].clone(), ev.parties[1].clone()]);
        }
    }
    let mut unique: Vec<[String; 2]> = Vec::with_capacity(all_pairs.len());
    for p in all_pairs {
        if !unique.contains(&p) {
            unique.push(p);
        }
    }
    sort_nearly(&mut unique, |a, b| a < b);
    let all_pairs = unique;

    article.mentions = mentions;
    article.countries = countries;
    article.organizations = organizations;
    article.people = people;
    article.pairs = all_pairs;
    article.events = events;
}

/// Insertion sort: stable, in place, and a fraction of the code size of the standard sorts (a
/// concern for the wasm bundle). Only for lists that are short (a few mediators, the distinct
/// countries of an article) or already nearly in order (text order with local swaps), where it
/// is linear in practice.
pub(crate) fn sort_nearly<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Merges two lists sorted by `less` into one.
pub(crate) fn merge_sorted<T>(a: Vec<T>, b: Vec<T>, less: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let take_b = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => less(y, x),
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => break,
        };
        let next = if take_b { b.next() } else { a.next() };
        out.extend(next);
    }
    out
}

/// Sorts and dedups a short list of ids.
pub(crate) fn sort_ids(v: &mut Vec<&'static str>) {
    sort_nearly(v, |a, b| a < b);
    v.dedup();
}

/// Groups that are the government of a state in practice, and stand for it as a party or
/// mediator (the Taliban for Afghanistan), by the annotation conventions of the project.
const GOVERNING: [(&str, &str); 1] = [("TALIBAN", "AFG")];

fn governing(group: &'static str) -> &'static str {
    GOVERNING
        .iter()
        .find(|(g, _)| *g == group)
        .map_or(group, |&(_, s)| s)
}

/// Everything the later stages read about one article.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub cls: &'a [Class],
    pub sentences: &'a [text::Sentence],
    pub found: &'a entities::Found,
    /// Byte offset where the body starts in `text` (after the headline, when there is one).
    pub body: usize,
    /// For each token, 1 + the index of the entity covering it, or 0.
    pub cover: Vec<u32>,
}

/// For each token, 1 + the index of the entity covering it, or 0.
fn cover(ents: &[entities::Ent], n: usize) -> Vec<u32> {
    let mut out = vec![0u32; n];
    for (k, e) in ents.iter().enumerate() {
        for c in out.iter_mut().take(e.last).skip(e.first) {
            *c = k as u32 + 1;
        }
    }
    out
}

impl Doc<'_> {
    /// The key of token `j`, or 0 past the end, so that look-aheads need no bounds checks.
    pub fn key(&self, j: usize) -> u64 {
        self.tokens.get(j).map_or(0, |t| t.key)
    }

    /// The word classes of token `j`, or none past the end: no bounds check, no panic.
    pub fn cl(&self, j: usize) -> Class {
        self.cls.get(j).copied().unwrap_or(0)
    }

    /// The kind of token `j`, or [`Kind::Other`] past the end.
    pub fn kind(&self, j: usize) -> Kind {
        self.tokens.get(j).map_or(Kind::Other, |t| t.kind)
    }

    /// Whether token `j` is a word (not past the end).
    pub fn is_word(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| t.is_word())
    }

    /// Whether token `j` is capitalised (not past the end).
    pub fn cap(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| t.cap())
    }

    /// Whether token `j` is the verb of a "co-" compound ("co-facilitated", "co-chaired").
    pub fn after_co(&self, j: usize) -> bool {
        j >= 2 && self.kind(j - 1) == Kind::Hyphen && self.key(j - 2) == k!("co")
    }

    /// The entity covering token `j`.
    pub fn ent_covering(&self, j: usize) -> Option<usize> {
        match self.cover.get(j) {
            Some(&k) if k > 0 => Some(k as usize - 1),
            _ => None,
        }
    }

    /// The entity starting at token `j`.
    pub fn ent_starting(&self, j: usize) -> Option<usize> {
        self.ent_covering(j)
            .filter(|&k| self.found.ents[k].first == j)
    }

    /// The entity ending just before token `j`.
    pub fn ent_ending(&self, j: usize) -> Option<usize> {
        let k = self.ent_covering(j.checked_sub(1)?)?;
        (self.found.ents[k].last == j).then_some(k)
    }

    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.range()))
            .unwrap_or("")
    }

    /// The party an entity stands for in a dispute: a state (not a venue), a group, or a person's
    /// state.
    pub fn party(&self, e: &entities::Ent) -> Option<&'static str> {
        match e.kind {
            MentionKind::Country if !e.venue && !e.former => Some(e.id),
            MentionKind::Group => Some(governing(e.id)),
            MentionKind::Person => {
                let c = self.found.people.get(e.person?)?.country?;
                let r = crate::reference::reference();
                r.country(c)
                    .map(|c| c.code)
                    .or_else(|| r.group(c).map(|g| governing(g.id)))
            }
            _ => None,
        }
    }

    /// The actor an entity stands for as a mediator: a state (not a venue), an organisation, or a
    /// person's state or organisation.
    pub fn actor(&self, e: &entities::Ent) -> Option<&'static str> {
        match e.kind {
            MentionKind::Country | MentionKind::Organization if !e.venue => Some(e.id),
            MentionKind::Group if governing(e.id) != e.id => Some(governing(e.id)),
            MentionKind::Person => {
                let c = self.found.people.get(e.person?)?.country?;
                let r = crate::reference::reference();
                match r.group(c) {
                    Some(g) if governing(g.id) != g.id => Some(governing(g.id)),
                    Some(_) => None,
                    None => Some(c),
                }
            }
            _ => None,
        }
    }

    /// The token after any words that may stand between a preposition or conjunction and a name:
    /// articles, lower-case adjectives, office titles ("between Presidents Félix Tshisekedi and
    /// Paul Kagame", "between neighbouring Pakistan and Afghanistan"), at most `max` words.
    pub fn skip_modifiers(&self, mut j: usize, to: usize, max: usize) -> usize {
        let start = j;
        while j < to && j < start + max {
            let t = &self.tokens[j];
            // A name never is a modifier (a lower-case one: "the junta").
            if !t.is_word() || !t.cap() && self.ent_starting(j).is_some() {
                break;
            }
            if let Some((_, end)) = gazetteer::offices().longest_at(self.tokens, j) {
                if self.ent_starting(j).is_some() {
                    break;
                }
                j = end;
                continue;
            }
            let c = self.cls[j];
            let plural_title = t.cap()
                && matches!(
                    self.word(j),
                    "Presidents" | "Ministers" | "Leaders" | "Kings"
                );
            if !t.cap() && c & (lexicon::AND | lexicon::BETWEEN) == 0
                || plural_title
                || c & lexicon::DETERMINER != 0 && !t.cap()
            {
                j += 1;
                continue;
            }
            break;
        }
        j
    }

    /// The entities whose first token lies in `from..to`, as an index range into the entity list.
    pub fn ents_in(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let ents = &self.found.ents;
        let a = ents.partition_point(|e| e.first < from);
        let b = ents.partition_point(|e| e.first < to);
        a..b.max(a)
    }
}

/// The lexicon classes of every token; a hyphenated word ("go-between", "de-escalation") takes
/// the classes of the whole on its first part.
fn word_classes(text: &str, tokens: &[Token]) -> Vec<Class> {
    let mut cls: Vec<Class> = tokens
        .iter()
        .map(|t| {
            if t.is_word() {
                lexicon::classes(t.key)
            } else {
                0
            }
        })
        .collect();
    let n = tokens.len();
    // "May" with a capital inside a sentence, or beside a number, is the month, not the modal
    // that would block the event ("talks on May 6 under Saudi auspices").
    for (i, t) in tokens.iter().enumerate() {
        if t.key == k!("may") && t.cap() {
            let number = |j: Option<usize>| {
                j.and_then(|j| tokens.get(j))
                    .is_some_and(|t| t.kind == Kind::Number)
            };
            if !t.initial() || number(i.checked_sub(1)) || number(Some(i + 1)) {
                cls[i] = lexicon::DATE_WORD;
            }
        }
    }
    for i in 0..n.saturating_sub(2) {
        if tokens[i].is_word()
            && tokens[i + 1].kind == Kind::Hyphen
            && !tokens[i + 1].spaced()
            && tokens[i + 2].is_word()
            && !tokens[i + 2].spaced()
        {
            let s = tokens[i].start as usize;
            let e = tokens[i + 2].end as usize;
            let c = lexicon::classes(text::key(text.get(s..e).unwrap_or("")));
            if c != 0 {
                cls[i] = c;
            }
        }
    }
    cls
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Article {
        let mut a = Article {
            text: text.to_string(),
            title: "Talks".into(),
            ..Article::default()
        };
        extract(&mut a, &ExtractOptions::default());
        a
    }

    #[test]
    fn odd_inputs_give_no_panic_and_spans_inside_the_text() {
        let run_on = "Iran offered to mediate between Pakistan and India and Qatar hosted talks \
                      between Kabul and Islamabad while President Masoud Pezeshkian said "
            .repeat(2_000);
        let names = "President Xa Yb, Minister Zc Wd of Iran, Emir Qe ".repeat(2_000);
        let inputs = [
            String::new(),
            ".".repeat(1000),
            "\u{201c}\u{2019}\u{2014}\u{2013}-'\"".repeat(500),
            "Ünïcödé Türkiye ǅ ẞ 𝔸 \u{0301}\u{200d} Iran's".repeat(300),
            run_on,
            names,
            "Iran Iran Iran-Iran-Iran 's 's between between and and".repeat(1000),
            "On Tuesday, October 28, 2025 a day earlier two days after last week next Sunday"
                .repeat(300),
        ];
        for text in &inputs {
            let a = run(text);
            for m in &a.mentions {
                assert!(
                    a.text.get(m.span.range()).is_some(),
                    "mention span {:?}",
                    m.span
                );
            }
            for e in &a.events {
                assert_eq!(a.text.get(e.span.range()), Some(e.evidence.as_str()));
            }
        }
    }

    #[test]
    fn pairs_come_from_disputes_not_from_shared_borders() {
        let pairs = |text: &str| run(text).pairs;
        let none: Vec<[String; 2]> = Vec::new();
        assert_eq!(
            pairs("India, which shares a long border with Myanmar, was not consulted."),
            none
        );
        assert_eq!(
            pairs(
                "Guyana said Venezuela had massed troops. Venezuela denied it and Guyana \
                 appealed to the court. The bloc called on both sides to show restraint."
            ),
            [["GUY".to_string(), "VEN".to_string()]]
        );
        // The one pair stated is an aside; the two countries named most are the row.
        let text = "Mauritania freed 31 Senegalese fishermen, easing a row between the two \
                    neighbours. Senegal thanked Mauritania. Dakar said Nouakchott had acted in \
                    good faith. A similar row between Senegal and Guinea-Bissau was settled.";
        assert!(pairs(text).contains(&["MRT".to_string(), "SEN".to_string()]));
        // What a group is accused of names no target of its own; what it attacks does.
        let accused = "The Oromo Liberation Army has been accused of recruiting among refugees \
                       from Kenya.";
        assert_eq!(pairs(accused), none);
        assert_eq!(
            pairs("The Oromo Liberation Army attacked Kenya."),
            [["KEN".to_string(), "OLA".to_string()]]
        );
    }

    #[test]
    fn countries_people_organisations_and_pairs_are_filled() {
        let a = run(
            "Pakistani Interior Minister Mohsin Naqvi met UN officials in Tehran. Tensions \
                     between Pakistan and Afghanistan rose after clashes on the border.",
        );
        assert_eq!(
            a.countries,
            ["AFG", "PAK"],
            "Tehran as a venue does not add Iran"
        );
        assert_eq!(a.organizations, ["UN"]);
        assert_eq!(a.pairs, [["AFG".to_string(), "PAK".to_string()]]);
        let naqvi = &a.people[0];
        assert_eq!(
            (
                naqvi.name.as_str(),
                naqvi.office.as_deref(),
                naqvi.country.as_deref()
            ),
            ("Mohsin Naqvi", Some("Interior Minister"), Some("PAK"))
        );
        let kinds: Vec<_> = a.mentions.iter().map(|m| (m.kind, m.id.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (MentionKind::Country, "PAK"),
                (MentionKind::Person, "Mohsin Naqvi"),
                (MentionKind::Organization, "UN"),
                (MentionKind::Country, "IRN"),
                (MentionKind::Country, "PAK"),
                (MentionKind::Country, "AFG"),
            ]
        );
    }
}
