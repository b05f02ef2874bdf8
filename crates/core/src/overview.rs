//! The overview of who mediates between whom: a matrix of country pairs by mediators, counted
//! in articles, with keys that are the search facets' keys so a cell can become a filter.

use crate::describe;
use crate::model::Corpus;
use crate::search::facets::facet_code;
use crate::search::query::pair_key;
use std::collections::{BTreeMap, BTreeSet};

/// One row or column of the matrix: a facet key and its display name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Axis {
    pub key: String,
    pub label: String,
    /// Articles with at least one event on this row or column.
    pub articles: u32,
}

/// Pairs (rows) by mediators (columns); `cells[(row, column)]` counts the articles that have an
/// event with that pair among its parties and that mediator among its mediators.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matrix {
    pub pairs: Vec<Axis>,
    pub mediators: Vec<Axis>,
    pub cells: BTreeMap<(usize, usize), u32>,
}

impl Matrix {
    pub fn count(&self, row: usize, column: usize) -> u32 {
        self.cells.get(&(row, column)).copied().unwrap_or(0)
    }
}

/// Builds the matrix over the articles `include` accepts, rows and columns by most articles
/// first, then by key, each cut to `max_axis` entries.
pub fn matrix(corpus: &Corpus, include: impl Fn(usize) -> bool, max_axis: usize) -> Matrix {
    let mut cell_articles: BTreeMap<(String, String), BTreeSet<usize>> = BTreeMap::new();
    let mut pair_articles: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut mediator_articles: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut pair_labels: BTreeMap<String, String> = BTreeMap::new();
    for (i, article) in corpus
        .articles
        .iter()
        .enumerate()
        .filter(|(i, _)| include(*i))
    {
        for e in &article.events {
            let parties: Vec<String> = e.parties.iter().map(|p| facet_code(p)).collect();
            for (a, pa) in parties.iter().enumerate() {
                for pb in &parties[a + 1..] {
                    let key = pair_key(pa, pb);
                    pair_labels.entry(key.clone()).or_insert_with(|| {
                        let mut ids = [pa.clone(), pb.clone()];
                        ids.sort();
                        describe::parties_label(&ids)
                    });
                    pair_articles.entry(key.clone()).or_default().insert(i);
                    for m in &e.mediators {
                        let m = facet_code(m);
                        mediator_articles.entry(m.clone()).or_default().insert(i);
                        cell_articles.entry((key.clone(), m)).or_default().insert(i);
                    }
                }
            }
        }
    }
    let axis = |map: &BTreeMap<String, BTreeSet<usize>>, label: &dyn Fn(&str) -> String| {
        let mut v: Vec<Axis> = map
            .iter()
            .map(|(k, s)| Axis {
                key: k.clone(),
                label: label(k),
                articles: s.len() as u32,
            })
            .collect();
        v.sort_by(|a, b| b.articles.cmp(&a.articles).then_with(|| a.key.cmp(&b.key)));
        v.truncate(max_axis);
        v
    };
    let pairs = axis(&pair_articles, &|k| {
        pair_labels.get(k).cloned().unwrap_or_else(|| k.to_string())
    });
    let mediators = axis(&mediator_articles, &|k| describe::name(k).to_string());
    let mut cells = BTreeMap::new();
    for (r, p) in pairs.iter().enumerate() {
        for (c, m) in mediators.iter().enumerate() {
            if let Some(s) = cell_articles.get(&(p.key.clone(), m.key.clone())) {
                cells.insert((r, c), s.len() as u32);
            }
        }
    }
    Matrix {
        pairs,
        mediators,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, MediationEvent, Span, Status};

    fn article(events: &[(&[&str], &[&str])]) -> Article {
        Article {
            events: events
                .iter()
                .map(|(m, p)| MediationEvent {
                    kind: "mediation".into(),
                    mediators: m.iter().map(|s| s.to_string()).collect(),
                    parties: p.iter().map(|s| s.to_string()).collect(),
                    status: Status::Held,
                    cameo: "046".into(),
                    date: None,
                    evidence: String::new(),
                    span: Span(0, 0),
                })
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn counts_articles_per_pair_and_mediator_not_events() {
        let corpus = Corpus {
            articles: vec![
                article(&[(&["QAT"], &["AFG", "PAK"]), (&["QAT"], &["AFG", "PAK"])]),
                article(&[(&["QAT", "TUR"], &["PAK", "AFG"])]),
                article(&[(&["IRN"], &["IND", "PAK"])]),
            ],
            skipped: vec![],
        };
        let m = matrix(&corpus, |_| true, 10);
        let keys: Vec<&str> = m.pairs.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(keys, ["AFG-PAK", "IND-PAK"]);
        let meds: Vec<&str> = m.mediators.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(meds, ["QAT", "IRN", "TUR"]);
        assert_eq!(m.count(0, 0), 2);
        assert_eq!(m.count(0, 2), 1);
        assert_eq!(m.count(1, 1), 1);
        assert_eq!(m.count(1, 0), 0);
        let only_last = matrix(&corpus, |i| i == 2, 10);
        assert_eq!(only_last.pairs.len(), 1);
        assert_eq!(matrix(&corpus, |_| true, 1).mediators.len(), 1);
    }
}
