//! The embedded reference data: every row parses, identifiers and names are consistent, tenures
//! do not overlap, and names resolve as a reader expects.

use explorer_core::reference::{
    files, load, office_role, reference, EntityKind, NameKind, Reference, Role, OFFICES,
};
use explorer_core::Date;
use std::collections::{BTreeMap, BTreeSet};

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// Every entity a name refers to, as `(kind, id)`.
fn resolve(r: &Reference, text: &str) -> Vec<(EntityKind, &'static str)> {
    let mut found: Vec<_> = r.lookup(text).iter().map(|n| (n.entity, n.id)).collect();
    found.dedup();
    found
}

#[test]
fn every_row_parses() {
    let (_, errors) = load();
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(report.is_empty(), "malformed rows:\n{}", report.join("\n"));
}

#[test]
fn malformed_rows_are_skipped_and_reported() {
    let countries =
        "# comment\nPAK\tPakistan\tIslamic Republic of Pakistan\t\tPakistani\tIslamabad\t\n\
                     XXX\tonly three\tfields\n";
    let orgs = "UN\tUnited Nations\tmaybe\tUN\nAU\tAfrican Union\tyes\tAU\n";
    let groups = "TTP\tTehrik-i-Taliban Pakistan\tPAK\t\tTTP\n\t\tPAK\t\t\n";
    let terms = "A\tPAK\tPrime Minister\t2020-02-30\t\t\t\n\
                 B\tPAK\tWizard\t2020-01-01\t\t\t\n\
                 C\tPAK\tPrime Minister\t2020-01-01\tsoon\t\t\n\
                 D\tPAK\tPrime Minister\t2020-01-01\t\tmaybe\t\n\
                 E\tPAK\tPrime Minister\t2020-01-01\t2021-01-01\tacting\tEe\n";
    let (r, errors) = Reference::parse(countries, orgs, groups, terms);
    let lines: Vec<(&str, usize)> = errors.iter().map(|e| (e.file, e.line)).collect();
    assert_eq!(
        lines,
        vec![
            ("countries.tsv", 3),
            ("organizations.tsv", 1),
            ("groups.tsv", 2),
            ("officeholders.tsv", 1),
            ("officeholders.tsv", 2),
            ("officeholders.tsv", 3),
            ("officeholders.tsv", 4),
        ]
    );
    assert_eq!(r.countries.len(), 1);
    assert_eq!(r.organizations.len(), 1);
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.terms.len(), 1);
    assert!(r.terms[0].acting);
    assert_eq!(r.terms[0].end, Some(date("2021-01-01")));
}

#[test]
fn an_end_written_as_equals_is_the_next_holders_start() {
    let terms = "A\tPAK\tPrime Minister\t2018-01-01\t=\t\t\n\
                 B\tPAK\tForeign Minister\t2019-01-01\t2020-01-01\t\t\n\
                 C\tPAK\tPrime Minister\t2019-06-01\t\t\t\n\
                 D\tPAK\tInterior Minister\t2019-01-01\t=\t\t\n";
    let (r, errors) = Reference::parse("", "", "", terms);
    let ends: Vec<_> = r.terms.iter().map(|t| (t.person, t.end)).collect();
    assert_eq!(
        ends,
        [
            ("A", Some(date("2019-06-01"))),
            ("B", Some(date("2020-01-01"))),
            ("C", None),
            ("D", None)
        ]
    );
    let lines: Vec<(&str, usize)> = errors.iter().map(|e| (e.file, e.line)).collect();
    assert_eq!(lines, [("officeholders.tsv", 4)]);
}

/// A term written as the build writes one that follows another of the same office (one empty
/// field for country and office) takes them from the row before; elsewhere it is a short row.
#[test]
fn a_term_of_the_same_office_takes_its_country_and_office_from_the_row_before() {
    let terms = "A\tPAK\tPrime Minister\t2018-01-01\t=\t\t\n\
                 B\t\t2019-06-01\t\t\t\n";
    let (r, errors) = Reference::parse("", "", "", terms);
    assert!(errors.is_empty(), "{errors:?}");
    let got: Vec<_> = r
        .terms
        .iter()
        .map(|t| (t.person, t.country, t.office, t.end))
        .collect();
    assert_eq!(
        got,
        [
            ("A", "PAK", "Prime Minister", Some(date("2019-06-01"))),
            ("B", "PAK", "Prime Minister", None)
        ]
    );
    let (_, errors) = Reference::parse("", "", "X\t\tPAK\t\n", "");
    assert_eq!(errors.len(), 1, "a short row of another table is an error");
}

/// The build embeds the tables shortened (comments out, follow-on end dates as `=`, the country
/// and office of a term that follows one of the same office left out): what is loaded from them
/// is what the files in `data/` say.
#[test]
fn the_embedded_tables_load_as_the_files_read() {
    let read = |name: &str| -> &'static str {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(name);
        Box::leak(std::fs::read_to_string(path).unwrap().into_boxed_str())
    };
    let (from_files, errors) = Reference::parse(
        read("countries.tsv"),
        read("organizations.tsv"),
        read("groups.tsv"),
        read("officeholders.tsv"),
    );
    assert!(errors.is_empty());
    let (embedded, _) = load();
    assert_eq!(embedded.terms, from_files.terms);
    assert_eq!(format!("{embedded:?}"), format!("{from_files:?}"));
    let shorter = files().iter().map(|(_, t)| t.len()).sum::<usize>();
    let full: usize = [
        "countries.tsv",
        "organizations.tsv",
        "groups.tsv",
        "officeholders.tsv",
    ]
    .iter()
    .map(|n| read(n).len())
    .sum();
    assert!(shorter < full, "{shorter} < {full}");
}

#[test]
fn every_state_is_present_with_a_valid_unique_code() {
    let r = reference();
    assert!(r.countries.len() >= 199, "{} countries", r.countries.len());
    let mut seen = BTreeSet::new();
    for c in &r.countries {
        assert!(
            c.code.len() == 3 && c.code.bytes().all(|b| b.is_ascii_uppercase()),
            "bad code {:?}",
            c.code
        );
        assert!(seen.insert(c.code), "duplicate code {}", c.code);
        assert!(!c.official.is_empty(), "{} has no official name", c.code);
        assert_eq!(r.country(c.code).map(|x| x.code), Some(c.code));
    }
    for code in [
        "VAT", "PSE", "XKX", "TWN", "USA", "SSD", "COD", "COG", "PRK", "KOR",
    ] {
        assert!(r.country(code).is_some(), "{code} missing");
    }
}

#[test]
fn organisation_and_group_ids_are_unique_and_never_country_codes() {
    let r = reference();
    let mut seen = BTreeSet::new();
    let ids = r
        .organizations
        .iter()
        .map(|o| o.id)
        .chain(r.groups.iter().map(|g| g.id));
    for id in ids {
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
            "bad id {id:?}"
        );
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(r.country(id).is_none(), "id {id} is also a country code");
    }
    for g in &r.groups {
        assert!(
            r.country(g.based_in).is_some(),
            "{} based in unknown {}",
            g.id,
            g.based_in
        );
        if let Some(o) = g.opposes {
            assert!(r.country(o).is_some(), "{} opposes unknown {o}", g.id);
            assert_ne!(o, g.based_in, "{}: opposes is only for another state", g.id);
        }
    }
    // Hamas contends with Israel, not with the Palestine it is based in; the RSF with Sudan.
    assert_eq!(r.group("HAMAS").map(|g| g.adversary()), Some("ISR"));
    assert_eq!(r.group("RSF").map(|g| g.adversary()), Some("SDN"));
}

#[test]
fn no_name_is_listed_twice_for_one_country() {
    for c in &reference().countries {
        let mut seen = BTreeSet::from([c.name, c.official]);
        for &v in &c.variants {
            assert!(seen.insert(v), "{}: variant {v:?} repeats a name", c.code);
        }
        for list in [&c.demonyms, &c.capitals, &c.ambiguous] {
            let unique: BTreeSet<_> = list.iter().collect();
            assert_eq!(
                unique.len(),
                list.len(),
                "{}: repeated entry in {list:?}",
                c.code
            );
        }
    }
}

#[test]
fn ambiguous_names_are_names_of_their_country() {
    for c in &reference().countries {
        for &a in &c.ambiguous {
            let own = a == c.name
                || a == c.official
                || c.variants.contains(&a)
                || c.demonyms.contains(&a)
                || c.capitals.contains(&a);
            assert!(own, "{}: ambiguous {a:?} is not one of its names", c.code);
        }
    }
}

/// Names are matched case-sensitively, so each must carry a capital: a name written all in lower
/// case ("turkey") would match ordinary words.
#[test]
fn every_name_has_a_capital_letter() {
    for n in &reference().names {
        assert!(
            n.text.chars().any(char::is_uppercase),
            "{:?} ({})",
            n.text,
            n.id
        );
        assert_eq!(n.text, n.text.trim(), "stray space in {:?}", n.text);
    }
}

#[test]
fn each_name_refers_to_one_entity_unless_marked_ambiguous() {
    let r = reference();
    let ambiguous: BTreeSet<&str> = r
        .countries
        .iter()
        .flat_map(|c| c.ambiguous.iter().copied())
        .collect();
    let mut by_text: BTreeMap<&str, BTreeSet<(EntityKind, &str)>> = BTreeMap::new();
    for n in &r.names {
        by_text.entry(n.text).or_default().insert((n.entity, n.id));
    }
    let collisions: Vec<String> = by_text
        .iter()
        .filter(|(text, ids)| ids.len() > 1 && !ambiguous.contains(*text))
        .map(|(text, ids)| format!("{text:?} -> {ids:?}"))
        .collect();
    assert!(
        collisions.is_empty(),
        "names with several referents:\n{}",
        collisions.join("\n")
    );
}

#[test]
fn terms_are_well_formed() {
    let r = reference();
    assert!(!r.terms.is_empty());
    let mut problems = Vec::new();
    for t in &r.terms {
        let who = format!("{} ({} {} from {})", t.person, t.country, t.office, t.start);
        if t.end.is_some_and(|end| end < t.start) {
            problems.push(format!("{who}: ends before it starts"));
        }
        if r.country(t.country).is_none() && r.organization(t.country).is_none() {
            problems.push(format!("{who}: unknown country or organisation"));
        }
        if t.variants.contains(&t.person) {
            problems.push(format!("{who}: a variant repeats the name"));
        }
        if t.start < date("1940-01-01") || t.start > date("2026-12-31") {
            problems.push(format!("{who}: implausible start"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Two people holding one office of one state on the same day is a data error. A handover day may
/// be both the predecessor's last day and the successor's first.
#[test]
fn no_two_people_hold_one_office_at_once() {
    let r = reference();
    let mut by_office: BTreeMap<(&str, &str), Vec<_>> = BTreeMap::new();
    for t in &r.terms {
        by_office.entry((t.country, t.office)).or_default().push(t);
    }
    let far = date("9999-12-31");
    let mut overlaps = Vec::new();
    for ((country, office), mut terms) in by_office {
        terms.sort_by_key(|t| t.start);
        for pair in terms.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.end.unwrap_or(far) > b.start {
                overlaps.push(format!(
                    "{country} {office}: {} ({}..{:?}) and {} (from {})",
                    a.person, a.start, a.end, b.person, b.start
                ));
            }
        }
    }
    assert!(
        overlaps.is_empty(),
        "overlapping terms:\n{}",
        overlaps.join("\n")
    );
}

#[test]
fn at_least_forty_states_have_four_offices() {
    let r = reference();
    let mut offices: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for t in r.terms.iter().filter(|t| r.country(t.country).is_some()) {
        offices.entry(t.country).or_default().insert(t.office);
    }
    let covered: Vec<&str> = offices
        .iter()
        .filter(|(_, o)| o.len() >= 4)
        .map(|(c, _)| *c)
        .collect();
    assert!(covered.len() >= 40, "{} states: {covered:?}", covered.len());
    for code in [
        "USA", "CHN", "RUS", "PAK", "AFG", "IRN", "IND", "QAT", "TUR", "SAU", "EGY", "ISR",
    ] {
        assert!(
            covered.contains(&code),
            "{code} has fewer than four offices"
        );
    }
}

#[test]
fn the_office_vocabulary_has_no_duplicates() {
    let names: BTreeSet<&str> = OFFICES.iter().map(|(o, _)| *o).collect();
    assert_eq!(names.len(), OFFICES.len());
    assert_eq!(office_role("Secretary of State"), Some(Role::Foreign));
    assert_eq!(office_role("Chancellor"), Some(Role::HeadOfGovernment));
    assert_eq!(office_role("Grand Vizier"), None);
}

#[test]
fn names_resolve_to_the_expected_entity() {
    // Exact texts of the index; forms without diacritics ("Turkiye", "Pristina", "Erdogan")
    // match through folding, tested with the extractor's matcher (`extract::gazetteer`).
    use EntityKind::{Country as C, Group as G, Organization as O, Person as P};
    let r = reference();
    let cases = [
        ("Türkiye", C, "TUR"),
        ("Turkey", C, "TUR"),
        ("Islamabad", C, "PAK"),
        ("Kabul", C, "AFG"),
        ("Tehran", C, "IRN"),
        ("Emirati", C, "ARE"),
        ("UAE", C, "ARE"),
        ("Saudi", C, "SAU"),
        ("Afghans", C, "AFG"),
        ("U.S.", C, "USA"),
        ("US", C, "USA"),
        ("White House", C, "USA"),
        ("Kremlin", C, "RUS"),
        ("Downing Street", C, "GBR"),
        ("Élysée", C, "FRA"),
        ("Quai d'Orsay", C, "FRA"),
        ("Zhongnanhai", C, "CHN"),
        ("Côte d'Ivoire", C, "CIV"),
        ("Ivory Coast", C, "CIV"),
        ("Abidjan", C, "CIV"),
        ("DRC", C, "COD"),
        ("Congo-Brazzaville", C, "COG"),
        ("Burma", C, "MMR"),
        ("Naypyidaw", C, "MMR"),
        ("Czechia", C, "CZE"),
        ("DPRK", C, "PRK"),
        ("Swaziland", C, "SWZ"),
        ("Cabo Verde", C, "CPV"),
        ("East Timor", C, "TLS"),
        ("Vatican", C, "VAT"),
        ("The Hague", C, "NLD"),
        ("Pretoria", C, "ZAF"),
        ("La Paz", C, "BOL"),
        ("Dodoma", C, "TZA"),
        ("Dar es Salaam", C, "TZA"),
        ("Abuja", C, "NGA"),
        ("Taipei", C, "TWN"),
        ("Ramallah", C, "PSE"),
        ("League of Arab States", O, "ARAB_LEAGUE"),
        ("U.N.", O, "UN"),
        ("IGAD", O, "IGAD"),
        ("Hezbollah", G, "HEZBOLLAH"),
        ("Ansar Allah", G, "HOUTHIS"),
        ("Tehreek-e-Taliban Pakistan", G, "TTP"),
        ("Jaish ul-Adl", G, "JAISH_AL_ADL"),
        ("Rapid Support Forces", G, "RSF"),
        ("Araqchi", P, "Abbas Araghchi"),
        ("Amirabdollahian", P, "Hossein Amir-Abdollahian"),
        ("Zelenskiy", P, "Volodymyr Zelenskyy"),
        ("MBS", P, "Mohammed bin Salman"),
        ("Lavrov", P, "Sergey Lavrov"),
    ];
    for (text, entity, id) in cases {
        assert_eq!(resolve(r, text), vec![(entity, id)], "{text}");
    }
}

#[test]
fn lower_case_common_words_are_not_names() {
    let r = reference();
    for word in [
        "turkey", "china", "chad", "us", "jordan", "georgia", "guinea", "niger",
    ] {
        assert!(r.lookup(word).is_empty(), "{word} resolves");
    }
}

#[test]
fn ambiguous_names_are_flagged() {
    let r = reference();
    let flagged = |text: &str| r.lookup(text).iter().any(|n| n.ambiguous);
    for text in [
        "Georgia",
        "Jordan",
        "Chad",
        "Niger",
        "Guinea",
        "Congo",
        "Washington",
        "Victoria",
    ] {
        assert!(flagged(text), "{text} should be ambiguous");
    }
    for text in ["Pakistan", "Islamabad", "Türkiye", "Emirati", "Nigeria"] {
        assert!(!flagged(text), "{text} should not be ambiguous");
    }
    // "Congo" names both Congos; the demonym too.
    assert_eq!(resolve(r, "Congo").len(), 2);
    assert_eq!(r.lookup("Kremlin")[0].kind, NameKind::Capital);
}

#[test]
fn tenures_answer_who_held_an_office_when() {
    let r = reference();
    let cases = [
        (
            "IRN",
            "Foreign Minister",
            "2023-06-01",
            Some("Hossein Amir-Abdollahian"),
        ),
        (
            "IRN",
            "Foreign Minister",
            "2025-01-01",
            Some("Abbas Araghchi"),
        ),
        ("IRN", "President", "2024-06-15", Some("Mohammad Mokhber")),
        (
            "PAK",
            "Prime Minister",
            "2023-12-01",
            Some("Anwaar-ul-Haq Kakar"),
        ),
        ("PAK", "Prime Minister", "2019-01-01", Some("Imran Khan")),
        (
            "PAK",
            "Prime Minister",
            "2025-05-10",
            Some("Shehbaz Sharif"),
        ),
        ("USA", "President", "2019-01-01", Some("Donald Trump")),
        ("USA", "President", "2022-01-01", Some("Joe Biden")),
        ("UN", "Secretary-General", "2010-05-05", Some("Ban Ki-moon")),
        (
            "ISR",
            "Prime Minister",
            "2022-01-01",
            Some("Naftali Bennett"),
        ),
        ("AFG", "President", "2022-01-01", None),
    ];
    for (country, office, day, who) in cases {
        let holders: Vec<&str> = r
            .holders_on(country, office, date(day))
            .map(|t| t.person)
            .collect();
        assert_eq!(
            holders,
            who.into_iter().collect::<Vec<_>>(),
            "{country} {office} {day}"
        );
    }
    let kakar: Vec<_> = r.terms_of("Anwaar-ul-Haq Kakar").collect();
    assert!(kakar.iter().all(|t| t.acting));
    let pm = |p: &str| {
        r.terms_of(p)
            .filter(|t| t.office == "Prime Minister")
            .count()
    };
    assert_eq!(pm("Nawaz Sharif"), 3);
    assert_eq!(pm("Shehbaz Sharif"), 2);
    assert_eq!(pm("Benjamin Netanyahu"), 3);
    // Variants listed once apply to every term of the person.
    assert!(r
        .terms_of("Shehbaz Sharif")
        .all(|t| t.variants.contains(&"Shahbaz Sharif")));
}

#[test]
fn display_names_cover_every_kind_of_id() {
    let r = reference();
    let cases = [
        ("CIV", Some("Ivory Coast")),
        ("ARAB_LEAGUE", Some("Arab League")),
        ("TTP", Some("Tehrik-i-Taliban Pakistan")),
        ("Abbas Araghchi", Some("Abbas Araghchi")),
        ("Araqchi", None),
        ("ZZZ", None),
    ];
    for (id, name) in cases {
        assert_eq!(r.display_name(id), name, "{id}");
    }
}

/// The data is compiled into the browser bundle, so it must stay small.
#[test]
fn the_data_stays_small() {
    let bytes: usize = files().iter().map(|(_, text)| text.len()).sum();
    println!("reference data: {bytes} bytes");
    assert!(bytes < 150_000, "{bytes} bytes");
}
