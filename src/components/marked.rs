//! Text with marked byte ranges: search highlights as `<mark>`. The core gives ranges, never
//! HTML, so text from articles is always rendered as text.

use explorer_core::Span;
use yew::prelude::*;

/// `text` with the byte ranges in `marks` wrapped in `<mark>`. Ranges out of bounds, overlapping
/// or not on character boundaries are skipped rather than trusted.
pub fn marked(text: &str, marks: &[Span]) -> Html {
    let mut out = Vec::new();
    let mut at = 0;
    for m in marks {
        let (s, e) = (m.start(), m.end());
        if s < at
            || e <= s
            || e > text.len()
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        out.push(html! { { &text[at..s] } });
        out.push(html! { <mark>{ &text[s..e] }</mark> });
        at = e;
    }
    out.push(html! { { &text[at..] } });
    out.into_iter().collect::<Html>()
}
