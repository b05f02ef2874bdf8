//! The embedded reference data: every row parses, and spot checks resolve as a reader expects.

use explorer_core::reference::{load, reference, EntityKind};

#[test]
fn every_row_parses() {
    let (_, errors) = load();
    let report: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(report.is_empty(), "malformed rows:\n{}", report.join("\n"));
}

#[test]
fn names_resolve_to_the_expected_entity() {
    let r = reference();
    let cases = [
        ("Türkiye", EntityKind::Country, "TUR"),
        ("Islamabad", EntityKind::Country, "PAK"),
        ("Emirati", EntityKind::Country, "ARE"),
        ("Araqchi", EntityKind::Person, "Abbas Araghchi"),
    ];
    for (text, entity, id) in cases {
        let found: Vec<_> = r.lookup(text).iter().map(|n| (n.entity, n.id)).collect();
        assert_eq!(found, vec![(entity, id)], "{text}");
    }
}
