//! Facets: country pair, mediator, status, country mentioned and the months of dates.
//!
//! Pair, mediator, status and date must hold for one and the same event, so they are kept per
//! *row*: one row per mediation event of an article (its mediators, the pairs of its parties,
//! its status, its date or else the article's), plus one row for the article itself (the pairs
//! it names, its date, no mediator, no status), so an article about a pair with no mediation yet
//! is still found by pair and date. The country mentioned is a property of the whole article.
//!
//! Evaluation is one pass over the rows of the candidate articles. For each row it computes
//! which selected facets it satisfies; the article matches when one row satisfies all of them
//! (and the country selection holds). Counts are disjunctive: a facet's counts apply every other
//! facet's selection but not its own, and count each article once per value.

use super::bitset::{Bitset, DocSet};
use super::bytes::Bytes;
use super::query::{pair_key, DateMode, Query, MAX_CODE_CHARS};
use crate::model::{Corpus, Status};
use serde::{Deserialize, Serialize};

/// A facet value: the normalised key used in URLs and the name shown to people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetKey {
    pub key: String,
    pub label: String,
}

/// Row status byte meaning "no status" (the article's own row).
const NO_STATUS: u8 = u8::MAX;

/// The facet data of the index, as stored. All ids index the sorted value lists.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct StoredFacets {
    pub pairs: Vec<FacetKey>,
    pub mediators: Vec<FacetKey>,
    pub countries: Vec<FacetKey>,
    /// Rows of each article.
    pub article_rows: Vec<u32>,
    /// Countries of each article: counts, then the ids.
    pub article_country_counts: Vec<u32>,
    pub article_countries: Vec<u32>,
    /// Per row: the status index in `Status::ALL`, or 255.
    pub row_status: Bytes,
    /// Per row: first day (day number), or `None` when undated.
    pub row_first_day: Vec<Option<i32>>,
    /// Per row: days from first to last day.
    pub row_span: Vec<u32>,
    pub row_pair_counts: Vec<u32>,
    pub row_pairs: Vec<u32>,
    pub row_mediator_counts: Vec<u32>,
    pub row_mediators: Vec<u32>,
}

/// A normalised facet code: ASCII upper case, anything but letters, digits, `_` and `.` turned
/// into `_` (so `-` can join pairs), cut to [`MAX_CODE_CHARS`].
pub fn facet_code(id: &str) -> String {
    id.chars()
        .take(MAX_CODE_CHARS)
        .map(|c| match c {
            'a'..='z' => c.to_ascii_uppercase(),
            'A'..='Z' | '0'..='9' | '_' | '.' => c,
            _ => '_',
        })
        .collect()
}

impl StoredFacets {
    pub fn build(corpus: &Corpus, label: &dyn Fn(&str) -> String) -> StoredFacets {
        struct Row {
            status: u8,
            date: Option<(i32, i32)>,
            pairs: Vec<String>,
            mediators: Vec<String>,
        }
        let mut rows_of: Vec<Vec<Row>> = Vec::with_capacity(corpus.articles.len());
        let mut countries_of: Vec<Vec<String>> = Vec::with_capacity(corpus.articles.len());
        for a in &corpus.articles {
            let article_date = a
                .date()
                .map(|d| (d.earliest.day_number(), d.latest.day_number()));
            let mut rows = Vec::with_capacity(a.events.len() + 1);
            let mut all_pairs: Vec<String> = a
                .pairs
                .iter()
                .map(|[x, y]| pair_key(&facet_code(x), &facet_code(y)))
                .collect();
            for e in &a.events {
                let parties: Vec<String> = e.parties.iter().map(|p| facet_code(p)).collect();
                let mut pairs = Vec::new();
                for (i, x) in parties.iter().enumerate() {
                    for y in &parties[i + 1..] {
                        if x != y {
                            pairs.push(pair_key(x, y));
                        }
                    }
                }
                sort_dedup(&mut pairs);
                all_pairs.extend(pairs.iter().cloned());
                let mut mediators: Vec<String> =
                    e.mediators.iter().map(|m| facet_code(m)).collect();
                sort_dedup(&mut mediators);
                let status = Status::ALL.iter().position(|s| *s == e.status).unwrap_or(0) as u8;
                let date = e
                    .date
                    .as_ref()
                    .map(|d| (d.earliest.day_number(), d.latest.day_number()));
                rows.push(Row {
                    status,
                    date: date.or(article_date),
                    pairs,
                    mediators,
                });
            }
            sort_dedup(&mut all_pairs);
            rows.push(Row {
                status: NO_STATUS,
                date: article_date,
                pairs: all_pairs,
                mediators: vec![],
            });
            let mut countries: Vec<String> = a.countries.iter().map(|c| facet_code(c)).collect();
            sort_dedup(&mut countries);
            rows_of.push(rows);
            countries_of.push(countries);
        }

        let mut pair_keys: Vec<String> = rows_of
            .iter()
            .flatten()
            .flat_map(|r| r.pairs.iter().cloned())
            .collect();
        let mut mediator_keys: Vec<String> = rows_of
            .iter()
            .flatten()
            .flat_map(|r| r.mediators.iter().cloned())
            .collect();
        let mut country_keys: Vec<String> = countries_of.iter().flatten().cloned().collect();
        sort_dedup(&mut pair_keys);
        sort_dedup(&mut mediator_keys);
        sort_dedup(&mut country_keys);
        let id = |keys: &[String], k: &str| {
            keys.binary_search_by(|x| x.as_str().cmp(k)).unwrap_or(0) as u32
        };

        let mut f = StoredFacets::default();
        for rows in &rows_of {
            f.article_rows.push(rows.len() as u32);
            for r in rows {
                f.row_status.0.push(r.status);
                f.row_first_day.push(r.date.map(|(lo, _)| lo));
                f.row_span
                    .push(r.date.map_or(0, |(lo, hi)| (hi - lo).max(0) as u32));
                f.row_pair_counts.push(r.pairs.len() as u32);
                f.row_pairs
                    .extend(r.pairs.iter().map(|k| id(&pair_keys, k)));
                f.row_mediator_counts.push(r.mediators.len() as u32);
                f.row_mediators
                    .extend(r.mediators.iter().map(|k| id(&mediator_keys, k)));
            }
        }
        for cs in &countries_of {
            f.article_country_counts.push(cs.len() as u32);
            f.article_countries
                .extend(cs.iter().map(|k| id(&country_keys, k)));
        }
        f.pairs = pair_keys
            .into_iter()
            .map(|k| FacetKey {
                label: pair_label(&k, label),
                key: k,
            })
            .collect();
        f.mediators = mediator_keys
            .into_iter()
            .map(|k| FacetKey {
                label: label(&k),
                key: k,
            })
            .collect();
        f.countries = country_keys
            .into_iter()
            .map(|k| FacetKey {
                label: label(&k),
                key: k,
            })
            .collect();
        f
    }
}

fn pair_label(key: &str, label: &dyn Fn(&str) -> String) -> String {
    match key.split_once('-') {
        Some((a, b)) => format!("{} – {}", label(a), label(b)),
        None => key.to_string(),
    }
}

fn sort_dedup(v: &mut Vec<String>) {
    v.sort();
    v.dedup();
}

/// Offsets of a list of lists given the length of each list, checked against the total.
fn offsets(counts: &[u32], total: usize) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(counts.len() + 1);
    let mut at: u64 = 0;
    out.push(0);
    for &c in counts {
        at += c as u64;
        if at > total as u64 {
            return None;
        }
        out.push(at as u32);
    }
    (at == total as u64).then_some(out)
}

/// What the scan reads of one row.
#[derive(Clone, Copy, Debug, Default)]
struct Row {
    /// First and last day; undated rows have `lo > hi`.
    lo: i32,
    hi: i32,
    /// The month key when dated within one month, else [`SPANNING`].
    month: i32,
    /// Where its pair ids start in `row_values`; its mediator ids follow them.
    values: u32,
    pairs: u16,
    mediators: u16,
    status: u8,
}

/// Month key meaning "the interval spans more than one month"; undated rows have none.
const SPANNING: i32 = i32::MIN;

/// The facet data ready to query, derived from [`StoredFacets`] when the index is loaded.
#[derive(Clone, Debug, Default)]
pub(crate) struct Facets {
    article_row_start: Vec<u32>,
    article_country_start: Vec<u32>,
    /// The rows, each with what the scan reads, side by side: a scan visits scattered articles,
    /// and one cache line per row beats one per field.
    rows: Vec<Row>,
    /// The pair ids then the mediator ids of each row.
    row_values: Vec<u32>,
    min_month: i32,
    months: usize,
    articles: usize,
    /// Per value, the articles with a row (or, for countries, a mention) of that value: the
    /// counts of a facet no other row facet constrains are intersections of these with the
    /// base set, and their unions bound the articles a row scan must visit.
    pair_sets: Vec<DocSet>,
    mediator_sets: Vec<DocSet>,
    status_sets: Vec<DocSet>,
    country_sets: Vec<DocSet>,
    month_sets: Vec<DocSet>,
    /// Articles with a row dated to more than a month, and with an undated row.
    spanning_set: DocSet,
    undated_set: DocSet,
}

impl Facets {
    /// Checks every count and id so that queries can index without bounds worries.
    pub fn load(s: &StoredFacets, articles: usize) -> Result<Facets, String> {
        let rows = s.row_status.0.len();
        if s.article_rows.len() != articles || s.article_country_counts.len() != articles {
            return Err("facet tables do not match the number of articles".into());
        }
        if [
            s.row_first_day.len(),
            s.row_span.len(),
            s.row_pair_counts.len(),
            s.row_mediator_counts.len(),
        ]
        .iter()
        .any(|&n| n != rows)
        {
            return Err("facet rows are inconsistent".into());
        }
        let bad = |what: &str| format!("facet {what} out of range");
        let article_row_start = offsets(&s.article_rows, rows).ok_or_else(|| bad("rows"))?;
        let article_country_start = offsets(&s.article_country_counts, s.article_countries.len())
            .ok_or_else(|| bad("countries"))?;
        let row_pair_start =
            offsets(&s.row_pair_counts, s.row_pairs.len()).ok_or_else(|| bad("pairs"))?;
        let row_mediator_start = offsets(&s.row_mediator_counts, s.row_mediators.len())
            .ok_or_else(|| bad("mediators"))?;
        if s.article_countries
            .iter()
            .any(|&c| c as usize >= s.countries.len())
            || s.row_pairs.iter().any(|&c| c as usize >= s.pairs.len())
            || s.row_mediators
                .iter()
                .any(|&c| c as usize >= s.mediators.len())
            || s.row_status
                .0
                .iter()
                .any(|&st| st != NO_STATUS && st as usize >= Status::ALL.len())
        {
            return Err(bad("ids"));
        }
        let mut row_lo = Vec::with_capacity(rows);
        let mut row_hi = Vec::with_capacity(rows);
        let mut row_month = Vec::with_capacity(rows);
        let (mut min_month, mut max_month) = (i32::MAX, i32::MIN);
        for (first, span) in s.row_first_day.iter().zip(&s.row_span) {
            let dates = first.and_then(|lo| {
                let hi = lo.checked_add(i32::try_from(*span).ok()?)?;
                Some((
                    crate::Date::from_day_number(lo)?,
                    crate::Date::from_day_number(hi)?,
                ))
            });
            match dates {
                Some((lo, hi)) => {
                    row_lo.push(lo.day_number());
                    row_hi.push(hi.day_number());
                    let m = lo.month_key();
                    if m == hi.month_key() {
                        row_month.push(m);
                        min_month = min_month.min(m);
                        max_month = max_month.max(m);
                    } else {
                        row_month.push(SPANNING);
                    }
                }
                None => {
                    row_lo.push(i32::MAX);
                    row_hi.push(i32::MIN);
                    row_month.push(SPANNING);
                }
            }
        }
        let months = if min_month <= max_month {
            (max_month - min_month + 1) as usize
        } else {
            0
        };
        let mut row_values = Vec::with_capacity(s.row_pairs.len() + s.row_mediators.len());
        let mut packed = Vec::with_capacity(rows);
        for r in 0..rows {
            let pairs = &s.row_pairs[row_pair_start[r] as usize..row_pair_start[r + 1] as usize];
            let meds = &s.row_mediators
                [row_mediator_start[r] as usize..row_mediator_start[r + 1] as usize];
            let (pairs, meds) = (
                &pairs[..pairs.len().min(u16::MAX as usize)],
                &meds[..meds.len().min(u16::MAX as usize)],
            );
            packed.push(Row {
                lo: row_lo[r],
                hi: row_hi[r],
                month: row_month[r],
                values: row_values.len() as u32,
                pairs: pairs.len() as u16,
                mediators: meds.len() as u16,
                status: s.row_status.0[r],
            });
            row_values.extend_from_slice(pairs);
            row_values.extend_from_slice(meds);
        }
        let mut f = Facets {
            article_row_start,
            article_country_start,
            rows: packed,
            row_values,
            min_month,
            months,
            articles,
            pair_sets: Vec::new(),
            mediator_sets: Vec::new(),
            status_sets: Vec::new(),
            country_sets: Vec::new(),
            month_sets: Vec::new(),
            spanning_set: DocSet::List(Vec::new()),
            undated_set: DocSet::List(Vec::new()),
        };
        f.derive_sets(s);
        Ok(f)
    }

    fn derive_sets(&mut self, s: &StoredFacets) {
        let n = self.articles;
        let mut pairs = vec![Vec::new(); s.pairs.len()];
        let mut mediators = vec![Vec::new(); s.mediators.len()];
        let mut statuses = vec![Vec::new(); Status::ALL.len()];
        let mut countries = vec![Vec::new(); s.countries.len()];
        let mut months = vec![Vec::new(); self.months];
        let (mut spanning, mut undated) = (Vec::new(), Vec::new());
        // Articles are visited in order, so each list stays sorted; `last` drops repeats.
        let push = |list: &mut Vec<u32>, a: u32| {
            if list.last() != Some(&a) {
                list.push(a);
            }
        };
        for a in 0..n {
            let a32 = a as u32;
            for r in self.rows_of(a) {
                let row = &self.rows[r];
                let (row_pairs, row_mediators) = self.values_of(row);
                for &i in row_pairs {
                    push(&mut pairs[i as usize], a32);
                }
                for &i in row_mediators {
                    push(&mut mediators[i as usize], a32);
                }
                if row.status != NO_STATUS {
                    push(&mut statuses[row.status as usize], a32);
                }
                match row.month {
                    SPANNING if row.lo > row.hi => push(&mut undated, a32),
                    SPANNING => push(&mut spanning, a32),
                    m => push(&mut months[(m - self.min_month) as usize], a32),
                }
            }
            for &c in self.countries_of(s, a) {
                push(&mut countries[c as usize], a32);
            }
        }
        let sets = |lists: Vec<Vec<u32>>| lists.into_iter().map(|l| DocSet::new(n, l)).collect();
        self.pair_sets = sets(pairs);
        self.mediator_sets = sets(mediators);
        self.status_sets = sets(statuses);
        self.country_sets = sets(countries);
        self.month_sets = sets(months);
        self.spanning_set = DocSet::new(n, spanning);
        self.undated_set = DocSet::new(n, undated);
    }

    #[inline]
    fn rows_of(&self, a: usize) -> std::ops::Range<usize> {
        self.article_row_start[a] as usize..self.article_row_start[a + 1] as usize
    }

    /// The pair ids and the mediator ids of a row.
    #[inline]
    fn values_of(&self, row: &Row) -> (&[u32], &[u32]) {
        let start = row.values as usize;
        let mid = start + row.pairs as usize;
        let end = mid + row.mediators as usize;
        (&self.row_values[start..mid], &self.row_values[mid..end])
    }

    #[inline]
    fn countries_of<'a>(&self, s: &'a StoredFacets, a: usize) -> &'a [u32] {
        let (start, end) = (
            self.article_country_start[a] as usize,
            self.article_country_start[a + 1] as usize,
        );
        &s.article_countries[start..end]
    }

    /// Evaluates the facet selection of `query` over `candidates` (sorted article numbers, or
    /// every article when `None`): the matching articles, in order, and the counts.
    ///
    /// A facet that no *other* row facet constrains is counted from the value sets, by
    /// intersection with the base (candidates, and the country selection). The others need the
    /// one-event rule and come from a scan of the rows, limited to the articles that could
    /// satisfy the other selections: those in the value sets of every other selected facet.
    pub fn evaluate(
        &self,
        s: &StoredFacets,
        query: &Query,
        candidates: Option<&[u32]>,
    ) -> (Vec<u32>, Counts) {
        let n = self.articles;
        let sel = Selection::new(s, query);
        let mut counts = Counts {
            pairs: vec![0; s.pairs.len()],
            mediators: vec![0; s.mediators.len()],
            statuses: [0; 8],
            countries: vec![0; s.countries.len()],
            months: vec![0; self.months],
            min_month: self.min_month,
            spanning: 0,
            undated: 0,
        };
        let base = match candidates {
            Some(list) => Bitset::from_sorted(n, list),
            None => Bitset::full(n),
        };
        let country_sel = sel.countries.as_ref().map(|chosen| {
            let mut b = Bitset::empty(n);
            for (i, set) in self.country_sets.iter().enumerate() {
                if chosen[i] {
                    set.or_into(&mut b);
                }
            }
            b
        });
        let mut base_c = base.clone();
        if let Some(c) = &country_sel {
            base_c.and_with(c);
        }
        // With no text and no country, the base is everything and a count is a set's size.
        let base_full = candidates.is_none();
        let base_c_full = base_full && country_sel.is_none();
        let count_c = |set: &DocSet| {
            if base_c_full {
                set.len()
            } else {
                set.count_in(&base_c)
            }
        };

        // The articles that could satisfy each selected row facet (a superset: any row).
        let mut reach: Vec<(RowFacet, Bitset)> = Vec::new();
        let union_of = |sets: &[DocSet], chosen: &dyn Fn(usize) -> bool| {
            let mut b = Bitset::empty(n);
            for (i, set) in sets.iter().enumerate() {
                if chosen(i) {
                    set.or_into(&mut b);
                }
            }
            b
        };
        if let Some(v) = &sel.pairs {
            reach.push((RowFacet::Pair, union_of(&self.pair_sets, &|i| v[i])));
        }
        if let Some(v) = &sel.mediators {
            reach.push((RowFacet::Mediator, union_of(&self.mediator_sets, &|i| v[i])));
        }
        if let Some(v) = &sel.statuses {
            reach.push((RowFacet::Status, union_of(&self.status_sets, &|i| v[i])));
        }
        if let Some(d) = &sel.date {
            let (lo, hi) = (d.from, d.to);
            let min = self.min_month;
            let mut b = union_of(&self.month_sets, &|i| {
                let key = min + i as i32;
                let first = month_first_day(key);
                let last = month_first_day(key + 1).saturating_sub(1);
                first <= hi && last >= lo
            });
            self.spanning_set.or_into(&mut b);
            if d.include_undated {
                self.undated_set.or_into(&mut b);
            }
            reach.push((RowFacet::Date, b));
        }
        let k = reach.len();
        let others = |f: RowFacet| -> Option<Bitset> {
            let mut it = reach.iter().filter(|(g, _)| *g != f);
            let (_, first) = it.next()?;
            let mut b = first.clone();
            for (_, r) in it {
                b.and_with(r);
            }
            Some(b)
        };
        // Facets counted from the value sets: those no other row facet constrains.
        let free = |f: RowFacet| reach.iter().all(|(g, _)| *g == f);
        if free(RowFacet::Pair) {
            for (c, set) in counts.pairs.iter_mut().zip(&self.pair_sets) {
                *c = count_c(set);
            }
        }
        if free(RowFacet::Mediator) {
            for (c, set) in counts.mediators.iter_mut().zip(&self.mediator_sets) {
                *c = count_c(set);
            }
        }
        if free(RowFacet::Status) {
            for (c, set) in counts.statuses.iter_mut().zip(&self.status_sets) {
                *c = count_c(set);
            }
        }
        if free(RowFacet::Date) {
            for (c, set) in counts.months.iter_mut().zip(&self.month_sets) {
                *c = count_c(set);
            }
            counts.spanning = count_c(&self.spanning_set);
            counts.undated = count_c(&self.undated_set);
        }
        if k == 0 {
            for (c, set) in counts.countries.iter_mut().zip(&self.country_sets) {
                *c = if base_full {
                    set.len()
                } else {
                    set.count_in(&base)
                };
            }
            return (base_c.to_vec(), counts);
        }

        // The articles to scan: those that may satisfy all selections, and for each facet
        // counted by the scan, those that may satisfy the selections of the others.
        let mut scan = others(RowFacet::None).unwrap_or_else(|| Bitset::full(n));
        if k >= 2 {
            for (f, _) in &reach {
                if let Some(b) = others(*f) {
                    scan.or_with(&b);
                }
            }
        }
        scan.and_with(&base);
        let count_pairs = !free(RowFacet::Pair);
        let count_mediators = !free(RowFacet::Mediator);
        let count_statuses = !free(RowFacet::Status);
        let count_dates = !free(RowFacet::Date);

        let mut last_pair = vec![u32::MAX; s.pairs.len()];
        let mut last_mediator = vec![u32::MAX; s.mediators.len()];
        let mut last_status = [u32::MAX; 8];
        let mut last_month = vec![u32::MAX; self.months];
        let mut matched = Vec::new();
        scan.for_each(|a32| {
            let a = a32 as usize;
            let country_ok = country_sel.as_ref().is_none_or(|c| c.contains(a32));
            let mut any_all = false;
            let (mut spanning, mut undated) = (false, false);
            for r in self.rows_of(a) {
                let row = &self.rows[r];
                let (pairs, mediators) = self.values_of(row);
                let status = row.status;
                let p = sel
                    .pairs
                    .as_ref()
                    .is_none_or(|v| pairs.iter().any(|&i| v[i as usize]));
                let m = sel
                    .mediators
                    .as_ref()
                    .is_none_or(|v| mediators.iter().any(|&i| v[i as usize]));
                let st = sel
                    .statuses
                    .is_none_or(|v| status != NO_STATUS && v[status as usize]);
                let d = sel.date.is_none_or(|dr| dr.accepts(row.lo, row.hi));
                any_all |= p && m && st && d;
                if !country_ok {
                    continue;
                }
                if count_pairs && m && st && d {
                    for &i in pairs {
                        if last_pair[i as usize] != a32 {
                            last_pair[i as usize] = a32;
                            counts.pairs[i as usize] += 1;
                        }
                    }
                }
                if count_mediators && p && st && d {
                    for &i in mediators {
                        if last_mediator[i as usize] != a32 {
                            last_mediator[i as usize] = a32;
                            counts.mediators[i as usize] += 1;
                        }
                    }
                }
                if count_statuses
                    && p
                    && m
                    && d
                    && status != NO_STATUS
                    && last_status[status as usize] != a32
                {
                    last_status[status as usize] = a32;
                    counts.statuses[status as usize] += 1;
                }
                if count_dates && p && m && st {
                    let month = row.month;
                    if month != SPANNING {
                        let i = (month - self.min_month) as usize;
                        if last_month[i] != a32 {
                            last_month[i] = a32;
                            counts.months[i] += 1;
                        }
                    } else if row.lo > row.hi {
                        undated = true;
                    } else {
                        spanning = true;
                    }
                }
            }
            counts.spanning += spanning as u32;
            counts.undated += undated as u32;
            if any_all {
                for &c in self.countries_of(s, a) {
                    counts.countries[c as usize] += 1;
                }
                if country_ok {
                    matched.push(a32);
                }
            }
        });
        (matched, counts)
    }
}

/// The row facets, for naming which selections constrain which counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowFacet {
    Pair,
    Mediator,
    Status,
    Date,
    /// None of them: `others(None)` is the intersection of all.
    None,
}

/// The day number of the first day of a month key (`year * 12 + month - 1`).
fn month_first_day(key: i32) -> i32 {
    let (y, m) = (key.div_euclid(12), key.rem_euclid(12) as u8 + 1);
    crate::Date::new(y.clamp(1, 9999), m, 1).map_or(i32::MAX, |d| d.day_number())
}

/// The counts of one evaluation, by value id.
#[derive(Clone, Debug, Default)]
pub(crate) struct Counts {
    pub pairs: Vec<u32>,
    pub mediators: Vec<u32>,
    pub statuses: [u32; 8],
    pub countries: Vec<u32>,
    /// Articles per month, from `min_month`.
    pub months: Vec<u32>,
    pub min_month: i32,
    /// Articles with a date interval spanning several months.
    pub spanning: u32,
    pub undated: u32,
}

/// A selection resolved to value ids; `None` means the facet is not filtered.
struct Selection {
    pairs: Option<Vec<bool>>,
    mediators: Option<Vec<bool>>,
    statuses: Option<[bool; 8]>,
    countries: Option<Vec<bool>>,
    date: Option<DateRange>,
}

#[derive(Clone, Copy)]
struct DateRange {
    from: i32,
    to: i32,
    within: bool,
    include_undated: bool,
}

impl DateRange {
    #[inline]
    fn accepts(self, lo: i32, hi: i32) -> bool {
        if lo > hi {
            self.include_undated
        } else if self.within {
            lo >= self.from && hi <= self.to
        } else {
            lo <= self.to && hi >= self.from
        }
    }
}

impl Selection {
    fn new(f: &StoredFacets, q: &Query) -> Selection {
        let pick = |keys: &[FacetKey], wanted: &[String]| -> Option<Vec<bool>> {
            if wanted.is_empty() {
                return None;
            }
            let mut v = vec![false; keys.len()];
            for w in wanted {
                if let Ok(i) = keys.binary_search_by(|k| k.key.as_str().cmp(w)) {
                    v[i] = true;
                }
            }
            Some(v)
        };
        let statuses = (!q.statuses.is_empty()).then(|| {
            let mut v = [false; 8];
            for (i, s) in Status::ALL.iter().enumerate() {
                v[i] = q.statuses.contains(s);
            }
            v
        });
        let date = q.has_date_range().then(|| DateRange {
            from: q
                .from
                .and_then(|d| d.first_day())
                .map_or(i32::MIN, |d| d.day_number()),
            to: q
                .to
                .and_then(|d| d.last_day())
                .map_or(i32::MAX, |d| d.day_number()),
            within: q.dates == DateMode::Within,
            include_undated: q.include_undated,
        });
        Selection {
            pairs: pick(&f.pairs, &q.pairs),
            mediators: pick(&f.mediators, &q.mediators),
            statuses,
            countries: pick(&f.countries, &q.countries),
            date,
        }
    }
}
