//! The current filters, each removable with one click, and "Clear all".

use crate::state::{Facet, Filter};
use explorer_core::describe;
use yew::prelude::*;

/// A filter as the reader names it: "Pair: Afghanistan–Pakistan".
pub fn filter_label(f: &Filter) -> String {
    match f {
        Filter::Text(t) => format!("Text: “{}”", t.trim()),
        Filter::Own => "Only your articles".to_string(),
        Filter::Value(Facet::Pair, key) => {
            let parties: Vec<String> = key.split('-').map(str::to_string).collect();
            format!("Pair: {}", describe::parties_label(&parties))
        }
        Filter::Value(Facet::Status, key) => format!("Status: {key}"),
        Filter::Value(facet, key) => format!("{}: {}", facet.title(), describe::name(key)),
        Filter::From(d) => format!("From {d}"),
        Filter::To(d) => format!("To {d}"),
    }
}

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub filters: Vec<Filter>,
    pub on_remove: Callback<Filter>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    if props.filters.is_empty() {
        return html! {};
    }
    let clear = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="active-filters" aria-label="Current filters" role="region">
            <ul>
                { for props.filters.iter().map(|f| {
                    let label = filter_label(f);
                    let on_remove = props.on_remove.clone();
                    let filter = f.clone();
                    let onclick = Callback::from(move |_: MouseEvent| on_remove.emit(filter.clone()));
                    html! {
                        <li>
                            <button type="button" class="chip" {onclick} aria-label={format!("Remove filter {label}")}>
                                { label }<span aria-hidden="true">{ " ×" }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="clear-all" onclick={clear}>{ "Clear all" }</button>
        </div>
    }
}
