//! The dismissible notice naming the parts of a link that were ignored.

use explorer_core::search::Ignored;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub ignored: Vec<Ignored>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    if props.ignored.is_empty() {
        return html! {};
    }
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status" data-notice="ignored">
            <p>{ "Parts of this link were ignored:" }</p>
            <ul>
                { for props.ignored.iter().map(|i| html! { <li>{ i.to_string() }</li> }) }
            </ul>
            <button type="button" class="dismiss" onclick={dismiss} aria-label="Dismiss this notice">{ "Dismiss" }</button>
        </div>
    }
}
