//! An article's text cut into runs for display: each run is plain, a recognised mention, part
//! of an event's evidence sentence, or both. The reader marks runs; it never parses text.

use crate::model::{Article, MentionKind, Span};

/// A stretch of one paragraph with the same marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    /// The mention covering this run: its kind and id.
    pub mention: Option<(MentionKind, String)>,
    /// The index (in `article.events`) of the event whose evidence covers this run.
    pub evidence: Option<usize>,
}

/// The runs of each paragraph, in order. Spans that fall outside the text or off character
/// boundaries are ignored, so a damaged article still displays.
pub fn runs(article: &Article) -> Vec<Vec<Run>> {
    let text = &article.text;
    let valid = |s: Span| {
        s.start() < s.end()
            && s.end() <= text.len()
            && text.is_char_boundary(s.start())
            && text.is_char_boundary(s.end())
    };
    let mentions: Vec<_> = article.mentions.iter().filter(|m| valid(m.span)).collect();
    let evidence: Vec<(usize, Span)> = article
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (i, e.span))
        .filter(|(_, s)| valid(*s))
        .collect();
    article
        .paragraphs
        .iter()
        .filter(|p| valid(**p))
        .map(|p| {
            let (ps, pe) = (p.start(), p.end());
            let mut cuts = vec![ps, pe];
            let clip = |x: usize| x.clamp(ps, pe);
            for m in &mentions {
                cuts.extend([clip(m.span.start()), clip(m.span.end())]);
            }
            for (_, s) in &evidence {
                cuts.extend([clip(s.start()), clip(s.end())]);
            }
            cuts.sort_unstable();
            cuts.dedup();
            cuts.windows(2)
                .filter(|w| w[0] < w[1])
                .map(|w| {
                    let (a, b) = (w[0], w[1]);
                    let covers = |s: Span| s.start() <= a && s.end() >= b;
                    Run {
                        span: Span::new(a, b),
                        mention: mentions
                            .iter()
                            .find(|m| covers(m.span))
                            .map(|m| (m.kind, m.id.clone())),
                        evidence: evidence.iter().find(|(_, s)| covers(*s)).map(|(i, _)| *i),
                    }
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{MediationEvent, Mention, Status};

    #[test]
    fn runs_split_at_mentions_and_evidence_and_survive_bad_spans() {
        let text = "Qatar hosted talks. Iran watched.\n\nNothing here.";
        let article = Article {
            text: text.into(),
            paragraphs: vec![Span::new(0, 33), Span::new(35, 48), Span::new(40, 99)],
            mentions: vec![
                Mention {
                    kind: MentionKind::Country,
                    id: "QAT".into(),
                    span: Span::new(0, 5),
                },
                Mention {
                    kind: MentionKind::Country,
                    id: "IRN".into(),
                    span: Span::new(20, 24),
                },
                Mention {
                    kind: MentionKind::Country,
                    id: "BAD".into(),
                    span: Span::new(30, 300),
                },
            ],
            events: vec![MediationEvent {
                kind: "mediation".into(),
                mediators: vec!["QAT".into()],
                parties: vec![],
                status: Status::Held,
                cameo: "046".into(),
                date: None,
                evidence: "Qatar hosted talks.".into(),
                span: Span::new(0, 19),
            }],
            ..Article::default()
        };
        let r = runs(&article);
        assert_eq!(r.len(), 2, "the out-of-range paragraph is dropped");
        let pieces: Vec<(&str, bool, Option<usize>)> = r[0]
            .iter()
            .map(|x| (&text[x.span.range()], x.mention.is_some(), x.evidence))
            .collect();
        assert_eq!(
            pieces,
            [
                ("Qatar", true, Some(0)),
                (" hosted talks.", false, Some(0)),
                (" ", false, None),
                ("Iran", true, None),
                (" watched.", false, None)
            ]
        );
        assert_eq!(r[1].len(), 1);
        assert_eq!(&text[r[1][0].span.range()], "Nothing here.");
    }
}
