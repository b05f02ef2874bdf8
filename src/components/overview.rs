//! Who mediates between whom: a matrix of country pairs (rows) by mediators (columns). A cell
//! counts articles; clicking it filters to that pair and mediator.

use explorer_core::overview::Matrix;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub matrix: Rc<Matrix>,
    /// The selected pair and mediator keys, to mark their row, column and cell.
    pub selected_pairs: Vec<String>,
    pub selected_mediators: Vec<String>,
    pub on_cell: Callback<(String, String)>,
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let m = &props.matrix;
    if m.pairs.is_empty() || m.mediators.is_empty() {
        return html! {
            <section class="overview" aria-labelledby="overview-title">
                <h2 id="overview-title">{ "Who mediates between whom" }</h2>
                <p class="empty">{ "No mediation events in these articles." }</p>
            </section>
        };
    }
    let max = m.cells.values().copied().max().unwrap_or(1);
    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h2 id="overview-title">{ "Who mediates between whom" }</h2>
            <div class="matrix-scroll">
                <table class="matrix">
                    <caption class="visually-hidden">{ "Articles per country pair and mediator; choose a cell to filter" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Pair \\ Mediator" }</th>
                            { for m.mediators.iter().map(|med| html! {
                                <th scope="col" class={classes!(props.selected_mediators.contains(&med.key).then_some("selected"))}>
                                    { &med.label }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for m.pairs.iter().enumerate().map(|(r, pair)| html! {
                            <tr key={pair.key.clone()}>
                                <th scope="row" class={classes!(props.selected_pairs.contains(&pair.key).then_some("selected"))}>{ &pair.label }</th>
                                { for m.mediators.iter().enumerate().map(|(c, med)| {
                                    let n = m.count(r, c);
                                    if n == 0 {
                                        return html! { <td class="none"></td> };
                                    }
                                    let on_cell = props.on_cell.clone();
                                    let (pk, mk) = (pair.key.clone(), med.key.clone());
                                    let onclick = Callback::from(move |_: MouseEvent| on_cell.emit((pk.clone(), mk.clone())));
                                    let selected = props.selected_pairs.contains(&pair.key) && props.selected_mediators.contains(&med.key);
                                    // Five shades, as classes: the CSP allows no inline styles.
                                    let shade = if max > 1 { 1 + 4 * (n - 1) / (max - 1) } else { 5 };
                                    html! {
                                        <td class={classes!(selected.then_some("selected"))}>
                                            <button type="button" class={format!("cell shade{shade}")} {onclick}
                                                data-pair={pair.key.clone()} data-mediator={med.key.clone()}
                                                aria-label={format!("{} mediating {}: {} article{}", med.label, pair.label, n, if n == 1 { "" } else { "s" })}>
                                                { n }
                                            </button>
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
