//! The index in the bundle: the same corpus gives the same bytes, and damaged or stale bytes give
//! an error, never a panic.

use explorer_core::bundle::{self, Bundle, BundleError};
use explorer_core::search::{Query, SearchIndex};
use explorer_core::synth::{self, Rng};

#[test]
fn the_same_corpus_gives_byte_identical_bundles() {
    let a = bundle::encode(&Bundle::new(synth::corpus(300, 8)));
    let b = bundle::encode(&Bundle::new(synth::corpus(300, 8)));
    assert!(a == b);
    let decoded = bundle::decode(&a).expect("decodes");
    assert!(
        bundle::encode(&decoded) == a,
        "decoding and encoding again changes nothing"
    );
    // The loaded index answers as the built one.
    let built = SearchIndex::build(&decoded.corpus);
    for url in [
        "q=talks",
        "q=mediation+qatar+",
        "pair=IND-PAK&status=held",
        "from=2020&q=border",
    ] {
        let q = Query::parse(url).query;
        assert_eq!(
            decoded.index.search(&decoded.corpus, &q, 20),
            built.search(&decoded.corpus, &q, 20),
            "{url}"
        );
    }
}

#[test]
fn damaged_bundles_are_errors_not_panics() {
    let bytes = bundle::encode(&Bundle::new(synth::corpus(12, 2)));
    // Truncations: every cut in the header, then a spread through the body.
    for cut in (0..64).chain((64..bytes.len()).step_by(97)) {
        assert!(bundle::decode(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    // Random damage: an error, or a bundle that can still be searched without panicking.
    let mut rng = Rng::new(4);
    for _ in 0..200 {
        let mut damaged = bytes.clone();
        for _ in 0..1 + rng.below(4) {
            let i = 12 + rng.below(damaged.len() - 12);
            damaged[i] = rng.below(256) as u8;
        }
        if let Ok(b) = bundle::decode(&damaged) {
            for url in [
                "q=talks",
                "q=ta",
                "q=%22the+talks%22",
                "pair=IND-PAK",
                "from=2020",
                "q=mediaton+",
            ] {
                let _ = b.index.search(&b.corpus, &Query::parse(url).query, 20);
            }
        }
    }
    let mut stale = bytes.clone();
    stale[8] ^= 0x40;
    assert!(matches!(
        bundle::decode(&stale),
        Err(BundleError::Stale { .. })
    ));
}
