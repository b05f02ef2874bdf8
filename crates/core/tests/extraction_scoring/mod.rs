//! Scoring the extractor against the annotated cases of `tests/extraction/` (see its README for
//! the expectation format). Shared by the `extraction_cases` test and the `extraction` benchmark.
//!
//! Events are matched by their identity (sorted mediators, sorted parties, status); precision and
//! recall count those triples. Among matched events, a date is right when both ends equal the
//! expected ones (a `null` date must be `null`) and the evidence is right when the extracted
//! sentence contains the expected substring (whitespace collapsed, quotes straightened as the
//! parser does).

#![allow(dead_code)]

use explorer_core::corpus::{build, BuildOptions, SourceFile};
use explorer_core::{Article, Date};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The build date the cases are scored with: open-ended tenures run until it.
pub fn today() -> Date {
    Date::new(2026, 1, 1).expect("valid date")
}

/// One annotated case: the article's file name and bytes, and its expectation.
pub struct Case {
    pub name: String,
    pub bytes: Vec<u8>,
    pub expect: Value,
}

/// The cases of one folder (`dev` or `holdout`), in name order.
pub fn load(set: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/extraction")
        .join(set);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if name.ends_with(".expect.json")
            || name.ends_with(".md") && name.eq_ignore_ascii_case("README.md")
        {
            continue;
        }
        let Some(stem) = name.rsplit_once('.').map(|(s, _)| s) else {
            continue;
        };
        let expect_path = dir.join(format!("{stem}.expect.json"));
        let Ok(expect_text) = std::fs::read_to_string(&expect_path) else {
            continue;
        };
        let expect: Value = serde_json::from_str(&expect_text)
            .unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        let bytes = std::fs::read(&p).unwrap_or_default();
        out.push(Case {
            name,
            bytes,
            expect,
        });
    }
    out
}

/// Parses and extracts one case, as the corpus build does.
pub fn extract(case: &Case) -> Option<Article> {
    let files = vec![SourceFile {
        name: case.name.clone(),
        bytes: case.bytes.clone(),
    }];
    build(
        files,
        BuildOptions {
            today: Some(today()),
        },
    )
    .articles
    .into_iter()
    .next()
}

/// Counts over a set of cases.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub cases: usize,
    pub events_expected: usize,
    pub events_found: usize,
    pub events_matched: usize,
    pub dates_right: usize,
    pub evidence_right: usize,
    pub published_right: usize,
    pub countries_right: usize,
    pub pairs_expected: usize,
    pub pairs_found: usize,
    pub pairs_matched: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.events_matched, self.events_found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.events_matched, self.events_expected)
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.dates_right, self.events_matched)
    }
    pub fn published_accuracy(&self) -> f64 {
        ratio(self.published_right, self.cases)
    }

    /// A few lines for people.
    pub fn report(&self, label: &str) -> String {
        format!(
            "{label}: {} cases\n  events    precision {:.3} ({}/{})  recall {:.3} ({}/{})\n  \
             event dates right {:.3} ({}/{} matched)  evidence right {}/{}\n  \
             published right {:.3} ({}/{})  countries exact {}/{}  pairs precision {:.3} recall {:.3}",
            self.cases,
            self.precision(),
            self.events_matched,
            self.events_found,
            self.recall(),
            self.events_matched,
            self.events_expected,
            self.date_accuracy(),
            self.dates_right,
            self.events_matched,
            self.evidence_right,
            self.events_matched,
            self.published_accuracy(),
            self.published_right,
            self.cases,
            self.countries_right,
            self.cases,
            ratio(self.pairs_matched, self.pairs_found),
            ratio(self.pairs_matched, self.pairs_expected),
        )
    }
}

type Triple = (Vec<String>, Vec<String>, String);

fn strings(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn interval(v: &Value) -> Option<(String, String)> {
    let e = v.get("earliest")?.as_str()?.to_string();
    let l = v.get("latest")?.as_str()?.to_string();
    Some((e, l))
}

/// Whitespace collapsed and quotes straightened, as the parser cleans the text.
fn collapse(s: &str) -> String {
    let straight = s
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201C}', '\u{201D}'], "\"");
    straight.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores one case, adding to `score`; returns a description of every difference.
pub fn score_case(case: &Case, article: Option<&Article>, score: &mut Score) -> Vec<String> {
    let mut diffs = Vec::new();
    score.cases += 1;
    let x = &case.expect;
    let Some(a) = article else {
        diffs.push("the article was skipped".to_string());
        score.events_expected += x["events"].as_array().map_or(0, |e| e.len());
        return diffs;
    };

    let want_pub = interval(&x["published"]);
    let got_pub = a
        .published
        .as_ref()
        .map(|d| (d.earliest.to_string(), d.latest.to_string()));
    if want_pub == got_pub {
        score.published_right += 1;
    } else {
        diffs.push(format!("published: want {want_pub:?}, got {got_pub:?}"));
    }

    let want_c = strings(&x["countries"]);
    if want_c == a.countries {
        score.countries_right += 1;
    } else {
        let missing: Vec<_> = want_c.iter().filter(|c| !a.countries.contains(c)).collect();
        let extra: Vec<_> = a.countries.iter().filter(|c| !want_c.contains(c)).collect();
        diffs.push(format!("countries: missing {missing:?}, extra {extra:?}"));
    }

    let want_p: Vec<Vec<String>> = x["pairs"]
        .as_array()
        .map(|ps| ps.iter().map(strings).collect())
        .unwrap_or_default();
    let got_p: Vec<Vec<String>> = a.pairs.iter().map(|p| p.to_vec()).collect();
    score.pairs_expected += want_p.len();
    score.pairs_found += got_p.len();
    let matched = got_p.iter().filter(|p| want_p.contains(p)).count();
    score.pairs_matched += matched;
    if matched != want_p.len() || matched != got_p.len() {
        let missing: Vec<_> = want_p.iter().filter(|p| !got_p.contains(p)).collect();
        let extra: Vec<_> = got_p.iter().filter(|p| !want_p.contains(p)).collect();
        diffs.push(format!("pairs: missing {missing:?}, extra {extra:?}"));
    }

    let want_e: Vec<(&Value, Triple)> = x["events"]
        .as_array()
        .map(|es| {
            es.iter()
                .map(|e| {
                    (
                        e,
                        (
                            strings(&e["mediators"]),
                            strings(&e["parties"]),
                            e["status"].as_str().unwrap_or("").to_string(),
                        ),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let got_e: Vec<Triple> = a
        .events
        .iter()
        .map(|e| {
            (
                e.mediators.clone(),
                e.parties.clone(),
                e.status.name().to_string(),
            )
        })
        .collect();
    score.events_expected += want_e.len();
    score.events_found += got_e.len();
    for (w, t) in &want_e {
        let Some(k) = got_e.iter().position(|g| g == t) else {
            diffs.push(format!(
                "missing event {} {:?} {:?}: {}",
                t.2,
                t.0,
                t.1,
                w["evidence"].as_str().unwrap_or("")
            ));
            continue;
        };
        score.events_matched += 1;
        let ev = &a.events[k];
        let want_d = interval(&w["date"]);
        let got_d = ev
            .date
            .as_ref()
            .map(|d| (d.earliest.to_string(), d.latest.to_string()));
        if want_d == got_d {
            score.dates_right += 1;
        } else {
            let basis = ev.date.as_ref().map(|d| d.basis.as_str()).unwrap_or("");
            diffs.push(format!(
                "date of {} {:?} {:?}: want {want_d:?}, got {got_d:?} ({basis})",
                t.2, t.0, t.1
            ));
        }
        let want_ev = collapse(w["evidence"].as_str().unwrap_or(""));
        if collapse(&ev.evidence).contains(&want_ev) {
            score.evidence_right += 1;
        } else {
            diffs.push(format!(
                "evidence of {} {:?}: want {want_ev:?}, got {:?}",
                t.2, t.0, ev.evidence
            ));
        }
    }
    for (g, ev) in got_e.iter().zip(&a.events) {
        if !want_e.iter().any(|(_, t)| t == g) {
            diffs.push(format!(
                "extra event {} {:?} {:?}: {}",
                g.2, g.0, g.1, ev.evidence
            ));
        }
    }
    diffs
}

/// Scores a whole set; with `verbose`, the differences of each case are written to the report.
pub fn score_set(set: &str, verbose: bool) -> (Score, String) {
    let mut score = Score::default();
    let mut report = String::new();
    for case in load(set) {
        let article = extract(&case);
        let diffs = score_case(&case, article.as_ref(), &mut score);
        if verbose && !diffs.is_empty() {
            let _ = writeln!(report, "--- {}", case.name);
            for d in diffs {
                let _ = writeln!(report, "    {d}");
            }
        }
    }
    (score, report)
}
