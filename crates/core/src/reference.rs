//! Reference data compiled into the core: states, organisations, non-state groups and
//! officeholders (see `data/README.md` for the file format, sources and licences).
//!
//! The four tab-separated files under `crates/core/data/` are embedded with `include_str!` (as
//! `build.rs` copies them, without their comment lines) and parsed once, on first use, into a
//! [`Reference`] held in a `OnceLock`. Every string in it is a slice of the embedded text, so
//! lookups never allocate. A malformed row is skipped at run time (the browser must not panic on a
//! data slip); [`load`] reports such rows, and the data tests assert that there are none.
//!
//! Names are stored as they are capitalised in running text ("Turkey", "US", "Kremlin"). The
//! [`Reference::names`] index lists every name with what it refers to, sorted by text, for
//! building a matcher.

use crate::date::Date;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.tsv"));
const ORGANIZATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/organizations.tsv"));
const GROUPS: &str = include_str!(concat!(env!("OUT_DIR"), "/groups.tsv"));
const OFFICEHOLDERS: &str = include_str!(concat!(env!("OUT_DIR"), "/officeholders.tsv"));

/// All reference tables. Countries, organisations and groups are sorted by id; terms keep the
/// order of the file (grouped by country, then office, then start).
#[derive(Debug, Default)]
pub struct Reference {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub groups: Vec<Group>,
    pub terms: Vec<Term>,
    /// Every name of every entity, sorted by text then entity (see [`Name`]).
    pub names: Vec<Name>,
}

/// A state (UN member or observer, Kosovo, Taiwan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (Kosovo: the user-assigned `XKX`).
    pub code: &'static str,
    /// Common English name, the display name.
    pub name: &'static str,
    pub official: &'static str,
    /// Other names and spellings, including forms with diacritics and acronyms.
    pub variants: Vec<&'static str>,
    /// Adjectives and demonyms, singular and plural.
    pub demonyms: Vec<&'static str>,
    /// Capitals, seats of government and metonyms for the government ("Kremlin").
    pub capitals: Vec<&'static str>,
    /// Those of its names that are ambiguous in English text and need context.
    pub ambiguous: Vec<&'static str>,
}

/// An intergovernmental organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Upper-case id, never equal to an alpha-3 code.
    pub id: &'static str,
    pub name: &'static str,
    /// Acronyms and full names.
    pub aliases: Vec<&'static str>,
    /// Whether it usually acts as a mediator.
    pub mediates: bool,
}

/// A non-state armed or political group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: &'static str,
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
    /// Alpha-3 code of the state it is based in.
    pub based_in: &'static str,
    /// The state it contends with, when that is not the one it is based in (Hamas: Israel).
    pub opposes: Option<&'static str>,
}

impl Group {
    /// The other side of the group named alone: the state it contends with.
    pub fn adversary(&self) -> &'static str {
        self.opposes.unwrap_or(self.based_in)
    }
}

/// One person's tenure of one office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The reference form of the name.
    pub person: &'static str,
    /// Other forms and transliterations; the surname alone only when it is distinctive.
    pub variants: Vec<&'static str>,
    /// Alpha-3 code, or an organisation id (`UN` for Secretaries-General).
    pub country: &'static str,
    /// One of [`OFFICES`].
    pub office: &'static str,
    pub start: Date,
    /// Last day in office; `None` when still in office as of the data's date.
    pub end: Option<Date>,
    /// Held as an acting or caretaker officeholder.
    pub acting: bool,
}

/// The kind of office, so that "the foreign minister" can be matched to a US Secretary of
/// State or an Indian External Affairs Minister.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    HeadOfState,
    HeadOfGovernment,
    Foreign,
    Defence,
    Interior,
    /// Heads of international organisations.
    OrganizationHead,
    /// Deputies, heirs and military chiefs (Vice President, Crown Prince, Chief of Army Staff).
    Other,
}

/// The fixed vocabulary of offices and their roles. Local English titles are kept where news
/// use them (Secretary of State, Foreign Secretary, External Affairs Minister).
pub const OFFICES: &[(&str, Role)] = &[
    ("President", Role::HeadOfState),
    ("King", Role::HeadOfState),
    ("Queen", Role::HeadOfState),
    ("Emperor", Role::HeadOfState),
    ("Emir", Role::HeadOfState),
    ("Sultan", Role::HeadOfState),
    ("Pope", Role::HeadOfState),
    ("Supreme Leader", Role::HeadOfState),
    ("Chairman of the Sovereignty Council", Role::HeadOfState),
    ("Chairman of the Presidential Council", Role::HeadOfState),
    (
        "Chairman of the Presidential Leadership Council",
        Role::HeadOfState,
    ),
    (
        "Chairman of the State Administration Council",
        Role::HeadOfState,
    ),
    ("Prime Minister", Role::HeadOfGovernment),
    ("Premier", Role::HeadOfGovernment),
    ("Chancellor", Role::HeadOfGovernment),
    ("State Counsellor", Role::HeadOfGovernment),
    ("Chief Executive", Role::HeadOfGovernment),
    ("Chief Adviser", Role::HeadOfGovernment),
    (
        "President of the Council of Ministers",
        Role::HeadOfGovernment,
    ),
    ("Foreign Minister", Role::Foreign),
    ("Secretary of State", Role::Foreign),
    ("Foreign Secretary", Role::Foreign),
    ("External Affairs Minister", Role::Foreign),
    ("Foreign Adviser", Role::Foreign),
    ("High Representative", Role::Foreign),
    ("Defence Minister", Role::Defence),
    ("Secretary of Defense", Role::Defence),
    ("Defence Secretary", Role::Defence),
    ("Interior Minister", Role::Interior),
    ("Home Secretary", Role::Interior),
    ("Home Minister", Role::Interior),
    ("Home Affairs Minister", Role::Interior),
    ("Public Security Minister", Role::Interior),
    ("Public Safety Minister", Role::Interior),
    ("National Security Minister", Role::Interior),
    ("Secretary of Homeland Security", Role::Interior),
    ("Secretary-General", Role::OrganizationHead),
    (
        "President of the European Commission",
        Role::OrganizationHead,
    ),
    ("President of the European Council", Role::OrganizationHead),
    (
        "Chairperson of the African Union Commission",
        Role::OrganizationHead,
    ),
    ("Vice President", Role::Other),
    ("First Vice President", Role::Other),
    ("Deputy Chairman of the Sovereignty Council", Role::Other),
    ("Crown Prince", Role::Other),
    ("Chief of Army Staff", Role::Other),
];

/// The role of an office of the vocabulary.
pub fn office_role(office: &str) -> Option<Role> {
    OFFICES.iter().find(|(o, _)| *o == office).map(|&(_, r)| r)
}

/// What kind of entity a [`Name`] refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Country,
    Organization,
    Group,
    Person,
}

/// How a name refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    /// The display or reference name.
    Name,
    Official,
    /// A variant, alias, acronym or transliteration.
    Variant,
    /// A demonym or adjective ("Pakistani").
    Demonym,
    /// A capital, seat of government or metonym ("Islamabad", "Kremlin").
    Capital,
}

/// One entry of the name index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Name {
    pub text: &'static str,
    pub entity: EntityKind,
    /// Alpha-3 code, organisation or group id, or a person's reference name.
    pub id: &'static str,
    pub kind: NameKind,
    /// Listed as ambiguous by its country: match it only with supporting context.
    pub ambiguous: bool,
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The reference data, parsed on first use.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| load().0)
}

/// Parses the embedded files, returning the data and every row that was skipped.
pub fn load() -> (Reference, Vec<RowError>) {
    Reference::parse(COUNTRIES, ORGANIZATIONS, GROUPS, OFFICEHOLDERS)
}

/// The raw embedded files, as `(file name, text)`.
pub fn files() -> [(&'static str, &'static str); 4] {
    [
        ("countries.tsv", COUNTRIES),
        ("organizations.tsv", ORGANIZATIONS),
        ("groups.tsv", GROUPS),
        ("officeholders.tsv", OFFICEHOLDERS),
    ]
}

impl Reference {
    /// Parses the four tables. Rows with the wrong number of fields, an empty required field or
    /// a bad date are skipped and reported.
    pub fn parse(
        countries: &'static str,
        organizations: &'static str,
        groups: &'static str,
        officeholders: &'static str,
    ) -> (Reference, Vec<RowError>) {
        let mut errors = Vec::new();
        let mut r = Reference::default();
        for (_, f) in rows("countries.tsv", countries, 7, false, &mut errors) {
            r.countries.push(Country {
                code: f[0],
                name: f[1],
                official: f[2],
                variants: list(f[3]),
                demonyms: list(f[4]),
                capitals: list(f[5]),
                ambiguous: list(f[6]),
            });
        }
        for (line, f) in rows("organizations.tsv", organizations, 4, false, &mut errors) {
            let mediates = match f[2] {
                "yes" => true,
                "no" => false,
                other => {
                    errors.push(RowError {
                        file: "organizations.tsv",
                        line,
                        message: format!("mediates must be yes or no, not '{other}'"),
                    });
                    continue;
                }
            };
            r.organizations.push(Organization {
                id: f[0],
                name: f[1],
                aliases: list(f[3]),
                mediates,
            });
        }
        for (_, f) in rows("groups.tsv", groups, 5, false, &mut errors) {
            r.groups.push(Group {
                id: f[0],
                name: f[1],
                based_in: f[2],
                opposes: (!f[3].is_empty()).then_some(f[3]),
                aliases: list(f[4]),
            });
        }
        let mut follow = Vec::new();
        for (line, f) in rows("officeholders.tsv", officeholders, 7, true, &mut errors) {
            let file = "officeholders.tsv";
            let start = match Date::parse_iso(f[3]) {
                Some(d) => d,
                None => {
                    let message = format!("bad start date '{}'", f[3]);
                    errors.push(RowError {
                        file,
                        line,
                        message,
                    });
                    continue;
                }
            };
            let end = match f[4] {
                "" => None,
                // Until the next holder of the office starts (resolved below).
                "=" => {
                    follow.push((r.terms.len(), line));
                    None
                }
                s => match Date::parse_iso(s) {
                    Some(d) => Some(d),
                    None => {
                        errors.push(RowError {
                            file,
                            line,
                            message: format!("bad end date '{s}'"),
                        });
                        continue;
                    }
                },
            };
            let acting = match f[5] {
                "" => false,
                "acting" => true,
                other => {
                    let message = format!("flag must be empty or acting, not '{other}'");
                    errors.push(RowError {
                        file,
                        line,
                        message,
                    });
                    continue;
                }
            };
            if office_role(f[2]).is_none() {
                let message = format!("office '{}' is not in the vocabulary", f[2]);
                errors.push(RowError {
                    file,
                    line,
                    message,
                });
                continue;
            }
            // An empty variants field repeats the person's variants from an earlier row, so a
            // person with several terms lists them once.
            let variants = match f[6] {
                "" => r
                    .terms
                    .iter()
                    .rev()
                    .find(|t| t.person == f[0])
                    .map(|t| t.variants.clone())
                    .unwrap_or_default(),
                v => list(v),
            };
            r.terms.push(Term {
                person: f[0],
                country: f[1],
                office: f[2],
                start,
                end,
                acting,
                variants,
            });
        }
        for (i, line) in follow {
            let (t, later) = r.terms.split_at_mut(i + 1);
            let t = &mut t[i];
            match later
                .iter()
                .find(|n| n.country == t.country && n.office == t.office)
            {
                Some(next) => t.end = Some(next.start),
                None => errors.push(RowError {
                    file: "officeholders.tsv",
                    line,
                    message: "end '=' but no later holder of the office".to_string(),
                }),
            }
        }
        // Insertion sorts: a few hundred rows, once, and a fraction of the code of the standard
        // sorts in the wasm bundle.
        crate::extract::sort_nearly(&mut r.countries, |a, b| a.code < b.code);
        crate::extract::sort_nearly(&mut r.organizations, |a, b| a.id < b.id);
        crate::extract::sort_nearly(&mut r.groups, |a, b| a.id < b.id);
        r.names = name_index(&r);
        (r, errors)
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        let i = self.countries.binary_search_by(|c| c.code.cmp(code)).ok()?;
        self.countries.get(i)
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        let i = self.organizations.binary_search_by(|o| o.id.cmp(id)).ok()?;
        self.organizations.get(i)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        let i = self.groups.binary_search_by(|g| g.id.cmp(id)).ok()?;
        self.groups.get(i)
    }

    /// The display name of a country code, organisation or group id, or person reference name.
    pub fn display_name(&self, id: &str) -> Option<&'static str> {
        if let Some(c) = self.country(id) {
            return Some(c.name);
        }
        if let Some(o) = self.organization(id) {
            return Some(o.name);
        }
        if let Some(g) = self.group(id) {
            return Some(g.name);
        }
        self.terms.iter().find(|t| t.person == id).map(|t| t.person)
    }

    /// Every term of a person, by reference name, in file order.
    pub fn terms_of<'a>(&'a self, person: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| t.person == person)
    }

    /// Who held `office` of `country` (alpha-3 or organisation id) on `day`. Usually one term;
    /// two on a handover day, none in a vacancy or where the data has no row.
    pub fn holders_on<'a>(
        &'a self,
        country: &'a str,
        office: &'a str,
        day: Date,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| {
            t.country == country
                && t.office == office
                && t.start <= day
                && t.end.is_none_or(|end| day <= end)
        })
    }

    /// The entries of the name index whose text is exactly `text`.
    pub fn lookup(&self, text: &str) -> &[Name] {
        let from = self.names.partition_point(|n| n.text < text);
        let to = self.names.partition_point(|n| n.text <= text);
        self.names.get(from..to).unwrap_or(&[])
    }
}

/// The non-comment, non-blank rows of a table with exactly `width` tab-separated fields, each
/// trimmed, with their 1-based line numbers. Required fields (the first three) must be
/// non-empty. With `ditto`, a row with one empty field in place of its second and third (as the
/// build writes a term of the same office as the row before) takes them from the row before.
fn rows(
    file: &'static str,
    text: &'static str,
    width: usize,
    ditto: bool,
    errors: &mut Vec<RowError>,
) -> Vec<(usize, Vec<&'static str>)> {
    let mut out: Vec<(usize, Vec<&'static str>)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut fields: Vec<&'static str> = raw.split('\t').map(str::trim).collect();
        if ditto && fields.len() + 1 == width && fields[1].is_empty() {
            if let Some((_, before)) = out.last() {
                fields.splice(1..2, [before[1], before[2]]);
            }
        }
        if fields.len() != width {
            let message = format!("{} fields, expected {width}", fields.len());
            errors.push(RowError {
                file,
                line,
                message,
            });
            continue;
        }
        if fields.iter().take(3).any(|f| f.is_empty()) {
            let message = "one of the first three fields is empty".to_string();
            errors.push(RowError {
                file,
                line,
                message,
            });
            continue;
        }
        out.push((line, fields));
    }
    out
}

/// A `;`-separated list; empty items are dropped.
fn list(field: &'static str) -> Vec<&'static str> {
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn name_index(r: &Reference) -> Vec<Name> {
    let mut names = Vec::new();
    for c in &r.countries {
        let mut add = |text: &'static str, kind| {
            let ambiguous = c.ambiguous.contains(&text);
            names.push(Name {
                text,
                entity: EntityKind::Country,
                id: c.code,
                kind,
                ambiguous,
            });
        };
        add(c.name, NameKind::Name);
        if c.official != c.name {
            add(c.official, NameKind::Official);
        }
        c.variants.iter().for_each(|&v| add(v, NameKind::Variant));
        c.demonyms.iter().for_each(|&v| add(v, NameKind::Demonym));
        c.capitals.iter().for_each(|&v| add(v, NameKind::Capital));
    }
    for o in &r.organizations {
        let e = EntityKind::Organization;
        names.push(Name {
            text: o.name,
            entity: e,
            id: o.id,
            kind: NameKind::Name,
            ambiguous: false,
        });
        for &a in &o.aliases {
            names.push(Name {
                text: a,
                entity: e,
                id: o.id,
                kind: NameKind::Variant,
                ambiguous: false,
            });
        }
    }
    for g in &r.groups {
        let e = EntityKind::Group;
        names.push(Name {
            text: g.name,
            entity: e,
            id: g.id,
            kind: NameKind::Name,
            ambiguous: false,
        });
        for &a in &g.aliases {
            names.push(Name {
                text: a,
                entity: e,
                id: g.id,
                kind: NameKind::Variant,
                ambiguous: false,
            });
        }
    }
    for t in &r.terms {
        let e = EntityKind::Person;
        let p = t.person;
        names.push(Name {
            text: p,
            entity: e,
            id: p,
            kind: NameKind::Name,
            ambiguous: false,
        });
        for &v in &t.variants {
            names.push(Name {
                text: v,
                entity: e,
                id: p,
                kind: NameKind::Variant,
                ambiguous: false,
            });
        }
    }
    names.sort();
    names.dedup();
    names
}
