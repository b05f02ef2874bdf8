//! The closed-class words extraction reasons with: mediation cues, status verbs, negators,
//! modals, prepositions, office titles. Each word belongs to a set of classes ([`Class`] bits);
//! [`classes`] answers with one hash probe on the token's folded key.

use super::text::key;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A hasher for token keys: 64-bit hashes, or the small keys of the vocabulary, which one
/// multiplication spreads over the bits the table uses.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(super::text::SPREAD);
    }
}

pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// Word classes, as bits.
pub type Class = u64;

/// "mediate", "brokered", "facilitating": verbs of third-party mediation.
pub const CUE_VERB: Class = 1 << 0;
/// "mediation", "mediator", "intermediary", "auspices": nouns of mediation.
pub const CUE_NOUN: Class = 1 << 1;
/// "host", "hosted": mediation only with talks between parties.
pub const HOST: Class = 1 << 2;
/// "offer", "ready", "willing", "proposed".
pub const OFFER: Class = 1 << 3;
/// "asked", "requested", "appealed", "invited".
pub const REQUEST: Class = 1 << 4;
/// "accepted", "welcomed", "embraced".
pub const ACCEPT: Class = 1 << 5;
/// "rejected", "refused", "dismissed", "declined".
pub const REJECT: Class = 1 << 6;
/// "will", "scheduled", "upcoming", "next".
pub const SCHEDULE: Class = 1 << 7;
/// "held", "hosted", "convened", "met".
pub const HELD: Class = 1 << 8;
/// "signed", "reached", "sealed", "struck": an agreement concluded.
pub const CONCLUDE: Class = 1 << 9;
/// "collapsed", "failed", "stalled", "deadlock".
pub const FAIL: Class = 1 << 10;
/// "talks", "negotiations", "dialogue", "meeting".
pub const TALKS: Class = 1 << 11;
/// "ceasefire", "truce", "deal", "agreement".
pub const AGREEMENT: Class = 1 << 12;
/// "not", "no", "never", "neither".
pub const NEGATION: Class = 1 << 13;
/// "could", "might", "may", "would", "should".
pub const MODAL: Class = 1 << 14;
/// "speculate", "possibly", "potential", "hopes", "likely".
pub const SPECULATION: Class = 1 << 15;
/// "in", "at", "near", "inside": before a place used as a venue.
pub const LOCATIVE: Class = 1 << 16;
/// "visit", "arrived", "travelled": a following "to X" or "X" is a place.
pub const TRAVEL: Class = 1 << 17;
/// "between", "among".
pub const BETWEEN: Class = 1 << 18;
/// "tensions", "dispute", "clashes", "conflict", "border": the parties are at odds.
pub const DISPUTE: Class = 1 << 19;
/// "after", "which", "while", "but": a new clause starts here.
pub const CLAUSE: Class = 1 << 20;
/// "he", "she", "it", "they", "its": refers back to an earlier entity.
pub const PRONOUN: Class = 1 << 21;
/// "support", "help", "backing", "assistance": with a state before it, a mediator's role.
pub const SUPPORT: Class = 1 << 22;
/// "restraint", "calm": a call for restraint is not mediation.
pub const RESTRAINT: Class = 1 << 23;
/// "and", "&": joins a pair.
pub const AND: Class = 1 << 24;
/// "by": introduces the agent of a passive verb.
pub const BY: Class = 1 << 25;
/// "is", "has", "was", "have": auxiliaries.
pub const AUX: Class = 1 << 26;
/// "yesterday", "today", "tomorrow", "week", "month", "earlier", "later": relative time.
pub const RELATIVE: Class = 1 << 27;
/// "said", "told", "stated": a report of speech.
pub const REPORT: Class = 1 << 28;
/// "former", "late", "ex": the office is no longer held.
pub const FORMER: Class = 1 << 29;
/// "officials", "government", "authorities", "leader": a state's people or institutions.
pub const INSTITUTION: Class = 1 << 30;
/// Past-tense verb forms and participles that make a statement about the past.
pub const PAST: Class = 1 << 31;
/// "the", "a", "an", "its", "their": skipped when looking at a noun's neighbours.
pub const DETERMINER: Class = 1 << 32;
/// "both", "two", "sides", "parties", "neighbours": a reference to the parties as a whole.
pub const BOTH: Class = 1 << 33;
/// "with".
pub const WITH: Class = 1 << 34;
/// "of".
pub const OF: Class = 1 << 35;
/// "to".
pub const TO: Class = 1 << 36;
/// "help", "assist", "resolve", "ease": what a mediator offers to do for both sides.
pub const HELP: Class = 1 << 37;
/// "if", "whether", "unless": a condition or an open question.
pub const CONDITION: Class = 1 << 38;
/// "urged", "called", "encouraged": a call on others, not mediation itself.
pub const URGE: Class = 1 << 39;
/// "peace", "political", "indirect", "direct", "ceasefire": adjectives of talks.
pub const TALKS_MODIFIER: Class = 1 << 40;
/// "denied", "denies": the statement is denied.
pub const DENY: Class = 1 << 41;
/// "analysts", "observers", "experts": third parties whose views are not events.
pub const PUNDIT: Class = 1 << 42;
/// "from": "from X" after a travel verb is a place.
pub const FROM: Class = 1 << 43;
/// "ended", "ending", "concluded": with "without", a failure.
pub const END: Class = 1 << 44;
/// "without".
pub const WITHOUT: Class = 1 << 45;
/// "capable", "able", "potential": a capacity, not an act.
pub const CAPACITY: Class = 1 << 46;
/// Words that make "under X's ..." a mediation: "auspices", "mediation", "sponsorship".
pub const AUSPICES: Class = 1 << 47;
/// "under".
pub const UNDER: Class = 1 << 48;
/// "through", "via".
pub const THROUGH: Class = 1 << 49;
/// "carried", "relayed", "passing": with "messages", what a go-between does.
pub const MESSAGE_VERB: Class = 1 << 50;
/// "messages", "proposals", "letters".
pub const MESSAGE: Class = 1 << 51;
/// "accused", "attacked", "condemned": one party acting against another.
pub const HOSTILE_VERB: Class = 1 << 52;
/// "strikes", "attack", "invasion": a hostile act ("Iran's strikes on").
pub const HOSTILE_NOUN: Class = 1 << 53;
/// Month and weekday names and abbreviations: a sentence may print a date.
pub const DATE_WORD: Class = 1 << 54;

#[rustfmt::skip]
const WORDS: &[(Class, &[&str])] = &[
    (CUE_VERB, &[
        "mediate", "mediates", "mediated", "mediating", "broker", "brokers", "brokered",
        "brokering", "facilitate", "facilitates", "facilitated", "facilitating", "intercede",
        "intercedes", "interceded", "interceding", "arbitrate", "arbitrated", "arbitrating",
        "sponsored", "co-mediated", "shuttled", "shuttling", "moderated", "moderating",
        "co-brokered", "co-hosted", "co-sponsored",
    ]),
    (CUE_NOUN, &[
        "mediation", "mediations", "mediator", "mediators", "mediatory", "intermediary",
        "intermediaries", "facilitator", "facilitators", "facilitation", "auspices", "middleman",
        "peacemaker", "go-between", "interlocutor", "brokerage", "sponsorship", "moderator",
        "moderators", "co-mediator", "co-mediators", "intermediation", "go-betweens", "co-sponsor",
        "co-sponsors",
    ]),
    (HOST, &[
        "host", "hosts", "hosted", "hosting", "co-hosted", "convene", "convened", "convenes", "convening",
        "arranged", "organised", "organized", "arrange", "organise", "organize",
    ]),
    (OFFER, &[
        "offer", "offers", "offered", "offering", "propose", "proposes", "proposed", "proposing",
        "proposal", "ready", "readiness", "willing", "willingness", "prepared", "volunteered",
        "volunteers", "volunteer", "pledged", "pledges", "initiative", "happy", "glad", "eager",
        "bid", "bids", "available", "overture", "overtures", "love",
    ]),
    (REQUEST, &[
        "ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting",
        "appeal", "appeals", "appealed", "appealing", "sought", "seek", "seeks", "seeking",
        "invite", "invites", "invited", "inviting", "invitation", "solicited", "plea",
    ]),
    (ACCEPT, &[
        "accept", "accepts", "accepted", "accepting", "acceptance", "welcome", "welcomes",
        "welcomed", "welcoming", "embraced", "embraces", "endorsed",
    ]),
    (REJECT, &[
        "reject", "rejects", "rejected", "rejecting", "rejection", "refuse", "refuses", "refused",
        "refusing", "refusal", "dismiss", "dismisses", "dismissed", "dismissing", "declined",
        "declines", "decline", "rebuffed", "rebuffs", "spurned", "snubbed", "repudiated", "ruled",
    ]),
    (SCHEDULE, &[
        "will", "shall", "scheduled", "slated", "upcoming", "next", "planned", "plans", "plan",
        "due", "tomorrow", "expected", "set", "forthcoming", "later", "pencilled", "penciled",
    ]),
    (HELD, &[
        "held", "hosted", "convened", "met", "mediated", "brokered", "facilitated", "sponsored",
        "took", "holds", "hold", "holding", "co-mediated", "shuttled", "chaired", "led",
        "opened", "began", "resumed", "started", "arranged", "organised", "organized",
    ]),
    (CONCLUDE, &[
        "signed", "sign", "signs", "signing", "reached", "reach", "reaches", "sealed", "seal",
        "struck", "strike", "clinched", "inked", "finalised", "finalized", "agreed", "agree",
        "agrees", "secured", "concluded", "announced", "produced", "yielded", "initialled",
        "initialed", "hammered",
    ]),
    (FAIL, &[
        "collapsed", "collapse", "collapses", "collapsing", "failed", "fail", "fails", "failure",
        "stalled", "stall", "stalls", "deadlock", "deadlocked", "breakdown", "faltered",
        "floundered", "derailed", "suspended", "impasse", "stalemate", "abandoned", "fizzled",
        "unravelled", "unraveled", "foundered", "broke", "fell", "walked", "pulling", "pulled",
        "pulls", "withdrew", "withdrawing", "withdraws", "withdrawn", "quit", "quits", "boycotted",
        "suspend", "suspends", "cancelled", "canceled",
    ]),
    (TALKS, &[
        "talks", "negotiations", "negotiation", "discussions", "dialogue", "meeting", "meetings",
        "summit", "round", "rounds", "conference", "consultations", "parleys", "negotiating",
        "process", "session", "sessions", "contacts",
    ]),
    (AGREEMENT, &[
        "ceasefire", "ceasefires", "truce", "truces", "deal", "deals", "agreement", "agreements",
        "accord", "accords", "pact", "armistice", "swap", "exchange", "declaration", "settlement",
        "roadmap", "memorandum", "plan", "protocol", "protocols", "arrangement", "understanding",
        "cessation", "framework", "compromise", "communique", "communiqué", "treaty", "treaties",
        "pause",
    ]),
    (NEGATION, &[
        "not", "no", "never", "neither", "nor", "cannot", "nothing", "none", "nobody", "t",
    ]),
    (MODAL, &[
        "could", "might", "may", "would", "should", "must", "ought",
    ]),
    (SPECULATION, &[
        "speculate", "speculated", "speculates", "speculation", "possibly", "possible", "perhaps",
        "likely", "unlikely", "hope", "hopes", "hoped", "hoping", "rumoured", "rumored",
        "conceivably", "envisage", "envisaged", "mooted", "emphasise", "emphasize", "seek", "seeks",
        "aims", "aim", "aspire", "aspires", "tries", "try", "trying", "consider", "considering",
        "considers", "mulls", "mulling", "potential", "potentially", "suggesting", "claiming",
    ]),
    (LOCATIVE, &[
        "in", "at", "near", "outside", "inside", "within", "across", "throughout", "around", "via",
    ]),
    (TRAVEL, &[
        "visit", "visits", "visited", "visiting", "arrived", "arrive", "arrives", "arriving",
        "travelled", "traveled", "travel", "travels", "flew", "returned", "returning", "trip",
        "went", "headed", "landed", "tour", "toured",
    ]),
    (BETWEEN, &[
        "between", "among", "amongst",
    ]),
    (DISPUTE, &[
        "tension", "tensions", "dispute", "disputes", "conflict", "conflicts", "clash", "clashes",
        "war", "wars", "hostilities", "standoff", "stand-off", "rift", "row", "feud", "skirmishes",
        "skirmish", "fighting", "border", "crisis", "rivalry", "confrontation", "escalation",
        "animosity", "frontier", "strained", "odds", "spat", "quarrel", "enmity", "war-torn",
        "flashpoint", "strikes", "airstrikes", "attacks", "retaliation", "hostility", "fight",
        "fought", "offensive", "invasion", "ties", "relations", "differences", "disagreement",
        "disagreements", "standoffs", "grievances", "fire", "clashed", "skirmished",
    ]),
    (CLAUSE, &[
        "after", "which", "who", "whom", "whose", "while", "but", "although", "though", "whereas", "when",
        "because", "where", "before", "since", "yet", "however", "following", "follows", "followed",
        "follow", "amid", "that",
    ]),
    (PRONOUN, &[
        "he", "she", "it", "they", "its", "their", "his", "her", "we", "our", "us", "them",
    ]),
    (SUPPORT, &[
        "support", "help", "backing", "assistance", "sponsorship", "participation", "presence",
        "involvement", "role", "efforts", "effort", "guarantees", "good",
    ]),
    (RESTRAINT, &[
        "restraint", "calm", "de-escalation", "deescalation", "de-escalate",
    ]),
    (AND, &[
        "and", "&",
    ]),
    (BY, &[
        "by",
    ]),
    (AUX, &[
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "having",
    ]),
    (RELATIVE, &[
        "yesterday", "today", "tomorrow", "week", "weeks", "month", "months", "year", "years",
        "earlier", "later", "day", "days", "weekend", "tonight", "recently", "ago",
    ]),
    (REPORT, &[
        "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces",
        "confirmed", "confirms", "added", "adds", "noted", "notes", "declared", "declares",
        "stressed", "stresses", "emphasized", "emphasised", "according", "reported", "reports",
        "quoted", "expressed", "expresses", "reiterated", "reiterates", "affirmed", "asserted",
    ]),
    (FORMER, &[
        "former", "late", "ex", "then", "outgoing", "previous", "erstwhile",
    ]),
    (INSTITUTION, &[
        "officials", "official", "government", "governments", "authorities", "leader", "leaders",
        "leadership", "administration", "ministry", "president", "presidents", "diplomats",
        "diplomat", "envoy", "envoys", "delegation", "delegations", "regime", "cabinet", "side",
        "state", "military",
        "army", "forces", "troops", "embassy", "ambassador", "premier", "minister", "foreign",
        "defence", "defense", "interior", "prime", "junta", "parliament", "counterparts",
        "counterpart", "negotiators", "delegates", "representatives", "ministers", "experts",
    ]),
    (PAST, &[
        "held", "hosted", "convened", "met", "mediated", "brokered", "facilitated", "sponsored",
        "was", "were", "had", "did", "collapsed", "failed", "stalled", "ended", "took", "signed",
        "reached", "offered", "proposed", "accepted", "rejected", "refused", "welcomed",
        "requested", "asked", "agreed", "sealed", "struck", "concluded", "led", "shuttled",
        "interceded", "arbitrated", "broke", "fell", "walked", "chaired", "opened", "began",
        "resumed", "started",
    ]),
    (DETERMINER, &[
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
        "recent", "latest", "new", "fresh", "formal", "earlier", "previous", "renewed", "several",
        "two", "first", "second", "third", "last", "another", "further", "direct", "indirect",
    ]),
    (BOTH, &[
        "both", "two", "sides", "parties", "neighbours", "neighbors", "nations", "countries",
        "rivals", "foes", "adversaries", "sides'", "capitals", "governments", "states",
        "delegations",
    ]),
    (WITH, &[
        "with", "alongside",
    ]),
    (OF, &[
        "of",
    ]),
    (TO, &[
        "to", "into",
    ]),
    (HELP, &[
        "help", "helps", "helping", "assist", "assisting", "resolve", "resolving", "settle",
        "settling", "ease", "easing", "defuse", "defusing", "end", "ending", "bridge", "bridging",
        "reconcile", "reconciling", "solve", "solving", "calm", "assistance", "de-escalate",
        "reduce", "resolution", "support",
    ]),
    (CONDITION, &[
        "if", "whether", "unless", "provided",
    ]),
    (URGE, &[
        "urged", "urges", "urge", "urging", "called", "calls", "call", "calling", "encouraged",
        "encourages", "encourage", "pressed", "pressing", "exhorted", "demanded", "demands",
    ]),
    (TALKS_MODIFIER, &[
        "peace", "political", "indirect", "direct", "ceasefire", "truce", "proximity", "high-level",
        "bilateral", "trilateral", "technical", "exploratory", "preliminary", "recent", "latest",
        "new", "fresh", "formal", "informal", "further", "marathon", "renewed", "earlier",
        "previous", "initial", "subsequent", "secret", "face-to-face", "border", "security",
    ]),
    (DENY, &[
        "denied", "denies", "deny", "denying",
    ]),
    (PUNDIT, &[
        "analysts", "analyst", "observers", "observer", "experts", "expert", "commentators",
        "commentator", "pundits", "critics", "sources", "scholars", "think",
    ]),
    (FROM, &[
        "from",
    ]),
    (END, &[
        "ended", "ends", "ending", "end", "concluded", "closed", "wrapped", "finished", "adjourned",
    ]),
    (WITHOUT, &[
        "without",
    ]),
    (CAPACITY, &[
        "capable", "able", "capacity", "ability", "credentials", "position", "positioned",
        "potential",
    ]),
    (AUSPICES, &[
        "auspices", "mediation", "sponsorship", "aegis", "patronage", "chairmanship",
        "facilitation", "supervision", "guidance", "leadership",
    ]),
    (UNDER, &[
        "under",
    ]),
    (THROUGH, &[
        "through", "via",
    ]),
    (MESSAGE_VERB, &[
        "carried", "carry", "carries", "carrying", "passed", "passing", "relayed", "relaying",
        "conveyed", "conveying", "delivered", "delivering", "ferried", "ferrying", "convey",
        "conveys", "relay", "relays", "pass", "passes", "deliver", "delivers", "handed",
        "handing",
    ]),
    (MESSAGE, &[
        "messages", "proposals", "letters", "message", "proposal", "letter", "demands", "replies",
        "reply", "response", "responses", "assurances", "objections", "list", "lists",
        "conditions",
    ]),
    (HOSTILE_VERB, &[
        "accused", "accuses", "accusing", "attacked", "struck", "bombed", "shelled", "invaded",
        "raided", "targeted", "blamed", "blames", "condemned", "condemns", "denounced",
        "sanctioned",
    ]),
    (HOSTILE_NOUN, &[
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "offensive",
        "invasion", "raid", "raids", "incursion", "shelling",
    ]),
    (DATE_WORD, &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun",
    ]),
];

fn table() -> &'static KeyMap<Class> {
    static TABLE: OnceLock<KeyMap<Class>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = KeyMap::default();
        for (class, words) in WORDS {
            for w in *words {
                *m.entry(key(w)).or_insert(0) |= class;
            }
        }
        m
    })
}

/// The classes of a word, by its folded key (0 for none).
#[inline]
pub fn classes(k: u64) -> Class {
    table().get(&k).copied().unwrap_or(0)
}

/// Offices as they are printed, each with the form the people list uses. The matcher keeps the
/// longest that fits ("Deputy Prime Minister" over "Prime Minister").
#[rustfmt::skip]
pub const OFFICE_TITLES: &[(&str, &str)] = &[
    ("President", "President"),
    ("Vice President", "Vice President"),
    ("Vice-President", "Vice President"),
    ("Prime Minister", "Prime Minister"),
    ("PM", "Prime Minister"),
    ("Deputy Prime Minister", "Deputy Prime Minister"),
    ("Foreign Minister", "Foreign Minister"),
    ("Foreign Affairs Minister", "Foreign Minister"),
    ("Minister of Foreign Affairs", "Foreign Minister"),
    ("Minister for Foreign Affairs", "Foreign Minister"),
    ("Deputy Foreign Minister", "Deputy Foreign Minister"),
    ("Foreign Secretary", "Foreign Secretary"),
    ("Secretary of State", "Secretary of State"),
    ("External Affairs Minister", "External Affairs Minister"),
    ("Defence Minister", "Defence Minister"),
    ("Defense Minister", "Defence Minister"),
    ("Minister of Defence", "Defence Minister"),
    ("Minister of Defense", "Defence Minister"),
    ("Defense Secretary", "Defence Secretary"),
    ("Defence Secretary", "Defence Secretary"),
    ("Secretary of Defense", "Secretary of Defense"),
    ("Interior Minister", "Interior Minister"),
    ("Minister of Interior", "Interior Minister"),
    ("Minister of the Interior", "Interior Minister"),
    ("Home Minister", "Home Minister"),
    ("Home Secretary", "Home Secretary"),
    ("Information Minister", "Information Minister"),
    ("Finance Minister", "Finance Minister"),
    ("National Security Adviser", "National Security Adviser"),
    ("National Security Advisor", "National Security Adviser"),
    ("Secretary-General", "Secretary-General"),
    ("Secretary General", "Secretary-General"),
    ("Special Envoy", "Special Envoy"),
    ("Envoy", "Envoy"),
    ("Ambassador", "Ambassador"),
    ("King", "King"),
    ("Queen", "Queen"),
    ("Emir", "Emir"),
    ("Amir", "Emir"),
    ("Sultan", "Sultan"),
    ("Crown Prince", "Crown Prince"),
    ("Supreme Leader", "Supreme Leader"),
    ("Chancellor", "Chancellor"),
    ("Premier", "Premier"),
    ("Army Chief", "Army Chief"),
    ("Chief of Army Staff", "Chief of Army Staff"),
    ("Field Marshal", "Field Marshal"),
    ("spokesperson", "Spokesperson"),
    ("spokesman", "Spokesperson"),
    ("spokeswoman", "Spokesperson"),
    ("Spokesperson", "Spokesperson"),
    ("Spokesman", "Spokesperson"),
    ("Spokeswoman", "Spokesperson"),
    ("Chairman", "Chairman"),
    ("Chairperson", "Chairperson"),
    ("Speaker", "Speaker"),
    ("Governor", "Governor"),
    ("Chief Minister", "Chief Minister"),
    ("High Representative", "High Representative"),
    ("Commission President", "Commission President"),
    ("Governor-General", "Governor-General"),
    ("governor-general", "Governor-General"),
    ("Foreign Policy Chief", "High Representative"),
    ("foreign policy chief", "High Representative"),
];

/// Words that may stand before an office and belong to it ("Caretaker Prime Minister"); they are
/// dropped from the office name.
pub const OFFICE_PREFIXES: &[&str] = &[
    "Caretaker",
    "Acting",
    "Interim",
    "caretaker",
    "acting",
    "interim",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_have_their_classes() {
        let cases: &[(&str, Class)] = &[
            ("Mediated", CUE_VERB | HELD | PAST),
            ("offer", OFFER),
            ("between", BETWEEN),
            ("could", MODAL),
            ("xyzzy", 0),
        ];
        for &(w, c) in cases {
            assert_eq!(classes(key(w)) & c, c, "{w}");
            if c == 0 {
                assert_eq!(classes(key(w)), 0);
            }
        }
    }
}
