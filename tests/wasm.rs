//! Browser tests: the core runs in wasm and the components render real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

use explorer_core::bundle::{self, Bundle};
use explorer_core::corpus::{build, BuildOptions, SourceFile};
use mediation_explorer::components::article_list::{ArticleList, ArticleListProps};
use mediation_explorer::state::Shared;
use std::rc::Rc;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn sample_bundle() -> Bundle {
    let files = vec![
        SourceFile {
            name: "b_talks.txt".into(),
            bytes: b"Qatar hosts talks\r\n\r\nDOHA (Wire) - Qatar hosted talks between the two sides on Monday.\r\n".to_vec(),
        },
        SourceFile {
            name: "a_offer.html".into(),
            bytes: b"<html><body><h1>Oman offers to mediate &amp; host</h1><p>Oman said it stands ready to help both sides.</p></body></html>".to_vec(),
        },
        SourceFile { name: "junk.bin".into(), bytes: vec![0, 159, 146, 150] },
    ];
    Bundle::new(build(files, BuildOptions::default()))
}

#[wasm_bindgen_test]
fn the_core_parses_and_the_bundle_round_trips_in_wasm() {
    let b = sample_bundle();
    let files: Vec<_> = b.corpus.articles.iter().map(|a| a.file.as_str()).collect();
    assert_eq!(files, ["a_offer.html", "b_talks.txt"]);
    assert_eq!(b.corpus.skipped.len(), 1);
    assert!(
        b.corpus.articles[0]
            .title
            .contains("Oman offers to mediate & host"),
        "{}",
        b.corpus.articles[0].title
    );
    let bytes = bundle::encode(&b);
    assert_eq!(bundle::decode(&bytes).unwrap(), b);
    assert!(bundle::decode(&bytes[..bytes.len() / 2]).is_err());
}

#[wasm_bindgen_test]
async fn the_article_list_renders_every_article_with_its_data_file() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let bundle = Shared::new(sample_bundle());
    let results = Rc::new(bundle.index.search(
        &bundle.corpus,
        &explorer_core::search::Query::default(),
        20,
    ));
    let by_file = Rc::new(explorer_core::model::FileIndex::new(&bundle.corpus));
    let props = ArticleListProps {
        bundle,
        by_file,
        results,
        on_open: Callback::noop(),
        on_page: Callback::noop(),
    };
    yew::Renderer::<ArticleList>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let items = root.query_selector_all("[data-file]").unwrap();
    let names: Vec<String> = (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .filter_map(|e| e.get_attribute("data-file"))
        .collect();
    assert_eq!(names, ["a_offer.html", "b_talks.txt"]);
    let text = root.text_content().unwrap();
    assert!(text.contains("Oman offers to mediate & host"), "{text}");
    assert!(text.contains("Qatar hosts talks"), "{text}");
}
