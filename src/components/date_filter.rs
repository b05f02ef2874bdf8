//! The date range: typed partial dates (2025, 2025-10, 2025-10-28), how uncertain dates match,
//! and the timeline of articles by month, where a click or a drag over months sets the range.

use explorer_core::date::month_abbr;
use explorer_core::search::{DateMode, Histogram, MonthCount, PartialDate};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFilterProps {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub mode: DateMode,
    pub include_undated: bool,
    pub histogram: Histogram,
    pub on_range: Callback<(Option<PartialDate>, Option<PartialDate>)>,
    pub on_mode: Callback<DateMode>,
    pub on_undated: Callback<bool>,
}

fn month_bound(m: MonthCount) -> PartialDate {
    PartialDate {
        year: m.year(),
        month: Some(m.month()),
        day: None,
    }
}

fn month_label(m: MonthCount) -> String {
    format!("{} {}", month_abbr(m.month()), m.year())
}

#[derive(Properties, PartialEq)]
struct BoundProps {
    id: &'static str,
    label: &'static str,
    value: Option<PartialDate>,
    on_change: Callback<Option<PartialDate>>,
}

/// A typed bound: empty clears it, a valid partial date sets it, anything else stays in the box
/// and is flagged.
#[component]
fn Bound(props: &BoundProps) -> Html {
    // The text typed when it is not a date, with the bound it was typed over: it stays in the box
    // until corrected, or until the bound changes elsewhere (the timeline, Back).
    let draft = use_state(|| None::<(String, Option<PartialDate>)>);
    let onchange = {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        let value = props.value;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let text = text.trim();
            if text.is_empty() {
                draft.set(None);
                on_change.emit(None);
            } else if let Some(d) = PartialDate::parse(text) {
                draft.set(None);
                on_change.emit(Some(d));
            } else {
                draft.set(Some((text.to_string(), value)));
            }
        })
    };
    let id = props.id;
    let typed = draft
        .as_ref()
        .filter(|(_, over)| *over == props.value)
        .map(|(text, _)| text.clone());
    let error = typed.is_some();
    let shown = typed.unwrap_or_else(|| props.value.map(|d| d.to_string()).unwrap_or_default());
    // The field shows `shown` when it changes, and is left alone otherwise: a render for any
    // other reason (the page settling just after it loads) must not wipe what the reader is
    // typing, as a `value` attribute re-applied on each render did.
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(shown, move |shown| {
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                if field.value() != *shown {
                    field.set_value(shown);
                }
            }
        });
    }
    html! {
        <div class="bound">
            <label for={id}>{ props.label }</label>
            <input {id} ref={input} type="text" inputmode="numeric" placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
                {onchange} aria-invalid={if error { "true" } else { "false" }}
                aria-describedby={format!("{id}-hint")} />
            <span id={format!("{id}-hint")} class={classes!("hint", error.then_some("error"))}>
                { if error { "Not a date: use 2025, 2025-10 or 2025-10-28" } else { "" } }
            </span>
        </div>
    }
}

#[component]
pub fn DateFilter(props: &DateFilterProps) -> Html {
    let drag_from = use_state(|| None::<usize>);
    let from_changed = {
        let (on_range, to) = (props.on_range.clone(), props.to);
        Callback::from(move |from| on_range.emit((from, to)))
    };
    let to_changed = {
        let (on_range, from) = (props.on_range.clone(), props.from);
        Callback::from(move |to| on_range.emit((from, to)))
    };
    let on_mode = props.on_mode.clone();
    let mode_change = Callback::from(move |e: Event| {
        let input: web_sys::HtmlSelectElement = e.target_unchecked_into();
        on_mode.emit(if input.value() == "within" {
            DateMode::Within
        } else {
            DateMode::Overlap
        });
    });
    let on_undated = props.on_undated.clone();
    let undated_change = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on_undated.emit(input.checked());
    });

    let months = &props.histogram.months;
    let max = months.iter().map(|m| m.count).max().unwrap_or(0).max(1);
    let (first_sel, last_sel) = (
        props
            .from
            .map(|d| d.year * 12 + d.month.map_or(0, |m| m as i32 - 1)),
        props
            .to
            .map(|d| d.year * 12 + d.month.map_or(11, |m| m as i32 - 1)),
    );
    let in_range = |m: &MonthCount| {
        (first_sel.is_some() || last_sel.is_some())
            && first_sel.is_none_or(|f| m.month_key >= f)
            && last_sel.is_none_or(|l| m.month_key <= l)
    };
    let width = 100.0 / months.len().max(1) as f64;
    let select = {
        let months = months.clone();
        move |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b));
            (
                months.get(a).copied().map(month_bound),
                months.get(b).copied().map(month_bound),
            )
        }
    };
    let bars = months.iter().enumerate().map(|(i, m)| {
        let on_range = props.on_range.clone();
        let drag = drag_from.clone();
        let onpointerdown = Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            drag.set(Some(i));
        });
        let drag = drag_from.clone();
        let on_range_up = on_range.clone();
        let select_up = select.clone();
        let onpointerup = Callback::from(move |_: PointerEvent| {
            let start = (*drag).unwrap_or(i);
            drag.set(None);
            on_range_up.emit(select_up(start, i));
        });
        let select = select.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_range.emit(select(i, i));
            }
        });
        let h = (m.count as f64 / max as f64) * 100.0;
        let label = format!("{}: {} article{}", month_label(*m), m.count, if m.count == 1 { "" } else { "s" });
        let class = classes!("bar", in_range(m).then_some("in-range"), drag_from.is_some_and(|s| s == i).then_some("drag-start"));
        html! {
            <g {class} role="button" tabindex="0" aria-label={label.clone()} data-month={month_bound(*m).to_string()}
                {onpointerdown} {onpointerup} {onkeydown}>
                <title>{ label }</title>
                <rect class="hit" x={format!("{:.3}", i as f64 * width)} y="0" width={format!("{:.3}", width)} height="100" />
                <rect class="fill" x={format!("{:.3}", i as f64 * width + width * 0.1)} y={format!("{:.3}", 100.0 - h)}
                    width={format!("{:.3}", width * 0.8)} height={format!("{:.3}", h.max(if m.count > 0 { 2.0 } else { 0.0 }))} />
            </g>
        }
    });
    let first = months.first().copied();
    let last = months.last().copied();
    html! {
        <section class="facet dates" aria-labelledby="facet-dates">
            <h2 id="facet-dates">{ "Date" }</h2>
            <div class="bounds">
                <Bound id="date-from" label="From" value={props.from} on_change={from_changed} />
                <Bound id="date-to" label="To" value={props.to} on_change={to_changed} />
            </div>
            <div class="date-options">
                <label for="date-mode">{ "Uncertain dates" }</label>
                <select id="date-mode" onchange={mode_change}>
                    <option value="overlap" selected={props.mode == DateMode::Overlap}>{ "overlap the range" }</option>
                    <option value="within" selected={props.mode == DateMode::Within}>{ "lie within the range" }</option>
                </select>
                <label class="check">
                    <input type="checkbox" checked={props.include_undated} onchange={undated_change} />
                    { format!(" include undated ({})", props.histogram.undated) }
                </label>
            </div>
            if !months.is_empty() {
                <figure class="timeline">
                    <svg viewBox="0 0 100 100" preserveAspectRatio="none" role="group"
                        aria-label="Articles by month: click a month or drag across months to set the range">
                        { for bars }
                    </svg>
                    <figcaption>
                        <span>{ first.map(month_label).unwrap_or_default() }</span>
                        <span>{ last.map(month_label).unwrap_or_default() }</span>
                    </figcaption>
                </figure>
            }
            if props.histogram.spanning > 0 {
                <p class="hint">{ format!("{} known only to a longer period", props.histogram.spanning) }</p>
            }
        </section>
    }
}
