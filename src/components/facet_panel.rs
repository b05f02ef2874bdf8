//! One facet's panel: its values with counts, selected ones kept, a filter box in long lists.

use crate::state::Facet;
use explorer_core::search::FacetValue;
use yew::prelude::*;

/// Lists longer than this get a filter box.
const FILTER_BOX_FROM: usize = 8;

#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    pub facet: Facet,
    pub values: Vec<FacetValue>,
    pub on_toggle: Callback<(Facet, String)>,
}

#[component]
pub fn FacetPanel(props: &FacetPanelProps) -> Html {
    let filter = use_state(String::new);
    let facet = props.facet;
    let needle = filter.to_lowercase();
    let shown: Vec<&FacetValue> = props
        .values
        .iter()
        .filter(|v| {
            v.selected
                || needle.is_empty()
                || v.label.to_lowercase().contains(&needle)
                || v.key.to_lowercase().contains(&needle)
        })
        .collect();
    let filter_id = format!("facet-filter-{}", facet.param());
    let heading_id = format!("facet-{}", facet.param());
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            filter.set(input.value());
        })
    };
    html! {
        <section class="facet" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()}>{ facet.title() }</h2>
            if props.values.len() > FILTER_BOX_FROM {
                <label for={filter_id.clone()} class="visually-hidden">{ format!("Filter {} values", facet.title().to_lowercase()) }</label>
                <input id={filter_id} class="facet-filter" type="search" placeholder="Filter…" value={(*filter).clone()} oninput={on_filter} />
            }
            if props.values.is_empty() {
                <p class="empty">{ "None in this corpus" }</p>
            }
            <ul role="list" aria-labelledby={heading_id}>
                { for shown.into_iter().map(|v| {
                    let key = v.key.clone();
                    let on_toggle = props.on_toggle.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_toggle.emit((facet, key.clone())));
                    let class = classes!("facet-value", v.selected.then_some("selected"), (v.count == 0).then_some("zero"));
                    html! {
                        <li key={v.key.clone()}>
                            <button type="button" {class} {onclick}
                                data-facet={facet.param()} data-value={v.key.clone()}
                                aria-pressed={if v.selected { "true" } else { "false" }}>
                                <span class="label">{ &v.label }</span>
                                <span class="count" aria-label={format!("{} articles", v.count)}>{ v.count }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
