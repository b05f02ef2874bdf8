//! Query evaluation: the text becomes clauses, clauses become scored article lists, facets
//! filter and count, and the page of hits gets its snippets.
//!
//! Text semantics: every word or quoted phrase must match (AND). A word matches its stem
//! (weight 1), any form within one typo when it has five letters or more ([`TYPO_WEIGHT`]), any
//! word it begins when it is the last word and the text does not end with a space
//! ([`PREFIX_WEIGHT`]), and every variant of a name it is a variant of (weight 1; multi-word
//! names match as phrases). Within a word the best alternative counts; across words the scores
//! add up (BM25F over title and body, see [`super::index`]). A stop word being typed as the last
//! word only adds to the score ("talks in" does not require a word beginning with "in").

use super::facets::Counts;
use super::index::{FxMap, SearchIndex, BM25_K1, TITLE_WEIGHT};
use super::postings::{split_tf, PositionReader, Postings};
use super::query::{IgnoreReason, Ignored, IgnoredList, Query, Sort};
use super::results::{FacetCounts, FacetValue, Histogram, Hit, MonthCount, SearchResults, Snippet};
use super::stem::stem_into;
use super::text::{self, is_stop_word};
use crate::model::{Corpus, Span, Status};

/// Weight of a word the query word begins but does not equal, 0–1.
pub const PREFIX_WEIGHT: f32 = 0.7;
/// Weight of a word one typo away from the query word, 0–1.
pub const TYPO_WEIGHT: f32 = 0.5;
/// Query words of at least this many letters tolerate one typo.
pub const TYPO_MIN_CHARS: usize = 5;
/// Postings read for a word's typo alternatives at most (the most frequent come first; the
/// first is always read); a quarter of it when the word itself is in the vocabulary.
pub const TYPO_POSTINGS_BUDGET: u64 = 40_000;
/// Words and phrases searched at most; the rest are dropped and reported.
pub const MAX_CLAUSES: usize = 16;
/// Words in a snippet.
pub const SNIPPET_WORDS: usize = 30;
/// Words of an article read at most to place its snippet.
pub const SNIPPET_SCAN_WORDS: usize = 1500;

/// One way a clause can match.
#[derive(Clone, Debug, PartialEq)]
enum Alt {
    Term {
        term: u32,
        weight: f32,
    },
    /// Every article of a precomputed word beginning, unscored.
    Prefix {
        set: u32,
    },
    /// Stems with their offsets from the first.
    Phrase {
        terms: Vec<(u32, u32)>,
        weight: f32,
    },
}

/// A word or phrase of the query: any alternative satisfies it.
#[derive(Clone, Debug, Default)]
struct Clause {
    alts: Vec<Alt>,
    required: bool,
}

/// The text of a query, compiled against the index.
#[derive(Default)]
struct TextQuery {
    clauses: Vec<Clause>,
    dropped: Vec<String>,
    /// Folded word forms to highlight, and prefixes whose words are highlighted, each with the
    /// clauses (one bit each) it belongs to.
    highlight_words: FxMap<String, u32>,
    highlight_prefixes: Vec<(String, u32)>,
    /// First bytes of the highlighted words and prefixes: most words are rejected on this.
    first_bytes: FirstBytes,
}

/// A word of the query outside quotes.
struct FreeWord {
    folded: String,
    /// Which unquoted stretch of the text it is in: variants never join words across quotes.
    segment: usize,
}

impl SearchIndex {
    /// Runs a query: the matching articles of page `query.page` (`page_size` per page, at least
    /// 1), with snippets taken from `corpus` (the corpus the index was built from), the facet
    /// counts and the month histogram.
    pub fn search(&self, corpus: &Corpus, query: &Query, page_size: usize) -> SearchResults {
        let page_size = page_size.max(1);
        let tq = self.compile(&query.text);
        let has_text = !tq.clauses.is_empty();
        let mut scores = Vec::new();
        let candidates = self.candidates(query, &tq, &mut scores);
        let (matched, counts) = self
            .facets
            .evaluate(&self.s.facets, query, candidates.as_deref());
        let own = if query.own {
            matched.len()
        } else {
            count_common(&matched, &self.own)
        };
        let sort = query.effective_sort(has_text);
        let total = matched.len();
        let pages = total.div_ceil(page_size).max(1);
        let page = (query.page.max(1) as usize).min(pages);
        let skip = (page - 1) * page_size;
        let order = self.order(&matched, &scores, sort, skip + page_size);
        let hits = order
            .into_iter()
            .skip(skip)
            .map(|a| {
                let article = corpus.articles.get(a as usize);
                let title = article.map_or("", |x| x.title.as_str());
                let body = article.map_or("", |x| x.text.as_str());
                Hit {
                    article: a,
                    score: scores.get(a as usize).copied().unwrap_or(0.0),
                    title_highlights: highlights(&tq, title),
                    snippet: snippet(&tq, body),
                }
            })
            .collect();
        SearchResults {
            total: total as u32,
            page: page as u32,
            pages: pages as u32,
            sort,
            hits,
            facets: self.facet_counts(query, &counts, own as u32),
            histogram: histogram(&counts),
            dropped_words: tq.dropped,
        }
    }

    /// Every article matching `query` (text and facets), in the query's order, without
    /// snippets or counts: for exports and selections of all results.
    pub fn matching_articles(&self, query: &Query) -> Vec<u32> {
        let tq = self.compile(&query.text);
        let has_text = !tq.clauses.is_empty();
        let mut scores = Vec::new();
        let candidates = self.candidates(query, &tq, &mut scores);
        let (matched, _) = self
            .facets
            .evaluate(&self.s.facets, query, candidates.as_deref());
        let limit = matched.len();
        self.order(&matched, &scores, query.effective_sort(has_text), limit)
    }

    /// The articles the text and the own-articles filter leave (sorted), or `None` for all;
    /// fills `scores` when there is text.
    fn candidates(&self, query: &Query, tq: &TextQuery, scores: &mut Vec<f32>) -> Option<Vec<u32>> {
        let text = (!tq.clauses.is_empty()).then(|| {
            *scores = vec![0f32; self.article_count()];
            self.run_clauses(&tq.clauses, scores)
        });
        if !query.own {
            return text;
        }
        Some(match text {
            Some(list) => list
                .into_iter()
                .filter(|a| self.own.binary_search(a).is_ok())
                .collect(),
            None => self.own.clone(),
        })
    }

    /// Removes from `query` the facet values this corpus does not have, and lists them.
    /// Keys are compared exactly, after the normalisation `Query::parse` applies.
    pub fn validate(&self, query: &mut Query) -> Vec<Ignored> {
        let f = &self.s.facets;
        let mut ignored = IgnoredList::default();
        let mut keep = |values: &mut Vec<String>, keys: &[super::FacetKey], param: &str| {
            values.retain(|v| {
                let known = keys.binary_search_by(|k| k.key.as_str().cmp(v)).is_ok();
                if !known {
                    ignored.push(param, v, IgnoreReason::UnknownValue);
                }
                known
            });
        };
        keep(&mut query.pairs, &f.pairs, "pair");
        keep(&mut query.mediators, &f.mediators, "mediator");
        keep(&mut query.countries, &f.countries, "country");
        if query.own && self.own.is_empty() {
            query.own = false;
            ignored.push("own", "1", IgnoreReason::NoOwnArticles);
        }
        ignored.finish()
    }

    /// Every value of each facet in the corpus: (pairs, mediators, countries).
    pub fn facet_keys(&self) -> (&[super::FacetKey], &[super::FacetKey], &[super::FacetKey]) {
        let f = &self.s.facets;
        (&f.pairs, &f.mediators, &f.countries)
    }

    /// The first `limit` matched articles in the requested order.
    fn order(&self, matched: &[u32], scores: &[f32], sort: Sort, limit: usize) -> Vec<u32> {
        match sort {
            Sort::Relevance => {
                // The best `limit` by a bounded heap: broad queries match most articles, and
                // sorting them all would cost more than the rest of the query.
                let rank = &self.date_rank;
                let key = |a: u32| Ranked {
                    score: scores.get(a as usize).copied().unwrap_or(0.0),
                    date_rank: rank[a as usize],
                    article: a,
                };
                let mut heap: std::collections::BinaryHeap<Ranked> =
                    std::collections::BinaryHeap::with_capacity(limit + 1);
                for &a in matched {
                    let k = key(a);
                    if heap.len() < limit {
                        heap.push(k);
                    } else if heap.peek().is_some_and(|worst| k < *worst) {
                        heap.pop();
                        heap.push(k);
                    }
                }
                heap.into_sorted_vec()
                    .into_iter()
                    .map(|k| k.article)
                    .collect()
            }
            Sort::Newest | Sort::Oldest => {
                let n = self.article_count();
                let mut member = vec![false; n];
                for &a in matched {
                    member[a as usize] = true;
                }
                let dated = self.s.dated as usize;
                let (dated_part, undated_part) = self.s.by_date.split_at(dated);
                let take = |it: &mut dyn Iterator<Item = &u32>| -> Vec<u32> {
                    it.filter(|&&a| member[a as usize])
                        .take(limit)
                        .copied()
                        .collect()
                };
                if sort == Sort::Newest {
                    take(&mut dated_part.iter().chain(undated_part))
                } else {
                    take(&mut dated_part.iter().rev().chain(undated_part))
                }
            }
        }
    }

    fn facet_counts(&self, q: &Query, c: &Counts, own: u32) -> FacetCounts {
        let f = &self.s.facets;
        let list = |keys: &[super::FacetKey], counts: &[u32], selected: &[String]| {
            let mut out: Vec<FacetValue> = keys
                .iter()
                .zip(counts)
                .filter(|(k, &n)| n > 0 || selected.contains(&k.key))
                .map(|(k, &n)| FacetValue {
                    key: k.key.clone(),
                    label: k.label.clone(),
                    count: n,
                    selected: selected.contains(&k.key),
                })
                .collect();
            for s in selected {
                if keys.binary_search_by(|k| k.key.as_str().cmp(s)).is_err() {
                    out.push(FacetValue {
                        key: s.clone(),
                        label: s.clone(),
                        count: 0,
                        selected: true,
                    });
                }
            }
            out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
            out
        };
        let status = Status::ALL
            .iter()
            .zip(c.statuses)
            .filter(|(s, n)| *n > 0 || q.statuses.contains(s))
            .map(|(s, n)| FacetValue {
                key: s.name().to_string(),
                label: status_label(*s),
                count: n,
                selected: q.statuses.contains(s),
            })
            .collect();
        FacetCounts {
            pair: list(&f.pairs, &c.pairs, &q.pairs),
            mediator: list(&f.mediators, &c.mediators, &q.mediators),
            status,
            country: list(&f.countries, &c.countries, &q.countries),
            own,
        }
    }

    /// Compiles the query text.
    fn compile(&self, text: &str) -> TextQuery {
        let mut tq = TextQuery::default();
        let mut free: Vec<FreeWord> = Vec::new();
        let mut phrases: Vec<Vec<String>> = Vec::new();
        let mut prefix_last = false;
        let mut in_quote = false;
        let mut segment = 0;
        let mut rest = text;
        // Split at quote marks: odd stretches are phrases (an unclosed quote runs to the end).
        while !rest.is_empty() {
            let cut = rest.find(['"', '“', '”', '„']).unwrap_or(rest.len());
            let (part, after) = rest.split_at(cut);
            if in_quote {
                let mut words = Vec::new();
                text::for_each_word(part, |_, _, w| words.push(w.to_string()));
                phrases.push(words);
            } else {
                text::for_each_word(part, |_, end, w| {
                    prefix_last = end == part.len() && after.is_empty();
                    free.push(FreeWord {
                        folded: w.to_string(),
                        segment,
                    });
                });
                segment += 1;
            }
            match after.chars().next() {
                Some(q) => {
                    in_quote = !in_quote;
                    rest = &after[q.len_utf8()..];
                    prefix_last = false;
                }
                None => break,
            }
        }
        if free.last().is_none_or(|w| w.folded.is_empty()) {
            prefix_last = false;
        }

        let mut i = 0;
        while i < free.len() {
            let last = i + 1 == free.len();
            if free[i].folded.is_empty() {
                i += 1;
                continue;
            }
            // The longest run of words starting here that is a known name variant.
            let mut variant: Option<(usize, &[String])> = None;
            if !self.s.variants.is_empty() {
                let mut phrase = String::new();
                for j in i..free.len().min(i + super::variants::MAX_VARIANT_WORDS) {
                    if free[j].segment != free[i].segment || free[j].folded.is_empty() {
                        break;
                    }
                    if j > i {
                        phrase.push(' ');
                    }
                    phrase.push_str(&free[j].folded);
                    if let Some(g) = self.s.variants.lookup(&phrase) {
                        if !(j == i && is_stop_word(&free[i].folded)) {
                            variant = Some((j + 1 - i, g));
                        }
                    }
                }
            }
            let mut clause = Clause {
                alts: Vec::new(),
                required: true,
            };
            let consumed = match variant {
                Some((len, group)) => {
                    for v in group {
                        let words: Vec<String> = v.split(' ').map(str::to_string).collect();
                        self.phrase_alt(&words, 1.0, &mut clause.alts, &mut tq);
                    }
                    if len == 1 && last && prefix_last {
                        self.word_alts(&free[i].folded, true, &mut clause.alts, &mut tq);
                    }
                    len
                }
                None => {
                    let w = &free[i].folded;
                    let prefix = last && prefix_last;
                    if is_stop_word(w) && !prefix {
                        tq.dropped.push(w.clone());
                        i += 1;
                        continue;
                    }
                    if is_stop_word(w) {
                        // Being typed: may be the start of a longer word, required only alone.
                        clause.required =
                            free.iter().all(|x| is_stop_word(&x.folded)) && phrases.is_empty();
                    }
                    self.word_alts(w, prefix, &mut clause.alts, &mut tq);
                    1
                }
            };
            self.push_clause(clause, &mut tq, &free[i..i + consumed]);
            i += consumed;
        }
        for words in phrases {
            let mut clause = Clause {
                alts: Vec::new(),
                required: true,
            };
            if words.iter().all(|w| w.is_empty() || is_stop_word(w)) {
                tq.dropped.extend(words);
                continue;
            }
            self.phrase_alt(&words, 1.0, &mut clause.alts, &mut tq);
            if tq.clauses.len() >= MAX_CLAUSES {
                tq.dropped.push(words.join(" "));
                continue;
            }
            tq.clauses.push(clause);
        }
        tq
    }

    fn push_clause(&self, mut clause: Clause, tq: &mut TextQuery, words: &[FreeWord]) {
        if tq.clauses.len() >= MAX_CLAUSES {
            tq.dropped.extend(words.iter().map(|w| w.folded.clone()));
            return;
        }
        // One entry per stem, with its best weight.
        let mut terms: Vec<(u32, f32)> = Vec::new();
        clause.alts.retain(|a| match a {
            Alt::Term { term, weight } => {
                terms.push((*term, *weight));
                false
            }
            Alt::Phrase { .. } | Alt::Prefix { .. } => true,
        });
        terms.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        terms.dedup_by_key(|t| t.0);
        clause.alts.extend(
            terms
                .into_iter()
                .map(|(term, weight)| Alt::Term { term, weight }),
        );
        tq.clauses.push(clause);
    }

    /// The alternatives of one query word: its stem, the words it begins (when `prefix`), and
    /// the word forms one typo away.
    fn word_alts(&self, w: &str, prefix: bool, alts: &mut Vec<Alt>, tq: &mut TextQuery) {
        let mut stem = String::new();
        stem_into(w, &mut stem);
        if let Some(term) = self.s.terms.find(stem.as_bytes()) {
            alts.push(Alt::Term { term, weight: 1.0 });
            self.highlight_term(term, tq);
        }
        if prefix {
            match self
                .s
                .prefixes
                .sets
                .binary_search_by(|s| s.prefix.as_str().cmp(w))
            {
                Ok(set) => {
                    let p = &self.s.prefixes.sets[set];
                    alts.extend(p.top.iter().map(|&term| Alt::Term {
                        term,
                        weight: PREFIX_WEIGHT,
                    }));
                    alts.push(Alt::Prefix { set: set as u32 });
                }
                Err(_) => {
                    for i in self.s.words.prefix_range(w.as_bytes()) {
                        alts.push(Alt::Term {
                            term: self.word_term[i],
                            weight: PREFIX_WEIGHT,
                        });
                    }
                }
            }
            let bit = tq.clause_bit();
            tq.first_bytes.add(w);
            tq.highlight_prefixes.push((w.to_string(), bit));
        }
        if w.chars().count() >= TYPO_MIN_CHARS {
            let exact = self.s.terms.find(stem.as_bytes());
            let mut typos: Vec<(u32, u32)> = self
                .one_typo_away(w)
                .into_iter()
                .map(|word| (self.word_term[word as usize], word))
                .filter(|&(t, _)| Some(t) != exact)
                .collect();
            // The likeliest meant words first, within a bound on the postings read; a word
            // that exists as typed is probably meant as typed, so its typos get less.
            typos.sort_by(|a, b| {
                self.s.df[b.0 as usize]
                    .cmp(&self.s.df[a.0 as usize])
                    .then(a.1.cmp(&b.1))
            });
            let budget = if self.s.words.find(w.as_bytes()).is_some() {
                TYPO_POSTINGS_BUDGET / 4
            } else {
                TYPO_POSTINGS_BUDGET
            };
            let mut spent = 0u64;
            for (i, (term, word)) in typos.into_iter().enumerate() {
                let df = self.s.df[term as usize] as u64;
                if i > 0 && spent + df > budget {
                    continue;
                }
                spent += df;
                alts.push(Alt::Term {
                    term,
                    weight: TYPO_WEIGHT,
                });
                if let Ok(s) = std::str::from_utf8(self.s.words.get(word as usize)) {
                    tq.highlight(s);
                }
            }
        }
    }

    /// A phrase of folded words (stop words keep their place) as an alternative; a one-word
    /// phrase is the word's stem. Nothing when a word is not in the index.
    fn phrase_alt(&self, words: &[String], weight: f32, alts: &mut Vec<Alt>, tq: &mut TextQuery) {
        let mut terms = Vec::new();
        let mut stem = String::new();
        let mut first: Option<u32> = None;
        for (pos, w) in words.iter().enumerate() {
            if w.is_empty() || is_stop_word(w) {
                continue;
            }
            stem_into(w, &mut stem);
            let Some(term) = self.s.terms.find(stem.as_bytes()) else {
                return;
            };
            let base = *first.get_or_insert(pos as u32);
            terms.push((term, pos as u32 - base));
        }
        for &(t, _) in &terms {
            self.highlight_term(t, tq);
        }
        match terms.len() {
            0 => {}
            1 => alts.push(Alt::Term {
                term: terms[0].0,
                weight,
            }),
            _ => alts.push(Alt::Phrase { terms, weight }),
        }
    }

    fn highlight_term(&self, term: u32, tq: &mut TextQuery) {
        let t = term as usize;
        for &w in &self.term_words
            [self.term_words_start[t] as usize..self.term_words_start[t + 1] as usize]
        {
            if let Ok(s) = std::str::from_utf8(self.s.words.get(w as usize)) {
                tq.highlight(s);
            }
        }
    }

    /// Word forms at Damerau–Levenshtein distance exactly 1 from `w`. An edit in the second
    /// half leaves the first half intact, so those forms are in the dictionary range of the first
    /// half and are checked one by one; an edit in the first half is one of few strings
    /// (deletions, transpositions, and substitutions and insertions of the vocabulary's letters),
    /// each looked up exactly.
    fn one_typo_away(&self, w: &str) -> Vec<u32> {
        let chars: Vec<char> = w.chars().collect();
        let half = chars.len() / 2;
        let split = w.char_indices().nth(half).map_or(w.len(), |(i, _)| i);
        let mut out = Vec::new();
        let ascii = w.is_ascii();
        for i in self.s.words.prefix_range(&w.as_bytes()[..split]) {
            let cand = self.s.words.get(i);
            let ok = if ascii && cand.is_ascii() {
                one_edit_bytes(w.as_bytes(), cand)
            } else {
                std::str::from_utf8(cand).is_ok_and(|c| one_edit(&chars, c))
            };
            if ok {
                out.push(i as u32);
            }
        }
        let mut buf = String::with_capacity(w.len() + 4);
        let look = |buf: &String, out: &mut Vec<u32>| {
            if let Some(i) = self.s.words.find(buf.as_bytes()) {
                out.push(i);
            }
        };
        let rebuild = |buf: &mut String, parts: &[&[char]]| {
            buf.clear();
            parts.iter().for_each(|p| buf.extend(p.iter()));
        };
        for i in 0..half {
            rebuild(&mut buf, &[&chars[..i], &chars[i + 1..]]);
            look(&buf, &mut out);
            if chars[i] != chars[i + 1] {
                rebuild(
                    &mut buf,
                    &[&chars[..i], &[chars[i + 1], chars[i]], &chars[i + 2..]],
                );
                look(&buf, &mut out);
            }
            for c in self.s.alphabet.chars() {
                if c != chars[i] {
                    rebuild(&mut buf, &[&chars[..i], &[c], &chars[i + 1..]]);
                    look(&buf, &mut out);
                }
                rebuild(&mut buf, &[&chars[..i], &[c], &chars[i..]]);
                look(&buf, &mut out);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Runs the clauses; gives the sorted articles matching every required clause, and leaves
    /// their scores in `scores`.
    fn run_clauses(&self, clauses: &[Clause], scores: &mut [f32]) -> Vec<u32> {
        let n = self.article_count();
        let mut order: Vec<&Clause> = clauses.iter().filter(|c| c.required).collect();
        order.sort_by_key(|c| self.cost(c));
        let optional: Vec<&Clause> = clauses.iter().filter(|c| !c.required).collect();
        let mut mark = vec![0u8; n];
        let mut clause_score = vec![0f32; n];
        let mut candidates: Vec<u32> = Vec::new();
        let mut level = 0u8;
        if order.is_empty() {
            // Only optional clauses: every article is a candidate.
            candidates = (0..n as u32).collect();
        }
        for clause in order {
            let mut touched = Vec::new();
            for alt in &clause.alts {
                self.for_each_match(alt, |d, s| {
                    let m = mark[d as usize];
                    if m == level {
                        mark[d as usize] = level + 1;
                        clause_score[d as usize] = s;
                        touched.push(d);
                    } else if m == level + 1 && s > clause_score[d as usize] {
                        clause_score[d as usize] = s;
                    }
                });
            }
            for &d in &touched {
                scores[d as usize] += clause_score[d as usize];
                clause_score[d as usize] = 0.0;
            }
            level += 1;
            candidates = touched;
            if candidates.is_empty() {
                return candidates;
            }
        }
        for clause in optional {
            let mut touched = Vec::new();
            for alt in &clause.alts {
                self.for_each_match(alt, |d, s| {
                    if mark[d as usize] == level {
                        mark[d as usize] = level + 1;
                        touched.push(d);
                    }
                    if mark[d as usize] == level + 1 && s > clause_score[d as usize] {
                        clause_score[d as usize] = s;
                    }
                });
            }
            for &d in &touched {
                scores[d as usize] += clause_score[d as usize];
                clause_score[d as usize] = 0.0;
                mark[d as usize] = level;
            }
        }
        candidates.sort_unstable();
        candidates
    }

    /// Postings a clause will read: clauses run cheapest first.
    fn cost(&self, c: &Clause) -> u64 {
        c.alts
            .iter()
            .map(|a| match a {
                Alt::Term { term, .. } => self.s.df[*term as usize] as u64,
                Alt::Prefix { set } => self.s.prefixes.sets[*set as usize].count as u64,
                Alt::Phrase { terms, .. } => {
                    terms.iter().map(|t| self.s.df[t.0 as usize] as u64).sum()
                }
            })
            .sum()
    }

    /// Calls `f(article, score)` for every article an alternative matches, in article order.
    fn for_each_match(&self, alt: &Alt, mut f: impl FnMut(u32, f32)) {
        let n = self.article_count() as u32;
        match alt {
            Alt::Term { term, weight } => {
                let w = weight * self.idf(*term);
                for (d, code) in Postings::new(self.doc_stream(*term), self.s.df[*term as usize]) {
                    if d < n {
                        f(d, w * self.tf_score(d, code));
                    }
                }
            }
            Alt::Prefix { set } => self.s.prefixes.sets[*set as usize].articles.for_each(|d| {
                if d < n {
                    f(d, 0.0)
                }
            }),
            Alt::Phrase { terms, weight } => self.phrase_matches(terms, *weight, &mut f),
        }
    }

    /// BM25F saturation of one posting (without idf).
    #[inline]
    fn tf_score(&self, d: u32, code: u32) -> f32 {
        let (title, body) = split_tf(code);
        let d = d as usize;
        let tf = TITLE_WEIGHT * title as f32 * self.title_norm[d] + body as f32 * self.body_norm[d];
        tf * (BM25_K1 + 1.0) / (BM25_K1 + tf)
    }

    fn phrase_matches(&self, terms: &[(u32, u32)], weight: f32, mut f: impl FnMut(u32, f32)) {
        struct Cursor<'a> {
            postings: Postings<'a>,
            positions: PositionReader<'a>,
            doc: u32,
            code: u32,
            unread: bool,
            done: bool,
        }
        impl Cursor<'_> {
            fn advance(&mut self, widths: &[u8]) {
                if self.unread {
                    self.positions.skip(self.code, width_of(widths, self.doc));
                }
                match self.postings.next() {
                    Some((d, c)) => {
                        self.doc = d;
                        self.code = c;
                        self.unread = true;
                    }
                    None => {
                        self.done = true;
                        self.unread = false;
                    }
                }
            }
            fn read(&mut self, widths: &[u8], out: &mut Vec<u32>) {
                if self.unread {
                    self.positions
                        .read(self.code, width_of(widths, self.doc), out);
                    self.unread = false;
                }
            }
        }
        let n = self.article_count() as u32;
        let widths = &self.pos_width[..];
        let mut cursors: Vec<Cursor> = terms
            .iter()
            .map(|&(t, _)| Cursor {
                postings: Postings::new(self.doc_stream(t), self.s.df[t as usize]),
                positions: {
                    let (bytes, bit) = self.pos_stream(t);
                    PositionReader::at(bytes, bit)
                },
                doc: 0,
                code: 0,
                unread: false,
                done: false,
            })
            .collect();
        for c in &mut cursors {
            c.advance(widths);
        }
        let idf: Vec<f32> = terms.iter().map(|&(t, _)| self.idf(t)).collect();
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); terms.len()];
        loop {
            if cursors.iter().any(|c| c.done) {
                return;
            }
            let target = cursors.iter().map(|c| c.doc).max().unwrap_or(0);
            let mut aligned = true;
            for c in &mut cursors {
                while !c.done && c.doc < target {
                    c.advance(widths);
                }
                if c.done {
                    return;
                }
                aligned &= c.doc == target;
            }
            if !aligned {
                continue;
            }
            for (c, list) in cursors.iter_mut().zip(&mut lists) {
                c.read(widths, list);
            }
            let found = lists[0].iter().any(|&p| {
                terms
                    .iter()
                    .zip(&lists)
                    .skip(1)
                    .all(|(&(_, off), l)| l.binary_search(&(p + off)).is_ok())
            });
            if found && target < n {
                let s: f32 = cursors
                    .iter()
                    .zip(&idf)
                    .map(|(c, i)| i * self.tf_score(target, c.code))
                    .sum();
                f(target, weight * s);
            }
            for c in &mut cursors {
                c.advance(widths);
            }
        }
    }
}

/// A hit's place in relevance order: "less" is better (higher score, then newer, then first).
#[derive(Clone, Copy, PartialEq)]
struct Ranked {
    score: f32,
    date_rank: u32,
    article: u32,
}

impl Eq for Ranked {}

impl Ord for Ranked {
    fn cmp(&self, other: &Ranked) -> std::cmp::Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.date_rank.cmp(&other.date_rank))
            .then(self.article.cmp(&other.article))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Ranked) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The position width of an article (0 for a number out of range: reads nothing).
fn width_of(widths: &[u8], doc: u32) -> u32 {
    widths.get(doc as usize).copied().unwrap_or(0) as u32
}

/// [`one_edit`] for ASCII words.
fn one_edit_bytes(a: &[u8], b: &[u8]) -> bool {
    one_edit_slices(a, b)
}

/// Whether `b` is exactly one insertion, deletion, substitution or transposition of adjacent
/// letters away from `a`.
fn one_edit(a: &[char], b: &str) -> bool {
    if b.is_ascii() {
        if a.len().abs_diff(b.len()) > 1 {
            return false;
        }
        let mut buf = ['\0'; super::text::MAX_WORD_BYTES];
        for (slot, c) in buf.iter_mut().zip(b.bytes()) {
            *slot = c as char;
        }
        return one_edit_chars(a, &buf[..b.len().min(buf.len())]);
    }
    let b: Vec<char> = b.chars().collect();
    one_edit_chars(a, &b)
}

fn one_edit_chars(a: &[char], b: &[char]) -> bool {
    one_edit_slices(a, b)
}

/// Whether two words (as bytes or as characters) are exactly one edit apart.
fn one_edit_slices<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 || a == b {
        return false;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let max_suf = a.len().min(b.len()) - pre;
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suf)
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    match (ma.len(), mb.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// The number of values two sorted lists share.
fn count_common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn status_label(s: Status) -> String {
    let name = s.name();
    let mut out = name[..1].to_ascii_uppercase();
    out.push_str(&name[1..]);
    out
}

fn histogram(c: &Counts) -> Histogram {
    Histogram {
        months: c
            .months
            .iter()
            .enumerate()
            .map(|(i, &count)| MonthCount {
                month_key: c.min_month + i as i32,
                count,
            })
            .collect(),
        spanning: c.spanning,
        undated: c.undated,
    }
}

/// A set of first bytes, as a 256-bit map.
#[derive(Default)]
struct FirstBytes([u64; 4]);

impl FirstBytes {
    fn add(&mut self, w: &str) {
        if let Some(&b) = w.as_bytes().first() {
            self.0[b as usize / 64] |= 1 << (b % 64);
        }
    }

    #[inline]
    fn may_match(&self, w: &str) -> bool {
        w.as_bytes()
            .first()
            .is_some_and(|&b| self.0[b as usize / 64] >> (b % 64) & 1 == 1)
    }
}

impl TextQuery {
    /// The bit of the clause being compiled.
    fn clause_bit(&self) -> u32 {
        1u32 << self.clauses.len().min(31)
    }

    fn highlight(&mut self, word: &str) {
        self.first_bytes.add(word);
        let bit = self.clause_bit();
        *self.highlight_words.entry(word.to_string()).or_default() |= bit;
    }

    /// The clauses a folded word matches, one bit each; 0 when it is not highlighted.
    fn mask(&self, w: &str) -> u32 {
        if !self.first_bytes.may_match(w) {
            return 0;
        }
        let mut m = self.highlight_words.get(w).copied().unwrap_or(0);
        for (p, bit) in &self.highlight_prefixes {
            if w.starts_with(p.as_str()) {
                m |= bit;
            }
        }
        m
    }

    fn all_clauses(&self) -> u32 {
        let words = self.highlight_words.values().fold(0, |a, b| a | b);
        self.highlight_prefixes.iter().fold(words, |a, p| a | p.1)
    }
}

/// The matched words of `text`, as byte ranges.
fn highlights(tq: &TextQuery, text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if tq.clauses.is_empty() {
        return out;
    }
    text::for_each_word(text, |s, e, w| {
        if tq.mask(w) != 0 {
            out.push(Span::new(s, e));
        }
    });
    out
}

/// The passage of [`SNIPPET_WORDS`] words that matches the most clauses (then the most words),
/// starting a few words before its first match; or the start of the text. The scan stops at the
/// first passage that matches every clause, so a typical snippet reads only the start of the
/// article.
fn snippet(tq: &TextQuery, text: &str) -> Snippet {
    // (start, end, clause mask) of the words read so far.
    let mut words: Vec<(usize, usize, u32)> = Vec::new();
    let searching = !tq.clauses.is_empty();
    let all = tq.all_clauses();
    let mut window_counts = [0u16; 32];
    let mut best: Option<(u32, usize, usize)> = None; // (clauses, matches, window end)
    let mut matches_in_window = 0usize;
    // Once a passage matches every clause, read on only to fill it.
    let mut fill_until: Option<usize> = None;
    text::for_each_word_while(text, |s, e, w| {
        if let Some(until) = fill_until {
            words.push((s, e, tq.mask(w)));
            return words.len() < until;
        }
        let m = if searching { tq.mask(w) } else { 0 };
        words.push((s, e, m));
        if !searching {
            return words.len() < SNIPPET_WORDS;
        }
        if words.len() > SNIPPET_SCAN_WORDS {
            return false;
        }
        let end = words.len();
        add_mask(&mut window_counts, m, 1);
        matches_in_window += (m != 0) as usize;
        if end > SNIPPET_WORDS {
            let gone = words[end - SNIPPET_WORDS - 1].2;
            add_mask(&mut window_counts, gone, -1);
            matches_in_window -= (gone != 0) as usize;
        }
        if m != 0 {
            let covered = window_counts.iter().filter(|&&c| c > 0).count() as u32;
            if best.is_none_or(|b| (covered, matches_in_window) > (b.0, b.1)) {
                best = Some((covered, matches_in_window, end));
            }
            let mask = (0..32)
                .filter(|&i| window_counts[i] > 0)
                .fold(0u32, |a, i| a | 1 << i);
            if mask == all {
                fill_until = Some(end + SNIPPET_WORDS);
            }
        }
        true
    });
    if words.is_empty() {
        return Snippet::default();
    }
    let window = SNIPPET_WORDS.min(words.len());
    let mut start = match best {
        Some((_, _, end)) => end.saturating_sub(window),
        None => 0,
    };
    if best.is_some() {
        // Start a few words before the first match of the passage, for context.
        let first = (start..words.len())
            .find(|&i| words[i].2 != 0)
            .unwrap_or(start);
        start = first.saturating_sub(4);
    }
    let stop = (start + window).min(words.len());
    let chosen = &words[start..stop];
    let from = if start == 0 { 0 } else { chosen[0].0 };
    let to = chosen[chosen.len() - 1].1;
    let highlights = chosen
        .iter()
        .filter(|w| w.2 != 0)
        .map(|&(s, e, _)| Span::new(s - from, e - from))
        .collect();
    Snippet {
        text: text[from..to].to_string(),
        start: from as u32,
        end: to as u32,
        highlights,
    }
}

fn add_mask(counts: &mut [u16; 32], mask: u32, delta: i32) {
    let mut m = mask;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        counts[i] = (counts[i] as i32 + delta) as u16;
        m &= m - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit;

    #[test]
    fn one_edit_table() {
        let cases = [
            ("mediation", "mediatoin", true),
            ("mediation", "mediaton", true),
            ("mediation", "mediations", true),
            ("mediation", "medtation", true),
            ("mediation", "mediation", false),
            ("mediation", "meditaoin", false),
            ("araghchi", "araqchi", false),
            ("turkiye", "turkie", true),
            ("abcde", "bacde", true),
            ("abcde", "abced", true),
        ];
        for (a, b, want) in cases {
            let a: Vec<char> = a.chars().collect();
            assert_eq!(one_edit(&a, b), want, "{a:?} {b}");
        }
    }
}
