//! Name variants: the spellings under which one person or place is written ("Araghchi",
//! "Araqchi"; "Turkey", "Türkiye"). A search for any variant of a group finds every variant.
//!
//! The groups come from the reference data at build time and are stored in the index, cut down
//! to the groups of which at least one variant occurs in the corpus, so a query never needs the
//! reference tables. Variants are compared folded (see [`super::text`]), stop words included,
//! and may be several words long ("United States of America").

use super::text;
use serde::{Deserialize, Serialize};

/// Longest variant kept, in words.
pub const MAX_VARIANT_WORDS: usize = 6;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Variants {
    /// Every variant, folded, words joined by one space, sorted, with the number of its group.
    entries: Vec<(String, u32)>,
    /// The variants of each group, folded.
    groups: Vec<Vec<String>>,
}

impl Variants {
    /// Keeps the groups (of two or more distinct folded variants) that `occurs` says the corpus
    /// has at least one variant of.
    pub fn build(groups: &[Vec<String>], occurs: impl Fn(&str) -> bool) -> Variants {
        let mut kept: Vec<Vec<String>> = Vec::new();
        for g in groups {
            let mut folded: Vec<String> = g
                .iter()
                .map(|v| text::fold(v))
                .filter(|v| !v.is_empty() && v.split(' ').count() <= MAX_VARIANT_WORDS)
                .collect();
            folded.sort();
            folded.dedup();
            if folded.len() >= 2 && folded.iter().any(|v| occurs(v)) {
                kept.push(folded);
            }
        }
        kept.sort();
        kept.dedup();
        let mut entries: Vec<(String, u32)> = kept
            .iter()
            .enumerate()
            .flat_map(|(i, g)| g.iter().map(move |v| (v.clone(), i as u32)))
            .collect();
        // A spelling shared by two groups keeps the first group only, deterministically.
        entries.sort();
        entries.dedup_by(|a, b| a.0 == b.0);
        Variants {
            entries,
            groups: kept,
        }
    }

    /// The variants of the group that has `folded` (words joined by one space) as a variant.
    pub fn lookup(&self, folded: &str) -> Option<&[String]> {
        let i = self
            .entries
            .binary_search_by(|(v, _)| v.as_str().cmp(folded))
            .ok()?;
        self.groups
            .get(self.entries[i].1 as usize)
            .map(Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn validate(&self) -> Result<(), String> {
        if self
            .entries
            .iter()
            .any(|(_, g)| *g as usize >= self.groups.len())
        {
            return Err("variant group out of range".into());
        }
        Ok(())
    }
}
