//! A corpus: a set of named files turned into articles, with every unusable file accounted for.

use crate::article;
use crate::date::Date;
use crate::extract::{extract, ExtractOptions};
use crate::model::{Corpus, Skipped};

/// The file name extensions read as articles (compared without case).
pub const ARTICLE_EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// One input file: its name (no folders) and its bytes.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What the corpus build may not decide for itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// The day of the build: the open upper bound of dates that run "until now". The core never
    /// reads a clock, so the caller passes it in; `None` leaves such bounds at the latest date
    /// the article itself supports.
    pub today: Option<Date>,
}

/// Files larger than this are not read: no news article is that long, and one such file would
/// make the bundle heavy for every reader.
pub const MAX_FILE_BYTES: usize = 8 << 20;

/// Articles whose word 4-gram sets are at least this similar (estimated Jaccard index) are one
/// story: the same wire copy from two outlets, or a republication with small edits.
pub const NEAR_DUPLICATE_SIMILARITY: f64 = 0.5;

/// File names (before the extension, any case) of project documents that are not articles.
const NOT_ARTICLES: [&str; 6] = [
    "readme",
    "license",
    "licence",
    "changelog",
    "contributing",
    "notes",
];

/// Whether a file name has one of the [`ARTICLE_EXTENSIONS`].
pub fn is_article_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(_, ext)| {
        ARTICLE_EXTENSIONS
            .iter()
            .any(|e| e.eq_ignore_ascii_case(ext))
    })
}

/// Parses every file into the corpus. Files are taken in name order, so the result does not
/// depend on the order the caller lists them in.
pub fn build(files: Vec<SourceFile>, options: BuildOptions) -> Corpus {
    let mut corpus = read(files, options, &mut Digests::new());
    group_near_duplicates(&mut corpus.articles);
    corpus
}

/// The digest of each file's bytes already read, with the file's name: exact copies of them are
/// skipped. Kept by whoever reads files in several batches (the reader's own articles).
pub type Digests = std::collections::BTreeMap<u64, String>;

/// Parses files into articles, in name order, skipping unusable files and exact copies of files
/// in `seen` (which gains the files read); near-duplicates are not grouped
/// ([`group_near_duplicates`] does that once every file is read).
pub fn read(mut files: Vec<SourceFile>, options: BuildOptions, seen: &mut Digests) -> Corpus {
    let extract_options = ExtractOptions {
        today: options.today,
    };
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut corpus = Corpus::default();
    // Exact copies are found by the hash of their bytes; the first by name is kept.
    for f in files {
        let stem = f.name.rsplit_once('.').map_or(f.name.as_str(), |(s, _)| s);
        if NOT_ARTICLES.iter().any(|n| n.eq_ignore_ascii_case(stem)) {
            corpus.skipped.push(Skipped {
                file: f.name,
                reason: "not an article: a project document (README, licence, notes)".into(),
            });
            continue;
        }
        if f.bytes.len() > MAX_FILE_BYTES {
            corpus.skipped.push(Skipped {
                // Tenths of a megabyte in integers: formatting a float would pull the float
                // printer (about 10 KB) into the wasm bundle for this one message.
                reason: {
                    let tenths = (f.bytes.len() as u64 * 10 + (1 << 19)) >> 20;
                    format!(
                        "too large: {}.{} MB, articles are read up to {} MB",
                        tenths / 10,
                        tenths % 10,
                        MAX_FILE_BYTES >> 20
                    )
                },
                file: f.name,
            });
            continue;
        }
        if !is_article_name(&f.name) {
            corpus.skipped.push(Skipped {
                file: f.name,
                reason: format!(
                    "unsupported file type: only .{} files are articles",
                    ARTICLE_EXTENSIONS.join(", .")
                ),
            });
            continue;
        }
        let digest = fnv1a(&f.bytes);
        if let Some(first) = seen.get(&digest).filter(|_| !f.bytes.is_empty()) {
            corpus.skipped.push(Skipped {
                reason: format!("exact duplicate of {first}"),
                file: f.name,
            });
            continue;
        }
        match article::parse(&f.name, &f.bytes) {
            Ok(mut a) => {
                seen.insert(digest, f.name.clone());
                extract(&mut a, &extract_options);
                corpus.articles.push(a);
            }
            Err(e) => corpus.skipped.push(Skipped {
                file: f.name,
                reason: e.0,
            }),
        }
    }
    corpus
}

/// The digest [`read`] finds exact copies by.
pub fn digest(bytes: &[u8]) -> u64 {
    fnv1a(bytes)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Hashes per MinHash signature; `BANDS * ROWS`.
const SIGNATURE: usize = 64;
const BANDS: usize = 32;
const ROWS: usize = SIGNATURE / BANDS;

/// The MinHash signature of the article's body: word 4-grams of its lower-cased words.
fn signature(text: &str) -> Option<[u64; SIGNATURE]> {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| fnv1a(w.to_lowercase().as_bytes()))
        .collect();
    if words.len() < 8 {
        return None;
    }
    let mut sig = [u64::MAX; SIGNATURE];
    for gram in words.windows(4) {
        let h = gram
            .iter()
            .fold(0u64, |h, &w| h.rotate_left(17) ^ w)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for (i, slot) in sig.iter_mut().enumerate() {
            // A cheap family of hash functions: mix the shingle hash with a per-slot constant.
            let v = (h ^ (i as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93))
                .wrapping_mul(0xA24B_AED4_963E_E407)
                .rotate_left(29);
            if v < *slot {
                *slot = v;
            }
        }
    }
    Some(sig)
}

/// Whether two articles with similar wording report the same story: the same mediators and
/// parties in their events, mostly the same countries, and dates no more than a few days apart.
/// Templated stories (one wording, other names or dates) are thus kept apart.
fn same_story(a: &crate::model::Article, b: &crate::model::Article) -> bool {
    fn actors(x: &crate::model::Article) -> Vec<(&[String], &[String])> {
        let mut v: Vec<(&[String], &[String])> = x
            .events
            .iter()
            .map(|e| (e.mediators.as_slice(), e.parties.as_slice()))
            .collect();
        v.sort();
        v.dedup();
        v
    }
    let shared = a
        .countries
        .iter()
        .filter(|c| b.countries.contains(c))
        .count();
    let all = a.countries.len() + b.countries.len() - shared;
    let countries_agree = all == 0 || shared * 2 >= all;
    let dates_agree = match (a.date(), b.date()) {
        (Some(x), Some(y)) => {
            x.earliest.day_number() <= y.latest.day_number() + 3
                && y.earliest.day_number() <= x.latest.day_number() + 3
        }
        _ => true,
    };
    actors(a) == actors(b) && countries_agree && dates_agree
}

/// Groups near-duplicate articles: each group's first article by file name stays the one shown
/// and lists the others in `also_reported_by`; the others point to it with `duplicate_of`.
/// Candidates come from locality-sensitive hashing of MinHash signatures, then the estimated
/// similarity decides, so the cost stays near linear in the number of articles. Any earlier
/// grouping is replaced, so grouping again (after more articles arrive) lists each copy once.
pub fn group_near_duplicates(articles: &mut [crate::model::Article]) {
    for a in articles.iter_mut() {
        a.duplicate_of = None;
        a.also_reported_by.clear();
    }
    let sigs: Vec<Option<[u64; SIGNATURE]>> = articles.iter().map(|a| signature(&a.text)).collect();
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut buckets: std::collections::HashMap<(usize, u64), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        let Some(sig) = sig else { continue };
        for band in 0..BANDS {
            let key = sig[band * ROWS..(band + 1) * ROWS]
                .iter()
                .fold(0u64, |h, &v| h.rotate_left(7) ^ v);
            buckets.entry((band, key)).or_default().push(i);
        }
    }
    let mut keys: Vec<_> = buckets.keys().copied().collect();
    keys.sort_unstable();
    for key in keys {
        let members = &buckets[&key];
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (Some(a), Some(b)) = (&sigs[i], &sigs[j]) else {
                    continue;
                };
                let same =
                    a.iter().zip(b).filter(|(p, q)| p == q).count() as f64 / SIGNATURE as f64;
                if same >= NEAR_DUPLICATE_SIMILARITY && same_story(&articles[i], &articles[j]) {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    // The earlier article (by name, the corpus order) leads the group.
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    for i in 0..articles.len() {
        let r = root(&mut parent, i);
        if r != i {
            let lead = articles[r].file.clone();
            let file = articles[i].file.clone();
            articles[i].duplicate_of = Some(lead);
            articles[r].also_reported_by.push(file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn order_of_input_does_not_matter_and_non_articles_are_skipped_with_a_reason() {
        let a = vec![
            file("b.txt", "Headline B\n\nBody of b."),
            file("data.csv", "a,b\n1,2"),
            file("a.HTML", "<h1>Headline A</h1><p>Body of a.</p>"),
            file("empty.md", ""),
        ];
        let mut b = a.clone();
        b.reverse();
        let ca = build(a, BuildOptions::default());
        let cb = build(b, BuildOptions::default());
        assert_eq!(ca, cb);
        let names: Vec<_> = ca.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(names, ["a.HTML", "b.txt"]);
        let skipped: Vec<_> = ca.skipped.iter().map(|s| s.file.as_str()).collect();
        assert_eq!(skipped, ["data.csv", "empty.md"]);
        assert!(ca.skipped[0].reason.contains("unsupported file type"));
        assert!(ca.skipped[1].reason.contains("empty"));
    }

    const STORY: &str = "Qatar hosted a new round of talks between the government of Sudan and the Rapid Support Forces in Doha on Monday, officials said, in the latest attempt to end a war that has displaced millions. The talks, which follow months of stalled contacts in Jeddah, focused on a humanitarian truce and the opening of corridors for aid convoys into Darfur and Kordofan. Diplomats said the two delegations did not meet face to face and that Qatari mediators shuttled messages between their hotel rooms. A statement from the foreign ministry in Doha said both sides had agreed to continue the discussions next week.";
    const OTHER: &str = "Floods swept through the river valley overnight, forcing thousands of families to leave their homes as water levels rose faster than forecasters had expected. Rescue teams used boats to reach villages cut off by the water, and the regional governor appealed for tents, blankets and drinking water. Farmers said the harvest in the lowlands was lost, and the agriculture ministry promised compensation once the damage had been assessed by its inspectors in the coming weeks.";

    #[test]
    fn exact_copies_project_documents_and_huge_files_are_skipped_with_reasons() {
        let story = format!("Talks in Doha\n\n{STORY}");
        let files = vec![
            file("a.txt", &story),
            file("b_copy.txt", &story),
            file("README.md", "# Notes\n\nThis folder holds the clippings."),
            SourceFile {
                name: "huge.txt".into(),
                bytes: vec![b'a'; MAX_FILE_BYTES + 1],
            },
        ];
        let c = build(files, BuildOptions::default());
        assert_eq!(c.articles.len(), 1);
        let reasons: Vec<(&str, &str)> = c
            .skipped
            .iter()
            .map(|s| (s.file.as_str(), s.reason.as_str()))
            .collect();
        assert_eq!(reasons[0].0, "README.md");
        assert!(reasons[0].1.starts_with("not an article"));
        assert_eq!(reasons[1], ("b_copy.txt", "exact duplicate of a.txt"));
        assert_eq!(reasons[2].0, "huge.txt");
        assert!(reasons[2].1.starts_with("too large"));
    }

    #[test]
    fn near_duplicates_are_grouped_under_the_first_and_different_stories_are_not() {
        let edited = STORY
            .replace("on Monday", "on Monday morning")
            .replace("officials said", "two officials told reporters");
        let files = vec![
            file(
                "1_wire.txt",
                &format!("Talks in Doha\n\nDOHA (Wire) - {STORY}"),
            ),
            file(
                "2_outlet.txt",
                &format!(
                    "Sudan talks resume in Qatar\n\n{edited}\n\nShare this:\nFacebook\nTwitter"
                ),
            ),
            file("3_floods.txt", &format!("Floods\n\n{OTHER}")),
        ];
        let c = build(files, BuildOptions::default());
        let by_file = |f: &str| c.articles.iter().find(|a| a.file == f).unwrap();
        assert_eq!(
            by_file("2_outlet.txt").duplicate_of.as_deref(),
            Some("1_wire.txt")
        );
        assert_eq!(by_file("1_wire.txt").also_reported_by, ["2_outlet.txt"]);
        assert_eq!(by_file("3_floods.txt").duplicate_of, None);
        // Issue 8: grouping again (the reader's own articles, after each addition) once listed
        // every copy a second time.
        let mut again = c.articles.clone();
        group_near_duplicates(&mut again);
        assert_eq!(again, c.articles);

        // One wording with other names is another story.
        let templated = STORY
            .replace("Sudan", "Ethiopia")
            .replace("the Rapid Support Forces", "Eritrea")
            .replace("Qatar", "Kenya")
            .replace("Doha", "Nairobi")
            .replace("Qatari", "Kenyan");
        let c = build(
            vec![
                file("1_wire.txt", &format!("Talks\n\nDOHA (Wire) - {STORY}")),
                file("4_other.txt", &format!("Talks\n\n{templated}")),
            ],
            BuildOptions::default(),
        );
        assert!(
            c.articles.iter().all(|a| a.duplicate_of.is_none()),
            "{:?}",
            c.articles.iter().map(|a| &a.countries).collect::<Vec<_>>()
        );
        assert!(by_file("3_floods.txt").also_reported_by.is_empty());
    }
}
