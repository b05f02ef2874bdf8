//! Words for people: dates as a person would say them with their certainty, entities by name,
//! and mediation events as short phrases. The UI shows these strings as they are.

use crate::date::{month_abbr, Date, DateInterval, Precision};
use crate::model::{MediationEvent, Status};
use crate::reference::reference;

/// The display name of a country code, organisation or group id; the id itself when unknown.
pub fn name(id: &str) -> &str {
    reference().display_name(id).unwrap_or(id)
}

/// Names joined as English lists them: "Qatar", "Qatar and Egypt", "Qatar, Egypt and the US".
pub fn join_names<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.into_iter().collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Parties as a pair label: "Afghanistan–Pakistan".
pub fn parties_label(ids: &[String]) -> String {
    ids.iter().map(|p| name(p)).collect::<Vec<_>>().join("–")
}

fn day(d: Date) -> String {
    format!("{} {} {}", d.day(), month_abbr(d.month()), d.year())
}

fn month(d: Date) -> String {
    format!("{} {}", month_abbr(d.month()), d.year())
}

/// Whether the interval is exactly one whole month.
fn is_whole_month(i: &DateInterval) -> bool {
    i.earliest.day() == 1
        && Date::month_end(i.earliest.year(), i.earliest.month()) == Some(i.latest)
}

fn is_whole_year(i: &DateInterval) -> bool {
    i.earliest.year() == i.latest.year()
        && (i.earliest.month(), i.earliest.day()) == (1, 1)
        && (i.latest.month(), i.latest.day()) == (12, 31)
}

/// A date as a person would say it, with its certainty: "28 Oct 2025", "Oct 2025", "early Oct
/// 2025", "between 3 and 9 Mar 2024", "between Aug 2021 and May 2024, from the officeholders
/// named".
pub fn date(i: &DateInterval) -> String {
    let (a, b) = (i.earliest, i.latest);
    let mut s = if a == b {
        day(a)
    } else if is_whole_month(i) {
        month(a)
    } else if is_whole_year(i) {
        a.year().to_string()
    } else if a.year() == b.year() && a.month() == b.month() {
        let last = crate::date::days_in_month(a.year(), a.month());
        match (a.day(), b.day()) {
            (1, 10) => format!("early {}", month(a)),
            (11, 20) => format!("mid {}", month(a)),
            (21, l) if l == last => format!("late {}", month(a)),
            (x, y) => format!("between {x} and {y} {}", month(a)),
        }
    } else if i.precision == Precision::Range || b.day_number() - a.day_number() > 62 {
        format!("between {} and {}", month(a), month(b))
    } else if a.year() == b.year() {
        format!(
            "between {} {} and {}",
            a.day(),
            month_abbr(a.month()),
            day(b)
        )
    } else {
        format!("between {} and {}", day(a), day(b))
    };
    if i.basis.starts_with("tenure") {
        s.push_str(", from the officeholders named");
    }
    s
}

/// The head of an event phrase: what `who` (the mediators, `plural` when several) does.
fn headline(status: Status, who: &str, plural: bool) -> String {
    let s = if plural { "" } else { "s" };
    match status {
        Status::Requested => format!("{who} asked to mediate"),
        Status::Offered => format!("{who} offer{s} mediation"),
        Status::Accepted => format!("Mediation by {who} accepted"),
        Status::Rejected => format!("Mediation by {who} rejected"),
        Status::Scheduled => format!("Talks mediated by {who} scheduled"),
        Status::Held => format!("{who} mediate{s} talks"),
        Status::Agreed => format!("{who} broker{s} agreement"),
        Status::Failed => format!("Mediation by {who} fails"),
    }
}

/// An event as a short phrase: "Iran offers mediation: Afghanistan–Pakistan".
pub fn event(e: &MediationEvent) -> String {
    let mediators = join_names(e.mediators.iter().map(|m| name(m)));
    let who = if mediators.is_empty() {
        "an unnamed mediator".to_string()
    } else {
        mediators
    };
    let head = headline(e.status, &who, e.mediators.len() > 1);
    if e.parties.is_empty() {
        head
    } else {
        format!("{head}: {}", parties_label(&e.parties))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn interval(a: &str, b: &str, precision: Precision, basis: &str) -> DateInterval {
        DateInterval {
            earliest: d(a),
            latest: d(b),
            precision,
            basis: basis.into(),
        }
    }

    #[test]
    fn dates_read_as_people_say_them() {
        use Precision::*;
        let cases = [
            (
                interval("2025-10-28", "2025-10-28", Day, "dateline"),
                "28 Oct 2025",
            ),
            (
                interval("2025-10-01", "2025-10-31", Month, "explicit"),
                "Oct 2025",
            ),
            (
                interval("2024-02-01", "2024-02-29", Month, "explicit"),
                "Feb 2024",
            ),
            (
                interval("2023-01-01", "2023-12-31", Year, "explicit"),
                "2023",
            ),
            (
                interval("2025-10-01", "2025-10-10", PartOfMonth, "explicit"),
                "early Oct 2025",
            ),
            (
                interval("2025-10-11", "2025-10-20", PartOfMonth, "explicit"),
                "mid Oct 2025",
            ),
            (
                interval("2025-10-21", "2025-10-31", PartOfMonth, "explicit"),
                "late Oct 2025",
            ),
            (
                interval("2024-03-04", "2024-03-10", Week, "last week"),
                "between 4 and 10 Mar 2024",
            ),
            (
                interval("2024-02-26", "2024-03-03", Week, "last week"),
                "between 26 Feb and 3 Mar 2024",
            ),
            (
                interval("2023-12-28", "2024-01-03", Week, "last week"),
                "between 28 Dec 2023 and 3 Jan 2024",
            ),
            (
                interval(
                    "2021-08-25",
                    "2024-05-19",
                    Range,
                    "tenures of the officeholders named: X",
                ),
                "between Aug 2021 and May 2024, from the officeholders named",
            ),
        ];
        for (i, want) in cases {
            assert_eq!(date(&i), want, "{i:?}");
        }
    }

    #[test]
    fn events_read_as_headlines() {
        let e = |mediators: &[&str], parties: &[&str], status| MediationEvent {
            kind: "mediation".into(),
            mediators: mediators.iter().map(|s| s.to_string()).collect(),
            parties: parties.iter().map(|s| s.to_string()).collect(),
            status,
            cameo: status.cameo().into(),
            date: None,
            evidence: String::new(),
            span: Span(0, 0),
        };
        assert_eq!(
            event(&e(&["IRN"], &["AFG", "PAK"], Status::Offered)),
            "Iran offers mediation: Afghanistan–Pakistan"
        );
        assert_eq!(
            event(&e(&["QAT", "TUR"], &["AFG", "PAK"], Status::Held)),
            "Qatar and Turkey mediate talks: Afghanistan–Pakistan"
        );
        assert_eq!(
            event(&e(&["QAT"], &["HAMAS", "ISR"], Status::Failed)),
            "Mediation by Qatar fails: Hamas–Israel"
        );
        assert_eq!(
            event(&e(&["OMN"], &["IRN", "USA"], Status::Rejected)),
            "Mediation by Oman rejected: Iran–United States"
        );
        assert_eq!(join_names(["A", "B", "C"]), "A, B and C");
        assert_eq!(name("NOT_AN_ID"), "NOT_AN_ID");
    }
}
