//! Sets of article numbers for facet counting: a plain bitset, and a set that is a bitset when
//! dense and a sorted list when sparse (a rare facet value should not cost n/8 bytes).

/// A set of article numbers below a fixed bound, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    pub fn empty(n: usize) -> Bitset {
        Bitset {
            words: vec![0; n.div_ceil(64)],
        }
    }

    pub fn full(n: usize) -> Bitset {
        let mut b = Bitset {
            words: vec![u64::MAX; n.div_ceil(64)],
        };
        if !n.is_multiple_of(64) {
            if let Some(last) = b.words.last_mut() {
                *last = (1u64 << (n % 64)) - 1;
            }
        }
        b
    }

    pub fn from_sorted(n: usize, items: &[u32]) -> Bitset {
        let mut b = Bitset::empty(n);
        for &i in items {
            b.insert(i);
        }
        b
    }

    #[inline]
    pub fn insert(&mut self, i: u32) {
        if let Some(w) = self.words.get_mut(i as usize / 64) {
            *w |= 1 << (i % 64);
        }
    }

    #[inline]
    pub fn contains(&self, i: u32) -> bool {
        self.words
            .get(i as usize / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn count(&self) -> u32 {
        self.words.iter().map(|w| w.count_ones()).sum()
    }

    /// The members, in increasing order.
    pub fn to_vec(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.count() as usize);
        self.for_each(|i| out.push(i));
        out
    }

    #[inline]
    pub fn for_each(&self, mut f: impl FnMut(u32)) {
        for (wi, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                let b = w.trailing_zeros();
                f(wi as u32 * 64 + b);
                w &= w - 1;
            }
        }
    }
}

/// A set of article numbers: a bitset when dense, a sorted list when sparse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocSet {
    List(Vec<u32>),
    Bits(Bitset),
}

impl Default for DocSet {
    fn default() -> DocSet {
        DocSet::List(Vec::new())
    }
}

impl DocSet {
    /// From sorted, distinct article numbers below `n`.
    pub fn new(n: usize, sorted: Vec<u32>) -> DocSet {
        // Counting a list costs a random probe per member, a bitset a word operation per 64
        // articles: lists only for the very sparse.
        if sorted.len() * 256 < n {
            DocSet::List(sorted)
        } else {
            DocSet::Bits(Bitset::from_sorted(n, &sorted))
        }
    }

    pub fn len(&self) -> u32 {
        match self {
            DocSet::List(l) => l.len() as u32,
            DocSet::Bits(b) => b.count(),
        }
    }

    /// How many members are in `base`.
    pub fn count_in(&self, base: &Bitset) -> u32 {
        match self {
            DocSet::List(l) => l.iter().filter(|&&i| base.contains(i)).count() as u32,
            DocSet::Bits(b) => b
                .words
                .iter()
                .zip(&base.words)
                .map(|(x, y)| (x & y).count_ones())
                .sum(),
        }
    }

    /// Adds the members to `out`.
    pub fn or_into(&self, out: &mut Bitset) {
        match self {
            DocSet::List(l) => l.iter().for_each(|&i| out.insert(i)),
            DocSet::Bits(b) => out.or_with(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_agree_whatever_their_form() {
        let n = 1000;
        let members: Vec<u32> = (0..n as u32)
            .filter(|i| i % 7 == 0 || i % 13 == 0)
            .collect();
        let sparse: Vec<u32> = vec![3, 64, 999];
        let base =
            Bitset::from_sorted(n, &(0..n as u32).filter(|i| i % 2 == 0).collect::<Vec<_>>());
        for items in [members, sparse] {
            let want = items.iter().filter(|i| *i % 2 == 0).count() as u32;
            let set = DocSet::new(n, items.clone());
            assert_eq!(set.count_in(&base), want);
            let mut out = Bitset::empty(n);
            set.or_into(&mut out);
            assert_eq!(out.to_vec(), items);
        }
        assert_eq!(Bitset::full(130).count(), 130);
        assert_eq!(Bitset::full(128).count(), 128);
    }
}
