//! The extraction scoring harness: every annotated case of `tests/extraction/dev` is parsed and
//! extracted through the corpus build, compared with its expectation, and the differences and
//! scores are printed (run with `--nocapture` to see them). The holdout set is scored separately
//! and only in aggregate, so that no one tunes against its cases.
//!
//! The assertions are floors the extractor reaches today, so a regression fails the test.
//!
//! The extraction output of the five seed articles is kept in `tests/snapshots/seeds.json` and
//! compared as a whole; after a deliberate change, regenerate it with
//! `UPDATE_SNAPSHOTS=1 cargo test -p explorer-core --test extraction_cases` and review the diff.

#[path = "extraction_scoring/mod.rs"]
mod scoring;

#[test]
fn dev_cases_score_above_their_floors() {
    let (score, report) = scoring::score_set("dev", true);
    println!("{report}");
    println!("{}", score.report("dev"));
    assert!(score.cases >= 30, "dev cases not found: {}", score.cases);
    assert!(
        score.precision() >= 0.90,
        "event precision fell: {:.3}",
        score.precision()
    );
    assert!(
        score.recall() >= 0.82,
        "event recall fell: {:.3}",
        score.recall()
    );
    assert!(
        score.date_accuracy() >= 0.85,
        "event dates fell: {:.3}",
        score.date_accuracy()
    );
}

/// The seeds' extraction, without the long text and what the parser set aside.
fn seeds_snapshot() -> String {
    use explorer_core::corpus::{build, BuildOptions, SourceFile};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the seeds folder") {
        let path = entry.expect("a seed").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        files.push(SourceFile {
            name,
            bytes: std::fs::read(&path).expect("a readable seed"),
        });
    }
    let corpus = build(
        files,
        BuildOptions {
            today: Some(scoring::today()),
        },
    );
    let articles: Vec<serde_json::Value> = corpus
        .articles
        .iter()
        .map(|a| {
            let mentions: Vec<String> = a
                .mentions
                .iter()
                .map(|m| {
                    let surface = a.text.get(m.span.range()).unwrap_or("");
                    format!(
                        "{:?} {} {:?} {}..{}",
                        m.kind, m.id, surface, m.span.0, m.span.1
                    )
                })
                .collect();
            serde_json::json!({
                "file": a.file,
                "title": a.title,
                "published": a.published,
                "countries": a.countries,
                "people": a.people,
                "organizations": a.organizations,
                "pairs": a.pairs,
                "events": a.events,
                "mentions": mentions,
            })
        })
        .collect();
    serde_json::to_string_pretty(&articles).expect("serialisable") + "\n"
}

#[test]
fn seeds_match_their_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/seeds.json");
    let got = seeds_snapshot();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("the snapshot folder");
        std::fs::write(&path, &got).expect("the snapshot written");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if want != got {
        let first = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let context = |s: &str| {
            s.lines()
                .skip(first.saturating_sub(3))
                .take(12)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "the seeds' extraction differs from {} from line {}:\n--- snapshot\n{}\n--- now\n{}\n\
             (regenerate with UPDATE_SNAPSHOTS=1 after checking the change is right)",
            path.display(),
            first + 1,
            context(&want),
            context(&got)
        );
    }
}

/// Also scores a new set of cases in aggregate before anyone studies it: put it in a folder
/// beside `holdout/` and name that folder in `EXTRACTION_SET`.
#[test]
fn holdout_is_scored_in_aggregate_only() {
    let set = std::env::var("EXTRACTION_SET").unwrap_or_else(|_| "holdout".to_string());
    let (score, _) = scoring::score_set(&set, false);
    println!("{}", score.report(&set));
}
