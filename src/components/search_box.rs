//! The search box: the text query, answered as the reader types. `/` focuses it.

use yew::prelude::*;

/// The id of the search input, for the `/` shortcut.
pub const SEARCH_ID: &str = "search";

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub text: AttrValue,
    pub on_input: Callback<String>,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on_input.emit(input.value());
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for={SEARCH_ID} class="visually-hidden">{ "Search the articles" }</label>
            <input
                id={SEARCH_ID}
                type="search"
                placeholder="Search articles (press / to focus)"
                autocomplete="off"
                spellcheck="false"
                value={props.text.clone()}
                {oninput}
            />
        </form>
    }
}
