//! The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), as in the
//! author's reference C implementation, so "talks", "talked" and "talking" share the stem "talk"
//! and "negotiations" meets "negotiating".
//!
//! It works on folded words of ASCII letters only; anything else (digits, other scripts) is
//! returned unchanged, as are words of one or two letters.

/// The stem of a folded word.
pub fn stem(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    stem_into(word, &mut out);
    out
}

/// Writes the stem of `word` into `out` (cleared first).
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        out.push_str(word);
        return;
    }
    // The stemmer works in `out`'s own buffer, so stemming a vocabulary allocates nothing.
    let mut b = std::mem::take(out).into_bytes();
    b.extend_from_slice(word.as_bytes());
    let mut s = Stemmer {
        b,
        k: word.len() - 1,
        j: 0,
    };
    s.step1ab();
    if s.k > 1 {
        s.step1c();
        s.step2();
        s.step3();
        s.step4();
        s.step5();
    }
    s.b.truncate(s.k + 1);
    // Only ASCII letters were written, so this is valid UTF-8.
    *out = String::from_utf8(s.b).unwrap_or_else(|_| word.to_string());
}

/// `b[..=k]` is the word being stemmed; `j` marks the end of the stem before a matched suffix.
struct Stemmer {
    b: Vec<u8>,
    k: usize,
    j: usize,
}

impl Stemmer {
    fn cons(&self, i: usize) -> bool {
        match self.b[i] {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !self.cons(i - 1),
            _ => true,
        }
    }

    /// The number of vowel-consonant sequences in `b[..=j]`.
    fn m(&self) -> usize {
        let mut n = 0;
        let mut i = 0;
        let j = self.j;
        loop {
            if i > j {
                return n;
            }
            if !self.cons(i) {
                break;
            }
            i += 1;
        }
        i += 1;
        loop {
            loop {
                if i > j {
                    return n;
                }
                if self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
            n += 1;
            loop {
                if i > j {
                    return n;
                }
                if !self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
        }
    }

    fn vowel_in_stem(&self) -> bool {
        (0..=self.j).any(|i| !self.cons(i))
    }

    fn double_c(&self, j: usize) -> bool {
        j >= 1 && self.b[j] == self.b[j - 1] && self.cons(j)
    }

    /// Consonant-vowel-consonant ending at `i`, the last not w, x or y ("hop", not "snow").
    fn cvc(&self, i: usize) -> bool {
        if i < 2 || !self.cons(i) || self.cons(i - 1) || !self.cons(i - 2) {
            return false;
        }
        !matches!(self.b[i], b'w' | b'x' | b'y')
    }

    /// Whether `b[..=k]` ends with `s`, setting `j` before it. A suffix as long as the whole word
    /// never matches, so `j` stays a valid index.
    fn ends(&mut self, s: &str) -> bool {
        let s = s.as_bytes();
        let len = self.k + 1;
        if s.len() >= len || &self.b[len - s.len()..len] != s {
            return false;
        }
        self.j = self.k - s.len();
        true
    }

    fn set_to(&mut self, s: &str) {
        self.b.truncate(self.j + 1);
        self.b.extend_from_slice(s.as_bytes());
        self.k = self.j + s.len();
    }

    fn r(&mut self, s: &str) {
        if self.m() > 0 {
            self.set_to(s);
        }
    }

    fn step1ab(&mut self) {
        if self.b[self.k] == b's' {
            if self.ends("sses") {
                self.k -= 2;
            } else if self.ends("ies") {
                self.set_to("i");
            } else if self.b[self.k - 1] != b's' {
                self.k -= 1;
            }
        }
        if self.ends("eed") {
            if self.m() > 0 {
                self.k -= 1;
            }
        } else if (self.ends("ed") || self.ends("ing")) && self.vowel_in_stem() {
            self.k = self.j;
            self.b.truncate(self.k + 1);
            if self.ends("at") {
                self.set_to("ate");
            } else if self.ends("bl") {
                self.set_to("ble");
            } else if self.ends("iz") {
                self.set_to("ize");
            } else if self.double_c(self.k) {
                self.k -= 1;
                if matches!(self.b[self.k], b'l' | b's' | b'z') {
                    self.k += 1;
                }
            } else {
                self.j = self.k;
                if self.m() == 1 && self.cvc(self.k) {
                    self.set_to_end("e");
                }
            }
        }
    }

    /// Appends `s` after `b[..=k]`.
    fn set_to_end(&mut self, s: &str) {
        self.j = self.k;
        self.set_to(s);
    }

    fn step1c(&mut self) {
        if self.ends("y") && self.vowel_in_stem() {
            self.b[self.k] = b'i';
        }
    }

    fn step2(&mut self) {
        if self.k < 1 {
            return;
        }
        let rules: &[(&str, &str)] = match self.b[self.k - 1] {
            b'a' => &[("ational", "ate"), ("tional", "tion")],
            b'c' => &[("enci", "ence"), ("anci", "ance")],
            b'e' => &[("izer", "ize")],
            b'l' => &[
                ("bli", "ble"),
                ("alli", "al"),
                ("entli", "ent"),
                ("eli", "e"),
                ("ousli", "ous"),
            ],
            b'o' => &[("ization", "ize"), ("ation", "ate"), ("ator", "ate")],
            b's' => &[
                ("alism", "al"),
                ("iveness", "ive"),
                ("fulness", "ful"),
                ("ousness", "ous"),
            ],
            b't' => &[("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")],
            b'g' => &[("logi", "log")],
            _ => &[],
        };
        self.apply_first(rules);
    }

    fn step3(&mut self) {
        let rules: &[(&str, &str)] = match self.b[self.k] {
            b'e' => &[("icate", "ic"), ("ative", ""), ("alize", "al")],
            b'i' => &[("iciti", "ic")],
            b'l' => &[("ical", "ic"), ("ful", "")],
            b's' => &[("ness", "")],
            _ => &[],
        };
        self.apply_first(rules);
    }

    /// Replaces the first matching suffix (when the stem before it has m > 0).
    fn apply_first(&mut self, rules: &[(&str, &str)]) {
        for (suffix, replacement) in rules {
            if self.ends(suffix) {
                self.r(replacement);
                return;
            }
        }
    }

    fn step4(&mut self) {
        if self.k < 1 {
            return;
        }
        let suffixes: &[&str] = match self.b[self.k - 1] {
            b'a' => &["al"],
            b'c' => &["ance", "ence"],
            b'e' => &["er"],
            b'i' => &["ic"],
            b'l' => &["able", "ible"],
            b'n' => &["ant", "ement", "ment", "ent"],
            b'o' => &["ion", "ou"],
            b's' => &["ism"],
            b't' => &["ate", "iti"],
            b'u' => &["ous"],
            b'v' => &["ive"],
            b'z' => &["ize"],
            _ => &[],
        };
        for s in suffixes {
            if self.ends(s) {
                if *s == "ion" && !matches!(self.b[self.j], b's' | b't') {
                    return;
                }
                if self.m() > 1 {
                    self.k = self.j;
                }
                return;
            }
        }
    }

    fn step5(&mut self) {
        self.j = self.k;
        if self.b[self.k] == b'e' {
            let a = self.m();
            if a > 1 || (a == 1 && !self.cvc(self.k - 1)) {
                self.k -= 1;
            }
        }
        // `j` still ends at the word before a final "e" was dropped, as in the reference code.
        if self.b[self.k] == b'l' && self.double_c(self.k) && self.m() > 1 {
            self.k -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn reference_vocabulary() {
        // Pairs from the reference vocabulary of the Porter stemmer.
        let cases = [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "ti"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("valenci", "valenc"),
            ("digitizer", "digit"),
            ("conformabli", "conform"),
            ("radicalli", "radic"),
            ("differentli", "differ"),
            ("vileli", "vile"),
            ("analogousli", "analog"),
            ("vietnamization", "vietnam"),
            ("predication", "predic"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("decisiveness", "decis"),
            ("hopefulness", "hope"),
            ("callousness", "callous"),
            ("formaliti", "formal"),
            ("sensitiviti", "sensit"),
            ("sensibiliti", "sensibl"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("formalize", "formal"),
            ("electriciti", "electr"),
            ("electrical", "electr"),
            ("hopeful", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("inference", "infer"),
            ("airliner", "airlin"),
            ("gyroscopic", "gyroscop"),
            ("adjustable", "adjust"),
            ("defensible", "defens"),
            ("irritant", "irrit"),
            ("replacement", "replac"),
            ("adjustment", "adjust"),
            ("dependent", "depend"),
            ("adoption", "adopt"),
            ("homologou", "homolog"),
            ("communism", "commun"),
            ("activate", "activ"),
            ("angulariti", "angular"),
            ("homologous", "homolog"),
            ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
            // Words of this project.
            ("mediation", "mediat"),
            ("mediator", "mediat"),
            ("mediating", "mediat"),
            ("negotiations", "negoti"),
            ("talks", "talk"),
            ("ceasefire", "ceasefir"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn leaves_short_non_ascii_and_numeric_words_alone() {
        for w in ["", "a", "is", "2025", "москва", "covid19", "ye", "ss", "s"] {
            assert_eq!(stem(w), w);
        }
    }

    #[test]
    fn never_panics_on_any_short_ascii_word() {
        let letters = b"aeiouysbdlz";
        for a in letters {
            for b in letters {
                for c in letters {
                    for d in [b'e', b's', b'y', b'l'] {
                        let w: String = [*a, *b, *c, d].iter().map(|&x| x as char).collect();
                        let _ = stem(&w);
                        let _ = stem(&w[1..]);
                    }
                }
            }
        }
    }
}
