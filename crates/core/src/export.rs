//! Exports of a filtered view, produced wherever the core runs (in the browser, no server):
//! CSV of articles, CSV of events, and JSON Lines of events in a PLOVER-like shape.
//!
//! Events exported are those of the given articles that satisfy the query's event filters (pair,
//! mediator, status and date range, all by one event, as the search does). CSV cells that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) are prefixed with `'`.
//!
//! PLOVER (the successor of CAMEO) has no mediation type of its own; events map to it as
//! requested → REQUEST, offered → AGREE (intent), accepted → AGREE, rejected → REJECT,
//! scheduled → CONSULT, held → CONSULT, agreed → AGREE (settlement), failed → REJECT, each with
//! mode `mediate`, and the original status and CAMEO code kept beside.

use crate::date::DateInterval;
use crate::describe;
use crate::model::{Article, Corpus, MediationEvent, Status};
use crate::search::facets::facet_code;
use crate::search::query::{pair_key, DateMode};
use crate::search::Query;
use std::fmt::Write;

/// Whether an event of `article` satisfies the event filters of `q` (pair, mediator, status,
/// date), with the article's date standing in for an undated event, as in the search.
pub fn event_matches(article: &Article, e: &MediationEvent, q: &Query) -> bool {
    let parties: Vec<String> = e.parties.iter().map(|p| facet_code(p)).collect();
    let pair_ok = q.pairs.is_empty()
        || parties.iter().enumerate().any(|(i, a)| {
            parties[i + 1..]
                .iter()
                .any(|b| q.pairs.contains(&pair_key(a, b)))
        });
    let mediator_ok = q.mediators.is_empty()
        || e.mediators
            .iter()
            .any(|m| q.mediators.contains(&facet_code(m)));
    let status_ok = q.statuses.is_empty() || q.statuses.contains(&e.status);
    let date_ok = if q.from.is_none() && q.to.is_none() {
        true
    } else {
        match e.date.as_ref().or(article.date()) {
            None => q.include_undated,
            Some(d) => {
                let from = q.from.and_then(|f| f.first_day());
                let to = q.to.and_then(|t| t.last_day());
                let (lo, hi) = (
                    from.unwrap_or(d.earliest.min(d.latest)),
                    to.unwrap_or(d.latest.max(d.earliest)),
                );
                match q.dates {
                    DateMode::Overlap => d.overlaps(lo, hi),
                    DateMode::Within => d.within(lo, hi),
                }
            }
        }
    };
    pair_ok && mediator_ok && status_ok && date_ok
}

fn csv_cell(out: &mut String, value: &str) {
    let guarded = matches!(
        value.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    );
    let needs_quotes = guarded || value.contains([',', '"', '\n', '\r']);
    if needs_quotes {
        out.push('"');
        if guarded {
            out.push('\'');
        }
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv_row(out: &mut String, cells: &[&str]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_cell(out, c);
    }
    out.push_str("\r\n");
}

fn date_cells(d: Option<&DateInterval>) -> [String; 4] {
    match d {
        Some(d) => [
            d.earliest.to_string(),
            d.latest.to_string(),
            format!("{:?}", d.precision).to_lowercase(),
            d.basis.clone(),
        ],
        None => Default::default(),
    }
}

fn articles_of<'a>(corpus: &'a Corpus, ids: &'a [u32]) -> impl Iterator<Item = &'a Article> + 'a {
    ids.iter().filter_map(|&i| corpus.articles.get(i as usize))
}

/// CSV of articles: one row each, in the order of `ids`.
pub fn articles_csv(corpus: &Corpus, ids: &[u32]) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "file",
            "title",
            "title_derived",
            "source",
            "published_earliest",
            "published_latest",
            "date_precision",
            "date_basis",
            "countries",
            "pairs",
            "events",
        ],
    );
    for a in articles_of(corpus, ids) {
        let [lo, hi, precision, basis] = date_cells(a.date());
        let pairs: Vec<String> = a.pairs.iter().map(|[x, y]| format!("{x}-{y}")).collect();
        let events: Vec<String> = a.events.iter().map(describe::event).collect();
        csv_row(
            &mut out,
            &[
                &a.file,
                &a.title,
                if a.title_derived { "true" } else { "false" },
                a.source.as_deref().unwrap_or(""),
                &lo,
                &hi,
                &precision,
                &basis,
                &a.countries.join(";"),
                &pairs.join(";"),
                &events.join("; "),
            ],
        );
    }
    out
}

/// The events of the given articles that satisfy the query's event filters, in article order.
fn events_of<'a>(
    corpus: &'a Corpus,
    ids: &'a [u32],
    q: &'a Query,
) -> impl Iterator<Item = (&'a Article, &'a MediationEvent)> + 'a {
    articles_of(corpus, ids).flat_map(move |a| {
        a.events
            .iter()
            .filter(move |e| event_matches(a, e, q))
            .map(move |e| (a, e))
    })
}

/// CSV of events: mediators, parties, status, CAMEO code, date interval and basis, evidence, file.
pub fn events_csv(corpus: &Corpus, ids: &[u32], q: &Query) -> String {
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "file",
            "mediators",
            "parties",
            "status",
            "cameo",
            "date_earliest",
            "date_latest",
            "date_precision",
            "date_basis",
            "evidence",
        ],
    );
    for (a, e) in events_of(corpus, ids, q) {
        let [lo, hi, precision, basis] = date_cells(e.date.as_ref());
        csv_row(
            &mut out,
            &[
                &a.file,
                &e.mediators.join(";"),
                &e.parties.join(";"),
                e.status.name(),
                &e.cameo,
                &lo,
                &hi,
                &precision,
                &basis,
                &e.evidence,
            ],
        );
    }
    out
}

fn plover_type(s: Status) -> &'static str {
    match s {
        Status::Requested => "REQUEST",
        Status::Offered | Status::Accepted | Status::Agreed => "AGREE",
        Status::Rejected | Status::Failed => "REJECT",
        Status::Scheduled | Status::Held => "CONSULT",
    }
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // U+2028 and U+2029 are valid JSON but break JavaScript string literals.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_list(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(out, s);
    }
    out.push(']');
}

/// JSON Lines of events, one object per line, in a PLOVER-like shape.
pub fn events_jsonl(corpus: &Corpus, ids: &[u32], q: &Query) -> String {
    let mut out = String::new();
    for (a, e) in events_of(corpus, ids, q) {
        let n = a
            .events
            .iter()
            .position(|x| std::ptr::eq(x, e))
            .unwrap_or(0);
        let [lo, hi, precision, basis] = date_cells(e.date.as_ref());
        out.push('{');
        let field = |name: &str, out: &mut String| {
            if !out.ends_with('{') {
                out.push(',');
            }
            json_str(out, name);
            out.push(':');
        };
        field("id", &mut out);
        json_str(&mut out, &format!("{}#{}", a.file, n + 1));
        field("event_type", &mut out);
        json_str(&mut out, plover_type(e.status));
        field("mode", &mut out);
        json_str(&mut out, "mediate");
        field("status", &mut out);
        json_str(&mut out, e.status.name());
        field("cameo", &mut out);
        json_str(&mut out, &e.cameo);
        field("actor", &mut out);
        json_list(&mut out, &e.mediators);
        field("recipient", &mut out);
        json_list(&mut out, &e.parties);
        for (name, value) in [
            ("date_earliest", lo),
            ("date_latest", hi),
            ("date_precision", precision),
            ("date_basis", basis),
        ] {
            field(name, &mut out);
            if value.is_empty() {
                out.push_str("null");
            } else {
                json_str(&mut out, &value);
            }
        }
        field("source_file", &mut out);
        json_str(&mut out, &a.file);
        field("source_title", &mut out);
        json_str(&mut out, &a.title);
        field("evidence", &mut out);
        json_str(&mut out, &e.evidence);
        field("evidence_span", &mut out);
        let _ = write!(out, "[{},{}]", e.span.0, e.span.1);
        out.push_str("}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{Date, Precision};
    use crate::model::Span;
    use crate::search::PartialDate;

    fn event(
        m: &str,
        p: [&str; 2],
        status: Status,
        day: Option<&str>,
        evidence: &str,
    ) -> MediationEvent {
        MediationEvent {
            kind: "mediation".into(),
            mediators: vec![m.into()],
            parties: p.iter().map(|s| s.to_string()).collect(),
            status,
            cameo: status.cameo().into(),
            date: day.map(|d| DateInterval {
                earliest: Date::parse_iso(d).unwrap(),
                latest: Date::parse_iso(d).unwrap(),
                precision: Precision::Day,
                basis: "dateline".into(),
            }),
            evidence: evidence.into(),
            span: Span(3, 9),
        }
    }

    fn corpus() -> Corpus {
        Corpus {
            articles: vec![
                Article {
                    file: "a.txt".into(),
                    title: "=HYPERLINK(\"x\")".into(),
                    events: vec![
                        event(
                            "QAT",
                            ["AFG", "PAK"],
                            Status::Held,
                            Some("2025-10-19"),
                            "Qatar hosted \"talks\",\nthen more.",
                        ),
                        event(
                            "IRN",
                            ["AFG", "PAK"],
                            Status::Offered,
                            Some("2025-10-28"),
                            "Iran offered.",
                        ),
                    ],
                    ..Article::default()
                },
                Article {
                    file: "b.txt".into(),
                    title: "Plain".into(),
                    events: vec![event(
                        "TUR",
                        ["IND", "PAK"],
                        Status::Failed,
                        None,
                        "Talks collapsed.",
                    )],
                    ..Article::default()
                },
            ],
            skipped: vec![],
        }
    }

    #[test]
    fn csv_quotes_escapes_and_defuses_formulas() {
        let c = corpus();
        let csv = articles_csv(&c, &[0, 1]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].starts_with("file,title,title_derived"));
        assert!(
            lines[1].starts_with("a.txt,\"'=HYPERLINK(\"\"x\"\")\",false"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("b.txt,Plain,false"));
        let ev = events_csv(&c, &[0, 1], &Query::default());
        assert_eq!(
            ev.matches("\r\n").count(),
            4,
            "header and three events:\n{ev}"
        );
        assert!(ev.contains("a.txt,QAT,AFG;PAK,held,046,2025-10-19,2025-10-19,day,dateline,\"Qatar hosted \"\"talks\"\",\nthen more.\""), "{ev}");
    }

    #[test]
    fn events_follow_the_event_filters_of_the_query() {
        let c = corpus();
        let q = Query {
            mediators: vec!["QAT".into()],
            ..Query::default()
        };
        let ev = events_csv(&c, &[0, 1], &q);
        assert_eq!(ev.matches("\r\n").count(), 2, "{ev}");
        let q = Query {
            pairs: vec!["AFG-PAK".into()],
            statuses: vec![Status::Offered],
            ..Query::default()
        };
        let ev = events_jsonl(&c, &[0, 1], &q);
        assert_eq!(ev.lines().count(), 1);
        let q = Query {
            from: PartialDate::parse("2025-10-20"),
            ..Query::default()
        };
        assert_eq!(
            events_jsonl(&c, &[0, 1], &q).lines().count(),
            1,
            "undated events are left out"
        );
        let q = Query {
            include_undated: true,
            ..q
        };
        assert_eq!(events_jsonl(&c, &[0, 1], &q).lines().count(), 2);
    }

    #[test]
    fn jsonl_lines_are_valid_json_in_a_plover_like_shape() {
        let c = corpus();
        let out = events_jsonl(&c, &[0, 1], &Query::default());
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect(l))
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["event_type"], "CONSULT");
        assert_eq!(rows[0]["actor"][0], "QAT");
        assert_eq!(rows[0]["recipient"], serde_json::json!(["AFG", "PAK"]));
        assert_eq!(rows[0]["evidence"], "Qatar hosted \"talks\",\nthen more.");
        assert_eq!(rows[1]["id"], "a.txt#2");
        assert_eq!(rows[2]["date_earliest"], serde_json::Value::Null);
        assert_eq!(rows[2]["event_type"], "REJECT");
    }
}
