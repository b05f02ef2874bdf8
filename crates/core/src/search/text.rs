//! Text normalisation shared by the index and the query: word splitting, case and diacritic
//! folding, the stop list.
//!
//! Word boundaries: a word is a maximal run of characters for which `char::is_alphanumeric` holds
//! (letters and digits of every script), with combining marks (U+0300..U+036F) kept inside the
//! word and dropped from its folded form. This is a simplification of Unicode's UAX #29 word
//! boundaries that needs no tables: punctuation, spaces, apostrophes and hyphens all separate
//! words ("Amir-Abdollahian" is two words, "India's" is "india" and the stop word "s"). Scripts
//! written without spaces (Chinese, Japanese, Thai) come out as one word per run.
//!
//! Folding: lower case (`char::to_lowercase`), then Latin letters lose their diacritics through a
//! small table ("Türkiye" → "turkiye", "Şırnak" → "sirnak", "Straße" → "strasse"). Other scripts
//! are only lower-cased.

/// Words longer than this many bytes once folded are not indexed: they are URLs, hashes or
/// encoding debris, never something a person types. Bounds the work of typo matching too.
pub const MAX_WORD_BYTES: usize = 64;

/// Calls `f(start, end, folded)` for every word of `text`, in order, with the byte range of the
/// word in `text` and its folded form. Words whose folded form exceeds [`MAX_WORD_BYTES`] are
/// still reported (so positions stay faithful) with an empty folded form.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    for_each_word_while(text, |s, e, w| {
        f(s, e, w);
        true
    });
}

/// Like [`for_each_word`], stopping after the first word for which `f` returns false.
pub fn for_each_word_while(text: &str, mut f: impl FnMut(usize, usize, &str) -> bool) {
    let mut folded = String::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII needs no decoding and no table: the common case, kept fast.
        let (in_word, len) = if bytes[i] < 0x80 {
            let b = bytes[i];
            let in_word = b.is_ascii_alphanumeric();
            if in_word {
                if start.is_none() {
                    start = Some(i);
                    folded.clear();
                }
                folded.push(b.to_ascii_lowercase() as char);
            }
            (in_word, 1)
        } else {
            let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            let in_word = c.is_alphanumeric() || (start.is_some() && is_combining_mark(c));
            if in_word {
                if start.is_none() {
                    start = Some(i);
                    folded.clear();
                }
                fold_char_into(c, &mut folded);
            }
            (in_word, c.len_utf8())
        };
        if !in_word {
            if let Some(s) = start.take() {
                if !emit(s, i, &folded, &mut f) {
                    return;
                }
            }
        }
        i += len;
    }
    if let Some(s) = start {
        emit(s, text.len(), &folded, &mut f);
    }
}

fn emit(
    start: usize,
    end: usize,
    folded: &str,
    f: &mut impl FnMut(usize, usize, &str) -> bool,
) -> bool {
    if folded.len() > MAX_WORD_BYTES {
        f(start, end, "")
    } else {
        f(start, end, folded)
    }
}

/// The folded form of a whole string, words joined by single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for_each_word(text, |_, _, w| {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    });
    out
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Appends the folded form of one character.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        if is_combining_mark(l) {
            continue;
        }
        match fold_latin(l) {
            Some(s) => out.push_str(s),
            None => out.push(l),
        }
    }
}

/// The base letters of a lower-case Latin letter with diacritics, or `None` to keep it as is.
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ'
        | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể'
        | 'ễ' | 'ệ' | 'ə' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' | 'ḥ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ỉ' | 'ị' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ọ' | 'ỏ' | 'ố' | 'ồ'
        | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ụ' | 'ủ' | 'ứ'
        | 'ừ' | 'ử' | 'ữ' | 'ự' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' => "z",
        // Transliteration marks of Arabic and Persian names ("Qur’an", "ʿAbbas") carry no letter.
        'ʼ' | 'ʻ' | 'ʽ' | 'ʾ' | 'ʿ' => "",
        _ => return None,
    })
}

/// English function words that are not indexed. Kept short on purpose: words that double as
/// names or acronyms ("us", "who", "it" as IT) stay searchable.
pub const STOP_WORDS: [&str; 92] = [
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "both", "but", "by", "can", "could", "d", "did", "do",
    "does", "during", "each", "for", "from", "had", "has", "have", "he", "her", "here", "hers",
    "him", "his", "how", "i", "if", "in", "into", "is", "its", "ll", "m", "me", "my", "nor", "of",
    "on", "or", "our", "ours", "re", "s", "she", "should", "so", "such", "t", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "ve",
    "was", "we", "were", "what", "when", "where", "which", "while", "whom", "why", "will", "with",
    "would", "you", "your",
];

/// Whether a folded word is on the stop list.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(usize, usize, String)> {
        let mut v = Vec::new();
        for_each_word(text, |s, e, w| v.push((s, e, w.to_string())));
        v
    }

    #[test]
    fn stop_list_is_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("Türkiye", "turkiye"),
            ("ŞIRNAK", "sirnak"),
            ("Straße", "strasse"),
            ("Ğazi Çelik", "gazi celik"),
            ("Łódź", "lodz"),
            ("Œuvre", "oeuvre"),
            ("São Tomé", "sao tome"),
            ("Île-de-France", "ile de france"),
            // Decomposed: e + combining acute.
            ("Cafe\u{301}", "cafe"),
            ("Москва", "москва"),
            ("İstanbul", "istanbul"),
            ("Nguyễn", "nguyen"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn word_ranges_are_byte_ranges_of_the_original() {
        let text = "Iran’s offer: “Türkiye, 2025”!";
        let got = words(text);
        let slices: Vec<&str> = got.iter().map(|(s, e, _)| &text[*s..*e]).collect();
        assert_eq!(slices, ["Iran", "s", "offer", "Türkiye", "2025"]);
        assert_eq!(got[3].2, "turkiye");
    }

    #[test]
    fn overlong_words_are_reported_without_a_folded_form() {
        let long = "x".repeat(MAX_WORD_BYTES + 1);
        let text = format!("a {long} b");
        let got = words(&text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].2, "");
    }

    #[test]
    fn stop_words() {
        for (w, stop) in [
            ("the", true),
            ("s", true),
            ("us", false),
            ("who", false),
            ("talks", false),
        ] {
            assert_eq!(is_stop_word(w), stop, "{w}");
        }
    }
}
