//! A deterministic synthetic corpus for benchmarks and scale tests: news-like articles about
//! disputes between states and third parties mediating them.
//!
//! What is realistic: article lengths (log-normal around 480 words, 80 to 3,000), a Zipfian
//! vocabulary (function words, news words, then a long tail of made-up words with inflections,
//! growing with the corpus as real vocabularies do), country names in running text, pairs in
//! dispute with skewed popularity, mediation events with mediators, statuses and dates of every
//! precision across 2015–2025, some undated articles, and people written under name variants.
//! What is not: the sentences mean nothing. The extraction fields are filled directly from what
//! was generated, so facets can be tested and measured without the extractor.
//!
//! The same `(articles, seed)` always gives the same corpus, on every platform: the generator is
//! a SplitMix64 stream, not a source of randomness.

use crate::date::{Date, DateInterval};
use crate::model::{Article, Corpus, MediationEvent, Span, Status};

/// SplitMix64: tiny, fast, and identical everywhere.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Standard normal (Box–Muller).
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Countries of the synthetic world: code, name as written, capital.
const COUNTRIES: [(&str, &str, &str); 44] = [
    ("AFG", "Afghanistan", "Kabul"),
    ("ARE", "United Arab Emirates", "Abu Dhabi"),
    ("ARM", "Armenia", "Yerevan"),
    ("AZE", "Azerbaijan", "Baku"),
    ("CHN", "China", "Beijing"),
    ("COD", "Democratic Republic of the Congo", "Kinshasa"),
    ("COL", "Colombia", "Bogotá"),
    ("DZA", "Algeria", "Algiers"),
    ("EGY", "Egypt", "Cairo"),
    ("ERI", "Eritrea", "Asmara"),
    ("ETH", "Ethiopia", "Addis Ababa"),
    ("FRA", "France", "Paris"),
    ("GRC", "Greece", "Athens"),
    ("IND", "India", "New Delhi"),
    ("IRN", "Iran", "Tehran"),
    ("IRQ", "Iraq", "Baghdad"),
    ("ISR", "Israel", "Jerusalem"),
    ("JPN", "Japan", "Tokyo"),
    ("KEN", "Kenya", "Nairobi"),
    ("KOR", "South Korea", "Seoul"),
    ("LBN", "Lebanon", "Beirut"),
    ("MAR", "Morocco", "Rabat"),
    ("NOR", "Norway", "Oslo"),
    ("OMN", "Oman", "Muscat"),
    ("PAK", "Pakistan", "Islamabad"),
    ("PRK", "North Korea", "Pyongyang"),
    ("PSE", "Palestine", "Ramallah"),
    ("QAT", "Qatar", "Doha"),
    ("RUS", "Russia", "Moscow"),
    ("RWA", "Rwanda", "Kigali"),
    ("SAU", "Saudi Arabia", "Riyadh"),
    ("SDN", "Sudan", "Khartoum"),
    ("SSD", "South Sudan", "Juba"),
    ("SOM", "Somalia", "Mogadishu"),
    ("SRB", "Serbia", "Belgrade"),
    ("XKX", "Kosovo", "Pristina"),
    ("CHE", "Switzerland", "Bern"),
    ("THA", "Thailand", "Bangkok"),
    ("KHM", "Cambodia", "Phnom Penh"),
    ("TUR", "Türkiye", "Ankara"),
    ("UKR", "Ukraine", "Kyiv"),
    ("USA", "United States", "Washington"),
    ("VEN", "Venezuela", "Caracas"),
    ("YEM", "Yemen", "Sanaa"),
];

/// Pairs in dispute, most written about first.
const PAIRS: [(&str, &str); 24] = [
    ("ISR", "PSE"),
    ("RUS", "UKR"),
    ("IND", "PAK"),
    ("AFG", "PAK"),
    ("ARM", "AZE"),
    ("SDN", "SSD"),
    ("EGY", "ETH"),
    ("KOR", "PRK"),
    ("COD", "RWA"),
    ("SRB", "XKX"),
    ("ISR", "LBN"),
    ("IRN", "USA"),
    ("ERI", "ETH"),
    ("DZA", "MAR"),
    ("KHM", "THA"),
    ("COL", "VEN"),
    ("IRN", "SAU"),
    ("GRC", "TUR"),
    ("IRN", "PAK"),
    ("CHN", "IND"),
    ("KEN", "SOM"),
    ("IRQ", "TUR"),
    ("SAU", "YEM"),
    ("CHN", "JPN"),
];

/// Mediators, most active first: countries and organisations (id, name as written).
const MEDIATORS: [(&str, &str); 16] = [
    ("QAT", "Qatar"),
    ("EGY", "Egypt"),
    ("TUR", "Türkiye"),
    ("UN", "the United Nations"),
    ("SAU", "Saudi Arabia"),
    ("CHN", "China"),
    ("OMN", "Oman"),
    ("USA", "the United States"),
    ("ARE", "the United Arab Emirates"),
    ("IRN", "Iran"),
    ("NOR", "Norway"),
    ("CHE", "Switzerland"),
    ("AU", "the African Union"),
    ("EU", "the European Union"),
    ("OIC", "the Organisation of Islamic Cooperation"),
    ("KEN", "Kenya"),
];

/// People, each with the spellings used for them.
const PEOPLE: [&[&str]; 8] = [
    &["Abbas Araghchi", "Abbas Araqchi", "Araghchi", "Araqchi"],
    &["Hakan Fidan", "Fidan"],
    &[
        "Mohammed bin Abdulrahman Al Thani",
        "Sheikh Mohammed",
        "Al Thani",
    ],
    &["Badr Abdelatty", "Abdelatty", "Badr Abdel Aty"],
    &["Shehbaz Sharif", "Shahbaz Sharif", "Sharif"],
    &["Sergey Lavrov", "Sergei Lavrov", "Lavrov"],
    &["Ishaq Dar", "Dar"],
    &["Wang Yi", "Wang"],
];

const FUNCTION_WORDS: [&str; 40] = [
    "the", "of", "and", "to", "in", "a", "that", "for", "on", "is", "with", "said", "was", "as",
    "by", "it", "at", "from", "his", "an", "be", "has", "have", "its", "are", "were", "which",
    "this", "after", "but", "not", "also", "had", "their", "would", "who", "been", "will", "they",
    "over",
];

const NEWS_WORDS: [&str; 159] = [
    "government",
    "minister",
    "talks",
    "foreign",
    "security",
    "officials",
    "president",
    "border",
    "ceasefire",
    "military",
    "forces",
    "peace",
    "agreement",
    "country",
    "region",
    "meeting",
    "statement",
    "spokesman",
    "week",
    "conflict",
    "troops",
    "relations",
    "negotiations",
    "dialogue",
    "diplomatic",
    "sides",
    "prime",
    "tensions",
    "attack",
    "people",
    "crisis",
    "support",
    "international",
    "delegation",
    "envoy",
    "ministry",
    "council",
    "visit",
    "leaders",
    "national",
    "political",
    "economic",
    "trade",
    "sanctions",
    "humanitarian",
    "aid",
    "refugees",
    "villages",
    "killed",
    "wounded",
    "clashes",
    "violence",
    "accused",
    "denied",
    "warned",
    "called",
    "urged",
    "announced",
    "confirmed",
    "reported",
    "according",
    "sources",
    "agency",
    "summit",
    "capital",
    "province",
    "territory",
    "dispute",
    "water",
    "dam",
    "oil",
    "gas",
    "pipeline",
    "energy",
    "prisoners",
    "exchange",
    "hostages",
    "release",
    "corridor",
    "withdrawal",
    "framework",
    "proposal",
    "plan",
    "roadmap",
    "round",
    "process",
    "efforts",
    "initiative",
    "commitment",
    "stability",
    "cooperation",
    "integrity",
    "sovereignty",
    "elections",
    "parliament",
    "opposition",
    "rebels",
    "militants",
    "insurgents",
    "army",
    "navy",
    "drone",
    "strikes",
    "missile",
    "shelling",
    "incursion",
    "occupation",
    "settlement",
    "resolution",
    "vote",
    "assembly",
    "embassy",
    "ambassador",
    "consulate",
    "mission",
    "observers",
    "monitoring",
    "verification",
    "implementation",
    "guarantees",
    "compensation",
    "reconstruction",
    "economy",
    "inflation",
    "markets",
    "investment",
    "infrastructure",
    "ports",
    "airport",
    "railway",
    "electricity",
    "shortages",
    "protests",
    "crackdown",
    "arrests",
    "court",
    "ruling",
    "law",
    "constitution",
    "reforms",
    "budget",
    "debt",
    "loan",
    "bank",
    "fund",
    "million",
    "billion",
    "percent",
    "year",
    "month",
    "day",
    "today",
    "yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

const SYLLABLES: [&str; 64] = [
    "ka", "lo", "mi", "ra", "ten", "sor", "vel", "dan", "pri", "mu", "set", "ber", "gal", "ton",
    "ris", "ne", "ba", "cor", "di", "fel", "gur", "hal", "jin", "kor", "lum", "mar", "nos", "pel",
    "qua", "rin", "sta", "vo", "be", "ca", "de", "fa", "ge", "hi", "ja", "ki", "la", "me", "na",
    "po", "ru", "sa", "ti", "va", "wen", "yo", "zu", "bro", "cle", "dro", "fli", "gro", "ple",
    "tra", "ve", "so", "mo", "lu", "ni", "ko",
];

const SUFFIXES: [&str; 4] = ["s", "ed", "ing", "ly"];

/// Word ranks of the vocabulary (function words, news words, made-up words). With the two
/// exponents below, the number of distinct words grows with the corpus as Heaps' law fitted to
/// news wire text says (about 44 n^0.49 for n words: 27,000 in 500,000 words, 88,000 in 5.5
/// million, 166,000 in 20 million), within 10%.
const VOCABULARY: usize = 2_000_000;
/// Ranks below this follow Zipf's law with exponent 1; rarer words fall off with exponent 2.2,
/// as the rare tail of real vocabularies does.
const ZIPF_KNEE: usize = 3_000;

/// The made-up word of rank `i`: its base-64 digits as syllables, at least two, so frequent
/// words are short and every rank gives a different word.
fn made_up_word(i: usize, out: &mut String) {
    let mut x = i;
    let mut n = 0;
    while x > 0 || n < 2 {
        out.push_str(SYLLABLES[x % SYLLABLES.len()]);
        x /= SYLLABLES.len();
        n += 1;
    }
}

/// Zipf–Mandelbrot sampler over ranks, with a second, steeper exponent beyond `knee`.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64, q: f64) -> Zipf {
        Zipf::with_knee(n, s, q, n, s)
    }

    fn with_knee(n: usize, s: f64, q: f64, knee: usize, tail: f64) -> Zipf {
        let join = (knee as f64 + q).powf(tail - s);
        let mut total = 0.0f64;
        let mut c = Vec::with_capacity(n);
        for r in 0..n {
            let x = r as f64 + q;
            total += if r < knee {
                1.0 / x.powf(s)
            } else {
                join / x.powf(tail)
            };
            c.push(total);
        }
        c.iter_mut().for_each(|x| *x /= total);
        Zipf { cumulative: c }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cumulative
            .partition_point(|&c| c < u)
            .min(self.cumulative.len() - 1)
    }
}

/// Generates `articles` articles from `seed`.
pub fn corpus(articles: usize, seed: u64) -> Corpus {
    let mut g = Generator::new(seed);
    Corpus {
        articles: (0..articles).map(|i| g.article(i)).collect(),
        skipped: Vec::new(),
    }
}

/// Generates articles one at a time (for streaming a large corpus out).
pub struct Generator {
    rng: Rng,
    zipf: Zipf,
    pairs: Zipf,
    mediators: Zipf,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator {
            rng: Rng::new(seed),
            zipf: Zipf::with_knee(VOCABULARY, 1.0, 2.7, ZIPF_KNEE, 2.2),
            pairs: Zipf::new(PAIRS.len(), 0.9, 1.5),
            mediators: Zipf::new(MEDIATORS.len(), 0.8, 1.5),
        }
    }

    fn word(&mut self, out: &mut String) {
        let r = self.zipf.sample(&mut self.rng);
        if r < FUNCTION_WORDS.len() {
            out.push_str(FUNCTION_WORDS[r]);
        } else if r < FUNCTION_WORDS.len() + NEWS_WORDS.len() {
            out.push_str(NEWS_WORDS[r - FUNCTION_WORDS.len()]);
        } else {
            made_up_word(r, out);
            if self.rng.chance(0.08) {
                let suffix: &&str = self.rng.pick(&SUFFIXES);
                out.push_str(suffix);
            }
        }
    }

    fn sentence(&mut self, words: usize, names: &[&str], out: &mut String) {
        let start = out.len();
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            if !names.is_empty() && self.rng.chance(0.06) {
                let name: &&str = self.rng.pick(names);
                out.push_str(name);
            } else {
                self.word(out);
            }
        }
        capitalise(out, start);
        out.push('.');
    }

    /// The `i`-th article.
    pub fn article(&mut self, i: usize) -> Article {
        let rng = &mut self.rng;
        // Dates: 2015–2025, more articles in later years.
        let day0 = Date::new(2015, 1, 1).map_or(0, |d| d.day_number());
        let span = Date::new(2025, 12, 31).map_or(0, |d| d.day_number()) - day0;
        let published_day = day0 + (span as f64 * rng.unit().sqrt()) as i32;
        let published = Date::from_day_number(published_day);
        let published = if rng.chance(0.05) {
            None
        } else {
            published.map(|d| DateInterval::day(d, "dateline"))
        };

        let mut pairs: Vec<[String; 2]> = Vec::new();
        for _ in 0..1 + rng.chance(0.25) as usize {
            let (a, b) = PAIRS[self.pairs.sample(rng)];
            let p = [a.to_string(), b.to_string()];
            if !pairs.contains(&p) {
                pairs.push(p);
            }
        }
        let mut countries: Vec<String> = pairs.iter().flatten().cloned().collect();
        for _ in 0..rng.below(4) {
            countries.push(rng.pick(&COUNTRIES).0.to_string());
        }

        let mut events = Vec::new();
        let n_events = [0, 1, 1, 1, 2, 2, 3][rng.below(7)];
        for _ in 0..n_events {
            let [a, b] = rng.pick(&pairs).clone();
            let (med, _) = loop {
                let m = MEDIATORS[self.mediators.sample(rng)];
                if m.0 != a && m.0 != b {
                    break m;
                }
            };
            let status = Status::ALL[[0, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 7][rng.below(12)]];
            let base = published.as_ref().map(|p| p.earliest);
            let date = match (base, rng.below(10)) {
                (Some(d), 0..=5) => Some(DateInterval::day(
                    d.add_days(-(rng.below(5) as i32)),
                    "relative",
                )),
                (Some(d), 6 | 7) => DateInterval::month(d.year(), d.month(), "month named"),
                (Some(d), 8) => DateInterval::year(d.year() - rng.below(3) as i32, "year named"),
                _ => None,
            };
            if COUNTRIES.iter().any(|c| c.0 == med) {
                countries.push(med.to_string());
            }
            events.push(MediationEvent {
                kind: "mediation".into(),
                mediators: vec![med.to_string()],
                parties: vec![a, b],
                status,
                cameo: status.cameo().into(),
                date,
                evidence: String::new(),
                span: Span(0, 0),
            });
        }
        countries.sort();
        countries.dedup();

        fn name_of(code: &str) -> &str {
            COUNTRIES
                .iter()
                .find(|c| c.0 == code)
                .map(|c| c.1)
                .unwrap_or(code)
        }
        let mut names: Vec<&str> = countries.iter().map(|c| name_of(c)).collect();
        let person = *rng.pick(&PEOPLE);
        names.extend(person.iter().copied());

        // Title: a pair and a news word or two.
        let mut title = String::new();
        let [a, b] = &pairs[0];
        let verb = rng.pick(&[
            "talks",
            "tensions",
            "ceasefire",
            "dispute",
            "mediation",
            "agreement",
        ]);
        title.push_str(&format!("{} and {} {} ", name_of(a), name_of(b), verb));
        let extra = 3 + rng.below(6);
        for _ in 0..extra {
            self.word(&mut title);
            title.push(' ');
        }
        title.pop();
        capitalise(&mut title, 0);

        // Body: log-normal length; mediation sentences where the events are.
        let target = (480.0 * (0.5 * self.rng.normal()).exp()).clamp(80.0, 3000.0) as usize;
        let mut text = String::with_capacity(target * 7);
        let mut paragraphs = Vec::new();
        let mut written = 0;
        let mut event_no = 0;
        while written < target {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            let para_words = 40 + self.rng.below(80);
            let mut in_para = 0;
            while in_para < para_words && written < target {
                if in_para > 0 {
                    text.push(' ');
                }
                if event_no < events.len() && self.rng.chance(0.3) {
                    let sentence_start = text.len();
                    let e = &events[event_no];
                    mediation_sentence(e, &mut text);
                    let end = text.len();
                    events[event_no].evidence = text[sentence_start..end].to_string();
                    events[event_no].span = Span::new(sentence_start, end);
                    event_no += 1;
                    in_para += 12;
                    written += 12;
                    continue;
                }
                let n = 8 + self.rng.below(22);
                self.sentence(n, &names, &mut text);
                in_para += n;
                written += n;
            }
            paragraphs.push(Span::new(start, text.len()));
        }
        // Events whose sentence did not fit still get one, at the end.
        while event_no < events.len() {
            text.push_str("\n\n");
            let start = text.len();
            mediation_sentence(&events[event_no], &mut text);
            events[event_no].evidence = text[start..].to_string();
            events[event_no].span = Span::new(start, text.len());
            paragraphs.push(Span::new(start, text.len()));
            event_no += 1;
        }

        Article {
            file: format!("synth-{i:06}.txt"),
            title,
            title_derived: false,
            source: Some("Synthetic Wire".into()),
            dateline: None,
            byline: None,
            published,
            text,
            paragraphs,
            removed: Vec::new(),
            notes: Vec::new(),
            countries,
            people: Vec::new(),
            organizations: Vec::new(),
            pairs,
            events,
            mentions: Vec::new(),
            duplicate_of: None,
            also_reported_by: Vec::new(),
        }
    }
}

fn mediation_sentence(e: &MediationEvent, out: &mut String) {
    fn name(code: &str) -> &str {
        COUNTRIES
            .iter()
            .find(|c| c.0 == code)
            .map(|c| c.1)
            .or_else(|| MEDIATORS.iter().find(|m| m.0 == code).map(|m| m.1))
            .unwrap_or(code)
    }
    let m = name(&e.mediators[0]);
    let (a, b) = (name(&e.parties[0]), name(&e.parties[1]));
    let sentence = match e.status {
        Status::Requested => format!("{a} asked {m} to mediate its dispute with {b}."),
        Status::Offered => format!("{m} offered to mediate between {a} and {b}."),
        Status::Accepted => format!("{a} and {b} accepted the mediation offered by {m}."),
        Status::Rejected => format!("{b} rejected mediation by {m} in its dispute with {a}."),
        Status::Scheduled => {
            format!("Talks between {a} and {b} hosted by {m} are scheduled for next week.")
        }
        Status::Held => format!("Delegations of {a} and {b} held talks mediated by {m}."),
        Status::Agreed => format!("{a} and {b} signed an agreement brokered by {m}."),
        Status::Failed => format!("Mediation by {m} between {a} and {b} collapsed."),
    };
    let start = out.len();
    out.push_str(&sentence);
    capitalise(out, start);
}

fn capitalise(s: &mut String, at: usize) {
    if let Some(c) = s.get(at..).and_then(|t| t.chars().next()) {
        if c.is_ascii_lowercase() {
            s.replace_range(at..at + 1, &c.to_ascii_uppercase().to_string());
        }
    }
}

/// The benchmark's queries over a corpus, by kind; every query is a URL query string, so the
/// native and browser benchmarks (and a comparison engine) run exactly the same ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuerySet {
    /// A pair, a status and a start year: no text.
    pub facets_only: Vec<String>,
    /// One word of an article.
    pub one_word: Vec<String>,
    /// Three words of an article, with the pair and mediator of one of its events.
    pub three_words_two_facets: Vec<String>,
    /// Words typed letter by letter: each prefix is one query.
    pub prefix_typing: Vec<String>,
}

/// Draws `per_kind` queries of each kind (and `per_kind / 4` typed words) from `corpus`.
pub fn queries(corpus: &Corpus, per_kind: usize, seed: u64) -> QuerySet {
    use crate::search::query::percent_encode;
    let mut rng = Rng::new(seed);
    let mut set = QuerySet::default();
    let articles = &corpus.articles;
    if articles.is_empty() {
        return set;
    }
    let words_of = |a: &Article| -> Vec<String> {
        let mut out = Vec::new();
        crate::search::text::for_each_word(&a.text, |_, _, w| {
            if w.len() >= 3
                && !crate::search::text::is_stop_word(w)
                && w.bytes().all(|b| b.is_ascii_lowercase())
            {
                out.push(w.to_string());
            }
        });
        out
    };
    let with_events: Vec<&Article> = articles.iter().filter(|a| !a.events.is_empty()).collect();
    for _ in 0..per_kind {
        let a = rng.pick(articles);
        let mut q = String::new();
        if let Some([x, y]) = a.pairs.first() {
            q.push_str(&format!("pair={}", crate::search::query::pair_key(x, y)));
        }
        if let Some(e) = a.events.first() {
            q.push_str(&format!("&status={}", e.status.name()));
        }
        if let Some(d) = a.date() {
            q.push_str(&format!(
                "&from={}",
                d.earliest.year() - rng.below(3) as i32
            ));
        }
        set.facets_only.push(q.trim_start_matches('&').to_string());

        let a = rng.pick(articles);
        let words = words_of(a);
        if !words.is_empty() {
            set.one_word
                .push(format!("q={}+", percent_encode(rng.pick(&words).as_str())));
        }

        if let Some(a) = (!with_events.is_empty()).then(|| *rng.pick(&with_events)) {
            let words = words_of(a);
            let e = rng.pick(&a.events);
            if !words.is_empty() {
                let three: Vec<&str> = (0..3).map(|_| rng.pick(&words).as_str()).collect();
                set.three_words_two_facets.push(format!(
                    "q={}+&pair={}&mediator={}",
                    percent_encode(&three.join(" ")),
                    crate::search::query::pair_key(&e.parties[0], &e.parties[1]),
                    e.mediators[0]
                ));
            }
        }
    }
    for _ in 0..(per_kind / 4).max(1) {
        let a = rng.pick(articles);
        let words: Vec<String> = words_of(a).into_iter().filter(|w| w.len() >= 7).collect();
        if let Some(w) = (!words.is_empty()).then(|| rng.pick(&words).clone()) {
            for end in 1..=w.len() {
                set.prefix_typing
                    .push(format!("q={}", percent_encode(&w[..end])));
            }
        }
    }
    set
}
