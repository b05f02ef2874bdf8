//! Recognising boilerplate among the lines and paragraphs of an article.
//!
//! Each unit (a paragraph, or a line of a block of short lines) is classified on its own by
//! phrase tables ("Leave a Reply", "5 Comments", "Share on X"), then context decides:
//!
//! - a *section start* ("Related Articles", "5 Comments", "Read-to-Earn") after the body has
//!   begun sweeps the short lines that follow it; a comment thread with signs of comments
//!   (avatars, "NAME says:", "Reply", timestamps) sweeps everything to the end, since comment
//!   bodies are prose too, but a comments header without such signs removes only itself, so an
//!   article paragraph after it survives;
//! - a *line* ("Advertisement", "Back to top") is removed wherever it is;
//! - a *weak* word ("Email", "Print", "Reply") only goes with its neighbours: next to other
//!   boilerplate, or in a run of short lines after the body.
//!
//! Nothing here deletes text: [`mark`] says which units are boilerplate and of which kind; the
//! caller keeps the text aside.

use crate::model::RemovedKind;
use RemovedKind::*;

/// What a matched phrase does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Starts a section that runs over the short lines after it.
    Start,
    /// Boilerplate on its own.
    Line,
    /// Boilerplate only next to other boilerplate.
    Weak,
}

/// One unit as the classifier needs it.
pub(crate) struct UnitView<'a> {
    pub text: &'a str,
}

#[derive(Clone, Copy)]
enum Pat {
    Exact(&'static str),
    Prefix(&'static str),
    Contains(&'static str),
}
use Pat::*;

/// The phrase table: pattern on the lower-cased unit with its decorations trimmed, kind, role.
/// The first match wins, so longer phrases come before their prefixes.
const PHRASES: &[(Pat, RemovedKind, Role)] = &[
    // Monetisation widgets.
    (Contains("read-to-earn"), Monetisation, Role::Start),
    (Contains("read to earn"), Monetisation, Role::Start),
    (Contains("comment-to-earn"), Monetisation, Role::Start),
    (Contains("comment to earn"), Monetisation, Role::Start),
    (Exact("post profit"), Monetisation, Role::Start),
    (Exact("post loss"), Monetisation, Role::Start),
    (Prefix("you earned"), Monetisation, Role::Line),
    (Prefix("earned for "), Monetisation, Role::Line),
    (Prefix("total earned"), Monetisation, Role::Line),
    (Prefix("profit subtotal"), Monetisation, Role::Line),
    (Prefix("loss subtotal"), Monetisation, Role::Line),
    (Contains("tip jar"), Monetisation, Role::Line),
    (Contains("buy me a coffee"), Monetisation, Role::Line),
    (Contains("patreon"), Monetisation, Role::Line),
    (Prefix("become a patron"), Monetisation, Role::Line),
    (Prefix("support us"), Monetisation, Role::Line),
    (Prefix("support our journalism"), Monetisation, Role::Line),
    (
        Prefix("support independent journalism"),
        Monetisation,
        Role::Line,
    ),
    (Exact("donate"), Monetisation, Role::Line),
    (Exact("donate now"), Monetisation, Role::Line),
    (Exact("make a donation"), Monetisation, Role::Line),
    // Reply forms (before comments: "Leave a Reply" is a form, "Leave a comment" a thread).
    (Prefix("leave a reply"), ReplyForm, Role::Start),
    (Exact("post a reply"), ReplyForm, Role::Start),
    (
        Prefix("your email address will not be published"),
        ReplyForm,
        Role::Line,
    ),
    (
        Contains("required fields are marked"),
        ReplyForm,
        Role::Line,
    ),
    (Prefix("save my name, email"), ReplyForm, Role::Line),
    (Prefix("notify me of"), ReplyForm, Role::Line),
    (
        Prefix("you must be logged in to post a comment"),
        ReplyForm,
        Role::Line,
    ),
    (Exact("cancel reply"), ReplyForm, Role::Line),
    (Exact("post comment"), ReplyForm, Role::Line),
    (Exact("submit comment"), ReplyForm, Role::Line),
    (Exact("name*"), ReplyForm, Role::Line),
    (Exact("name *"), ReplyForm, Role::Line),
    (Exact("email*"), ReplyForm, Role::Line),
    (Exact("email *"), ReplyForm, Role::Line),
    (Exact("email address*"), ReplyForm, Role::Line),
    (Exact("comment*"), ReplyForm, Role::Line),
    (Exact("comment *"), ReplyForm, Role::Line),
    (Exact("your comment"), ReplyForm, Role::Weak),
    (Exact("comment"), ReplyForm, Role::Weak),
    (Exact("name"), ReplyForm, Role::Weak),
    (Exact("website"), ReplyForm, Role::Weak),
    (Exact("message"), ReplyForm, Role::Weak),
    (Exact("submit"), ReplyForm, Role::Weak),
    // Comment threads.
    (Prefix("avatar of "), Comments, Role::Start),
    (Exact("your comment avatar"), Comments, Role::Start),
    (Exact("user avatar"), Comments, Role::Start),
    (Exact("comments"), Comments, Role::Start),
    (Exact("reader comments"), Comments, Role::Start),
    (Exact("readers' comments"), Comments, Role::Start),
    (Exact("join the discussion"), Comments, Role::Start),
    (Exact("join the conversation"), Comments, Role::Start),
    (Exact("leave a comment"), Comments, Role::Start),
    (Exact("add a comment"), Comments, Role::Start),
    (Exact("add your comment"), Comments, Role::Start),
    (Exact("post a comment"), Comments, Role::Start),
    (Exact("write a comment"), Comments, Role::Start),
    (Exact("show comments"), Comments, Role::Start),
    (Exact("view comments"), Comments, Role::Start),
    (Exact("load comments"), Comments, Role::Start),
    (Exact("view all comments"), Comments, Role::Start),
    (Exact("comments are closed"), Comments, Role::Line),
    (Exact("reply"), Comments, Role::Weak),
    (Exact("log in to reply"), Comments, Role::Weak),
    (Exact("login to reply"), Comments, Role::Weak),
    (Exact("sign in to reply"), Comments, Role::Weak),
    (Exact("reply to this comment"), Comments, Role::Weak),
    (Exact("report"), Comments, Role::Weak),
    (Exact("report comment"), Comments, Role::Weak),
    (Exact("like"), Comments, Role::Weak),
    (Exact("likes"), Comments, Role::Weak),
    (Exact("flag"), Comments, Role::Weak),
    (Exact("show replies"), Comments, Role::Weak),
    (Exact("view replies"), Comments, Role::Weak),
    (Exact("load more comments"), Comments, Role::Weak),
    (Exact("see more comments"), Comments, Role::Weak),
    (Exact("permalink"), Comments, Role::Weak),
    // Share bars.
    (Prefix("share this"), Share, Role::Start),
    (Prefix("share on "), Share, Role::Start),
    (Prefix("share via"), Share, Role::Start),
    (Prefix("share to "), Share, Role::Start),
    (Prefix("click to share"), Share, Role::Start),
    (Prefix("share article"), Share, Role::Start),
    (Prefix("share story"), Share, Role::Start),
    (Exact("share"), Share, Role::Start),
    (Exact("shares"), Share, Role::Weak),
    (Exact("tweet"), Share, Role::Weak),
    (Exact("copy link"), Share, Role::Weak),
    (Exact("copy"), Share, Role::Weak),
    (Exact("link copied"), Share, Role::Weak),
    (Exact("email"), Share, Role::Weak),
    (Exact("e-mail"), Share, Role::Weak),
    (Exact("mail"), Share, Role::Weak),
    (Exact("print"), Share, Role::Weak),
    (Exact("facebook"), Share, Role::Weak),
    (Exact("twitter"), Share, Role::Weak),
    (Exact("x"), Share, Role::Weak),
    (Exact("whatsapp"), Share, Role::Weak),
    (Exact("linkedin"), Share, Role::Weak),
    (Exact("telegram"), Share, Role::Weak),
    (Exact("pinterest"), Share, Role::Weak),
    (Exact("reddit"), Share, Role::Weak),
    (Exact("messenger"), Share, Role::Weak),
    (Exact("flipboard"), Share, Role::Weak),
    (Exact("pocket"), Share, Role::Weak),
    (Exact("pin it"), Share, Role::Weak),
    (Prefix("follow us on"), Share, Role::Line),
    // Related articles.
    (Prefix("read more:"), Related, Role::Line),
    (Prefix("read also:"), Related, Role::Line),
    (Prefix("also read:"), Related, Role::Line),
    (Prefix("see also:"), Related, Role::Line),
    (Prefix("related:"), Related, Role::Line),
    (Prefix("further reading"), Related, Role::Line),
    (Prefix("recommended reading"), Related, Role::Line),
    (Prefix("read:"), Related, Role::Line),
    (Prefix("watch:"), Related, Role::Line),
    (Exact("related"), Related, Role::Start),
    (Exact("related articles"), Related, Role::Start),
    (Exact("related posts"), Related, Role::Start),
    (Exact("related stories"), Related, Role::Start),
    (Exact("related news"), Related, Role::Start),
    (Exact("related content"), Related, Role::Start),
    (Exact("related coverage"), Related, Role::Start),
    (Exact("related topics"), Related, Role::Start),
    (Exact("you may also like"), Related, Role::Start),
    (Exact("you might also like"), Related, Role::Start),
    (Exact("you may be interested in"), Related, Role::Start),
    (Exact("you might be interested in"), Related, Role::Start),
    (Exact("recommended"), Related, Role::Start),
    (Exact("recommended for you"), Related, Role::Start),
    (Exact("recommended stories"), Related, Role::Start),
    (Exact("recommended articles"), Related, Role::Start),
    (Prefix("more from "), Related, Role::Start),
    (Exact("more stories"), Related, Role::Start),
    (Exact("more news"), Related, Role::Start),
    (Exact("more on this story"), Related, Role::Start),
    (Exact("read more"), Related, Role::Start),
    (Exact("read next"), Related, Role::Start),
    (Exact("read also"), Related, Role::Start),
    (Exact("also read"), Related, Role::Start),
    (Exact("see also"), Related, Role::Start),
    (Exact("trending"), Related, Role::Start),
    (Exact("trending now"), Related, Role::Start),
    (Exact("most read"), Related, Role::Start),
    (Exact("most popular"), Related, Role::Start),
    (Exact("popular posts"), Related, Role::Start),
    (Exact("latest news"), Related, Role::Start),
    (Exact("latest stories"), Related, Role::Start),
    (Exact("editor's picks"), Related, Role::Start),
    (Exact("don't miss"), Related, Role::Start),
    // Navigation.
    (Prefix("back to top"), Navigation, Role::Line),
    (Prefix("skip to "), Navigation, Role::Line),
    (Exact("go to top"), Navigation, Role::Line),
    (Exact("scroll to top"), Navigation, Role::Line),
    (Exact("toggle navigation"), Navigation, Role::Line),
    (Exact("main menu"), Navigation, Role::Line),
    (Exact("open menu"), Navigation, Role::Line),
    (Exact("close menu"), Navigation, Role::Line),
    (Exact("next article"), Navigation, Role::Start),
    (Exact("previous article"), Navigation, Role::Start),
    (Exact("next post"), Navigation, Role::Start),
    (Exact("previous post"), Navigation, Role::Start),
    (Exact("next story"), Navigation, Role::Start),
    (Exact("previous story"), Navigation, Role::Start),
    (Exact("home"), Navigation, Role::Weak),
    (Exact("menu"), Navigation, Role::Weak),
    (Exact("search"), Navigation, Role::Weak),
    (Exact("close"), Navigation, Role::Weak),
    (Exact("next"), Navigation, Role::Weak),
    (Exact("previous"), Navigation, Role::Weak),
    (Exact("prev"), Navigation, Role::Weak),
    (Exact("more"), Navigation, Role::Weak),
    (Exact("log in"), Navigation, Role::Weak),
    (Exact("login"), Navigation, Role::Weak),
    (Exact("sign in"), Navigation, Role::Weak),
    (Exact("register"), Navigation, Role::Weak),
    // Tags and categories.
    (Prefix("tags:"), Tags, Role::Start),
    (Prefix("tag:"), Tags, Role::Start),
    (Prefix("tagged:"), Tags, Role::Start),
    (Prefix("tagged with"), Tags, Role::Start),
    (Prefix("tagged in"), Tags, Role::Start),
    (Prefix("filed under"), Tags, Role::Start),
    (Prefix("categories:"), Tags, Role::Start),
    (Prefix("category:"), Tags, Role::Start),
    (Prefix("topics:"), Tags, Role::Start),
    (Prefix("keywords:"), Tags, Role::Start),
    (Prefix("posted in "), Tags, Role::Start),
    (Exact("tags"), Tags, Role::Start),
    (Exact("topics"), Tags, Role::Start),
    (Exact("categories"), Tags, Role::Start),
    (Exact("keywords"), Tags, Role::Start),
    // Advertisement markers.
    (Exact("advertisement"), Advertisement, Role::Line),
    (Exact("advertisements"), Advertisement, Role::Line),
    (Exact("advertising"), Advertisement, Role::Line),
    (Exact("ad"), Advertisement, Role::Line),
    (Exact("ads"), Advertisement, Role::Line),
    (Exact("sponsored"), Advertisement, Role::Line),
    (Exact("sponsored content"), Advertisement, Role::Line),
    (Exact("promoted"), Advertisement, Role::Line),
    (Exact("promoted content"), Advertisement, Role::Line),
    (Exact("paid content"), Advertisement, Role::Line),
    (Exact("paid post"), Advertisement, Role::Line),
    (Exact("partner content"), Advertisement, Role::Line),
    (Prefix("story continues below"), Advertisement, Role::Line),
    (Prefix("article continues below"), Advertisement, Role::Line),
    (Prefix("continue reading below"), Advertisement, Role::Line),
    (Prefix("scroll to continue"), Advertisement, Role::Line),
    (Prefix("scroll down to continue"), Advertisement, Role::Line),
    (Exact("ad feedback"), Advertisement, Role::Line),
    (Exact("report this ad"), Advertisement, Role::Line),
    (Exact("remove ads"), Advertisement, Role::Line),
    // Cookie notices.
    (Contains("we use cookies"), CookieNotice, Role::Line),
    (Contains("uses cookies"), CookieNotice, Role::Line),
    (Contains("use of cookies"), CookieNotice, Role::Line),
    (Contains("accept all cookies"), CookieNotice, Role::Line),
    (Contains("accept cookies"), CookieNotice, Role::Line),
    (Contains("cookie policy"), CookieNotice, Role::Line),
    (Contains("cookie settings"), CookieNotice, Role::Line),
    (Contains("cookie preferences"), CookieNotice, Role::Line),
    (Contains("manage cookies"), CookieNotice, Role::Line),
    (Exact("accept"), CookieNotice, Role::Weak),
    (Exact("accept all"), CookieNotice, Role::Weak),
    (Exact("reject all"), CookieNotice, Role::Weak),
    (Exact("reject"), CookieNotice, Role::Weak),
    (Exact("i agree"), CookieNotice, Role::Weak),
    (Exact("got it"), CookieNotice, Role::Weak),
    (Exact("allow all"), CookieNotice, Role::Weak),
    (Exact("decline"), CookieNotice, Role::Weak),
    (Exact("manage preferences"), CookieNotice, Role::Weak),
    // Subscription prompts.
    (Prefix("subscribe"), Subscribe, Role::Line),
    (Prefix("sign up for"), Subscribe, Role::Line),
    (Prefix("sign up to"), Subscribe, Role::Line),
    (Prefix("sign up now"), Subscribe, Role::Line),
    (Prefix("join our newsletter"), Subscribe, Role::Line),
    (Prefix("get our newsletter"), Subscribe, Role::Line),
    (Prefix("get the latest"), Subscribe, Role::Line),
    (Prefix("enter your email"), Subscribe, Role::Line),
    (Prefix("get breaking news"), Subscribe, Role::Line),
    (Prefix("download our app"), Subscribe, Role::Line),
    (Prefix("download the app"), Subscribe, Role::Line),
    (Exact("newsletter"), Subscribe, Role::Line),
    (Exact("newsletters"), Subscribe, Role::Line),
    (Contains("to our newsletter"), Subscribe, Role::Line),
    (Contains("for our newsletter"), Subscribe, Role::Line),
];

/// Units longer than this are prose, whatever phrase they contain, except cookie notices and
/// reply-form notes, which come as whole sentences.
const MAX_PHRASE_UNIT: usize = 160;
const MAX_NOTICE_UNIT: usize = 600;

/// The lower-cased unit without the bullets, arrows and punctuation that decorate widgets.
fn normalise(text: &str) -> String {
    let lower = super::decode::straighten_quotes(&text.to_lowercase());
    let trim: &[char] = &[
        ' ', ':', '.', '!', '*', '|', '-', '\u{2013}', '\u{2014}', '\u{bb}', '\u{ab}', '\u{203a}',
        '\u{2192}', '>', '<', '#', '\u{2022}', '\u{b7}', '(', ')', '[', ']', '\u{2193}',
        '\u{2191}', '+',
    ];
    let core = lower.trim_matches(|c| trim.contains(&c));
    // Keep the markers that matter: "Name*" and "Tags:" differ from "name" and "tags" (but
    // "**3 comments**" is markdown bold).
    let star =
        lower.trim_end().ends_with('*') && !lower.trim_start().starts_with('*') && !core.is_empty();
    let colon = lower.trim_end().ends_with(':') || lower.contains(": ");
    let mut s = core.to_string();
    if star {
        s.push('*');
    }
    if colon && !s.contains(':') {
        s.push(':');
    }
    s
}

/// The phrases that also mark a unit longer than [`MAX_PHRASE_UNIT`], in table order.
fn long_phrases() -> &'static [(Pat, RemovedKind, Role)] {
    static LONG: std::sync::OnceLock<Vec<(Pat, RemovedKind, Role)>> = std::sync::OnceLock::new();
    LONG.get_or_init(|| {
        PHRASES
            .iter()
            .filter(|(_, kind, role)| {
                matches!(kind, CookieNotice | ReplyForm) && matches!(role, Role::Line)
            })
            .copied()
            .collect()
    })
}

/// Classifies one unit on its own.
pub(crate) fn classify(text: &str) -> Option<(RemovedKind, Role)> {
    if text.len() > MAX_NOTICE_UNIT * 4 {
        return None;
    }
    let len = text.chars().count();
    if len > MAX_NOTICE_UNIT {
        return None;
    }
    let n = normalise(text);
    let bare = n.trim_end_matches([':', '*']);
    if let Some(hit) = comment_shape(bare, len) {
        return Some(hit);
    }
    let phrases: &[(Pat, RemovedKind, Role)] = if len > MAX_PHRASE_UNIT {
        long_phrases()
    } else {
        PHRASES
    };
    for &(pat, kind, role) in phrases {
        let hit = match pat {
            Exact(p) => bare == p || n == p,
            // At a word boundary: "subscribe" is not "subscribers".
            Prefix(p) => {
                n.starts_with(p)
                    && (p.ends_with([' ', ':'])
                        || !n
                            .get(p.len()..)
                            .unwrap_or_default()
                            .starts_with(char::is_alphanumeric))
            }
            Contains(p) => n.contains(p),
        };
        if hit {
            return Some((kind, role));
        }
    }
    // A long list of related links after its label: "Further reading: A · B · C".
    let listed = n.matches(" \u{b7} ").count() + n.matches(" | ").count() >= 2;
    if len > MAX_PHRASE_UNIT && listed {
        let related = PHRASES
            .iter()
            .any(|&(pat, kind, _)| kind == Related && matches!(pat, Prefix(p) if n.starts_with(p)));
        if related {
            return Some((Related, Role::Line));
        }
    }
    if len <= MAX_PHRASE_UNIT {
        if let Some(hit) = labelled_widget(text, &n) {
            return Some(hit);
        }
    }
    if has_word(&n, "twei") && len <= MAX_PHRASE_UNIT {
        return Some((Monetisation, Role::Line));
    }
    if is_breadcrumb(&n) {
        return Some((Navigation, Role::Line));
    }
    if n == "..." || n.is_empty() && !text.trim().is_empty() {
        return Some((Navigation, Role::Weak));
    }
    None
}

/// Widgets the phrase table names only by their label: a label in two languages ("Lo más leído
/// / Most read"), a label heading its own items ("Read next: A · B", "Share: Facebook Twitter"),
/// and a prompt ending in its button ("Get our briefing every morning. Subscribe").
fn labelled_widget(text: &str, n: &str) -> Option<(RemovedKind, Role)> {
    if text.contains(" / ") {
        let hit = text
            .split(" / ")
            .filter_map(classify)
            .find(|&(_, role)| role != Role::Weak);
        if hit.is_some() {
            return hit;
        }
    }
    if let Some((label, _)) = n.split_once(": ") {
        let starts_list = PHRASES.iter().find_map(|&(pat, kind, role)| {
            (matches!(pat, Exact(p) if p == label)
                && role == Role::Start
                && matches!(kind, Related | Share | Tags))
            .then_some(kind)
        });
        if let Some(kind) = starts_list {
            return Some((kind, Role::Line));
        }
    }
    let button = [" subscribe", " subscribe now", " sign up", " sign up now"]
        .iter()
        .any(|b| n.ends_with(b));
    (button && !text.trim_end().ends_with(['.', '!', '?'])).then_some((Subscribe, Role::Line))
}

fn has_word(s: &str, w: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|x| x == w)
}

/// Comment-thread lines recognised by shape rather than phrase: "5 Comments", "Comments (12)",
/// "3 thoughts on ...", "NAME says:", "2 hours ago", "March 3, 2024 at 10:32 am".
fn comment_shape(n: &str, len: usize) -> Option<(RemovedKind, Role)> {
    // "Rakib H. (20 Jan 2025, 09:14): Good piece.": a name, its timestamp, then the comment.
    let stamped = n.find(" (").filter(|&open| open <= 40).is_some_and(|open| {
        let name_words = n[..open].split_whitespace().count();
        n[open..].find("):").is_some_and(|close| {
            close <= 40 && (1..=4).contains(&name_words) && has_clock(&n[open..open + close])
        })
    });
    if stamped {
        return Some((Comments, Role::Weak));
    }
    if len > 120 {
        return None;
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    let count_word = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "one" | "no" | "two" | "three")
    };
    match words.as_slice() {
        [c, "comment" | "comments" | "responses" | "replies" | "response" | "reply"]
            if count_word(c) =>
        {
            return Some((Comments, Role::Start))
        }
        ["comments" | "comment", c]
            if c.trim_matches(['(', ')'])
                .chars()
                .all(|c| c.is_ascii_digit()) =>
        {
            return Some((Comments, Role::Start))
        }
        [c, "thoughts" | "thought" | "responses" | "response" | "replies", "on" | "to", ..]
            if count_word(c) =>
        {
            return Some((Comments, Role::Start))
        }
        _ => {}
    }
    // "Jane says:" and "Jane says: March 3, 2024 at 10:32 am"; "The minister says: we will
    // talk" is prose.
    if let Some(pos) = words.iter().position(|w| w.trim_end_matches(':') == "says") {
        if (1..=4).contains(&pos) && (pos + 1 == words.len() || has_clock(n)) {
            return Some((Comments, Role::Weak));
        }
    }
    // "2 hours ago", "a day ago".
    if words.len() <= 4 && words.last() == Some(&"ago") {
        return Some((Comments, Role::Weak));
    }
    // A timestamp alone: "March 3, 2024 at 10:32 am".
    if words.len() <= 8 && has_clock(n) && n.contains(" at ") {
        return Some((Comments, Role::Weak));
    }
    // A commenter's name and the time of the comment: "hanbit_77 · 19 Nov 2025 10:12",
    // "J. Lee | March 3, 2024, 10:32".
    // Not a byline ("By Jane Doe | Published 2024-06-02 10:32").
    let byline = n.starts_with("by ")
        || ["published", "updated", "posted", "modified"]
            .iter()
            .any(|w| n.contains(w));
    if words.len() <= 9 && has_clock(n) && !byline {
        let sep = ["\u{b7}", " | ", " \u{2014} ", " \u{2013} ", " - "]
            .iter()
            .find_map(|sep| n.split_once(sep));
        if let Some((name, when)) = sep {
            let name_words = name.split_whitespace().count();
            if (1..=3).contains(&name_words) && when.chars().any(|c| c.is_ascii_digit()) {
                return Some((Comments, Role::Weak));
            }
        }
    }
    None
}

/// "10:32", "10:32 am", "9.15pm".
fn has_clock(n: &str) -> bool {
    let b = n.as_bytes();
    b.windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    }) || n.contains(" am") && n.chars().any(|c| c.is_ascii_digit())
        || n.contains(" pm") && n.chars().any(|c| c.is_ascii_digit())
}

/// "Home » World » Asia", "Home > News > Politics".
fn is_breadcrumb(n: &str) -> bool {
    n.len() <= 120
        && n.starts_with("home")
        && ["\u{bb}", " > ", " / ", "\u{203a}"]
            .iter()
            .any(|sep| n.matches(sep).count() >= 1)
}

/// A unit that is not prose: a line of a widget, a name, a heading.
pub(crate) fn is_short(text: &str) -> bool {
    // More than 80 characters take more than 80 bytes: long paragraphs are not counted through.
    if text.len() > 80 * 4 {
        return false;
    }
    let len = text.chars().count();
    let words = text.split_whitespace().count();
    let sentence = text.trim_end().ends_with(['.', '!', '?', '"', '\'']) && words >= 6;
    len <= 80 && words <= 12 && !sentence
}

/// Marks each unit as kept (`None`) or boilerplate of a kind.
pub(crate) fn mark(units: &[UnitView<'_>]) -> Vec<Option<RemovedKind>> {
    let n = units.len();
    let class: Vec<Option<(RemovedKind, Role)>> = units.iter().map(|u| classify(u.text)).collect();
    let short: Vec<bool> = units.iter().map(|u| is_short(u.text)).collect();
    let is_evidence = |i: usize| {
        matches!(class.get(i), Some(Some((Comments, _))))
            && !matches!(class.get(i), Some(Some((Comments, Role::Start))) if !is_avatar(units[i].text))
    };
    // For each unit, the first unit from it on that is boilerplate or prose (`None`: only
    // unclassified short lines remain).
    let mut next_signal: Vec<Option<usize>> = vec![None; n];
    let mut upcoming = None;
    for i in (0..n).rev() {
        if class[i].is_some() || !short[i] {
            upcoming = Some(i);
        }
        next_signal[i] = upcoming;
    }
    let mut out: Vec<Option<RemovedKind>> = vec![None; n];
    let first_body = (0..n).find(|&i| !short[i] && class[i].is_none());

    // Sections and lines.
    let mut i = 0;
    while i < n {
        let Some((kind, role)) = class[i] else {
            i += 1;
            continue;
        };
        let after_body = first_body.is_some_and(|b| i > b);
        if role == Role::Weak {
            i += 1;
            continue;
        }
        out[i] = Some(kind);
        if role == Role::Line || !after_body {
            i += 1;
            continue;
        }
        // A section: sweep forward.
        let mut current = kind;
        let mut thread =
            kind == Comments && (is_evidence(i) || (i + 1..n.min(i + 7)).any(is_evidence));
        let mut j = i + 1;
        while j < n {
            match class[j] {
                Some((k, Role::Start | Role::Line)) => {
                    current = k;
                    if k == Comments {
                        thread = thread || is_evidence(j) || (j + 1..n.min(j + 7)).any(is_evidence);
                    }
                    out[j] = Some(k);
                }
                Some((k, Role::Weak)) => {
                    if k == Comments && current != Comments {
                        current = Comments;
                        thread = true;
                    }
                    out[j] = Some(current);
                }
                // A short line belongs to the section when more boilerplate follows it (the
                // items of a list) or nothing but short lines do; a sub-heading before the next
                // paragraph of the story does not.
                None if current == Comments && thread => out[j] = Some(current),
                None if short[j] && next_signal[j].is_none_or(|q| class[q].is_some()) => {
                    out[j] = Some(current)
                }
                None => break,
            }
            j += 1;
        }
        i = j;
    }

    // Weak units next to boilerplate take its kind, in both directions.
    for i in 0..n {
        if out[i].is_none() && matches!(class[i], Some((_, Role::Weak))) {
            if let Some(Some(k)) = i.checked_sub(1).map(|p| out[p]) {
                out[i] = Some(k);
            }
        }
    }
    for i in (0..n).rev() {
        if out[i].is_none() && matches!(class[i], Some((_, Role::Weak))) {
            if let Some(k) = out.get(i + 1).copied().flatten() {
                out[i] = Some(k);
            }
        }
    }

    // A run of short lines after the last paragraph of the body goes as a unit when it holds
    // boilerplate; each line takes the kind of the nearest boilerplate before it.
    let last_prose = (0..n).rev().find(|&i| out[i].is_none() && !short[i]);
    let tail_start = last_prose.map_or(0, |p| p + 1);
    if tail_start < n && first_body.is_some() {
        let weak = (tail_start..n)
            .filter(|&i| matches!(class[i], Some((_, Role::Weak))))
            .count();
        let strong = (tail_start..n).any(|i| out[i].is_some());
        if strong || weak >= 2 {
            // Lines before the first boilerplate of the run stay: they may end the story.
            let mut current = None;
            for i in tail_start..n {
                match (out[i], class[i]) {
                    (Some(k), _) => current = Some(k),
                    (None, Some((k, _))) => {
                        let k = current.unwrap_or(k);
                        out[i] = Some(k);
                        current = Some(k);
                    }
                    (None, None) => out[i] = current,
                }
            }
        }
    }
    out
}

fn is_avatar(text: &str) -> bool {
    text.to_lowercase().contains("avatar")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_classified_with_their_role() {
        let cases: &[(&str, Option<(RemovedKind, Role)>)] = &[
            ("5 Comments", Some((Comments, Role::Start))),
            ("Comments (12)", Some((Comments, Role::Start))),
            ("**3 comments**", Some((Comments, Role::Start))),
            (
                "**Rakib H.** (20 Jan 2025, 09:14): Good piece. China should mediate.",
                Some((Comments, Role::Weak)),
            ),
            (
                "The minister (speaking at 10:30) said talks would resume.",
                None,
            ),
            (
                "3 thoughts on \"Iran offers talks\"",
                Some((Comments, Role::Start)),
            ),
            ("Avatar of Bella Ciao", Some((Comments, Role::Start))),
            ("Jane Doe says:", Some((Comments, Role::Weak))),
            ("March 3, 2024 at 10:32 am", Some((Comments, Role::Weak))),
            ("2 hours ago", Some((Comments, Role::Weak))),
            ("Add your comment", Some((Comments, Role::Start))),
            ("Log in to reply", Some((Comments, Role::Weak))),
            (
                "Read-to-Earn opportunity",
                Some((Monetisation, Role::Start)),
            ),
            ("You earned: None", Some((Monetisation, Role::Line))),
            (
                "Price for report instance: 1 Twei",
                Some((Monetisation, Role::Line)),
            ),
            ("Share this:", Some((Share, Role::Start))),
            ("Share on WhatsApp", Some((Share, Role::Start))),
            ("Tweet", Some((Share, Role::Weak))),
            ("Related Articles", Some((Related, Role::Start))),
            (
                "Read more: Iran and Pakistan agree to talks",
                Some((Related, Role::Line)),
            ),
            ("Leave a Reply", Some((ReplyForm, Role::Start))),
            ("Leave a Reply Cancel reply", Some((ReplyForm, Role::Start))),
            (
                "Your email address will not be published. Required fields are marked *",
                Some((ReplyForm, Role::Line)),
            ),
            ("Name*", Some((ReplyForm, Role::Line))),
            ("Back to top button", Some((Navigation, Role::Line))),
            ("Home » World » Asia", Some((Navigation, Role::Line))),
            ("Tags: Iran, Pakistan", Some((Tags, Role::Start))),
            ("Filed under: Diplomacy", Some((Tags, Role::Start))),
            ("ADVERTISEMENT", Some((Advertisement, Role::Line))),
            ("- Advertisement -", Some((Advertisement, Role::Line))),
            (
                "Story continues below advertisement",
                Some((Advertisement, Role::Line)),
            ),
            (
                "We use cookies to improve your experience. By using this site you agree.",
                Some((CookieNotice, Role::Line)),
            ),
            ("Subscribe to our newsletter", Some((Subscribe, Role::Line))),
            (
                "Sign up for our daily briefing",
                Some((Subscribe, Role::Line)),
            ),
            (
                "Read next: Kenya offers to host summit \u{b7} Uganda reopens border",
                Some((Related, Role::Line)),
            ),
            (
                "Most popular: Talks collapse in Geneva",
                Some((Related, Role::Line)),
            ),
            (
                "Partager / Share: Facebook Twitter",
                Some((Share, Role::Line)),
            ),
            ("Les plus lus / Most read", Some((Related, Role::Start))),
            (
                "Get the Gulf briefing: our editors on Iran and Oman, daily. Sign up",
                Some((Subscribe, Role::Line)),
            ),
            (
                "It is a treaty to which neither Iran nor Oman is ready to subscribe.",
                None,
            ),
            ("Trade / investment talks resumed in Doha on Monday.", None),
            ("The ministry said in reply that talks would resume.", None),
            (
                "Comments by the minister drew a sharp response from Kabul.",
                None,
            ),
            ("Background to the Conflict", None),
            ("Iran offers to share intelligence with Pakistan", None),
            ("Tehran", None),
            (
                "Subscribers to the ministry's newsletter were told of the talks.",
                None,
            ),
            ("Supporters used the rally to call for talks.", None),
        ];
        for (text, want) in cases {
            assert_eq!(classify(text), *want, "{text:?}");
        }
    }

    fn marks(units: &[&str]) -> Vec<Option<RemovedKind>> {
        let views: Vec<UnitView> = units.iter().map(|t| UnitView { text: t }).collect();
        mark(&views)
    }

    const PROSE: &str = "Iran offered on Tuesday to mediate between Pakistan and Afghanistan after talks in Istanbul collapsed.";
    const PROSE2: &str = "Officials in Islamabad said they would study the proposal, while Kabul has not yet responded to it.";

    #[test]
    fn a_comment_thread_runs_to_the_end() {
        let got = marks(&[
            PROSE,
            "5 Comments",
            "Avatar of Ana",
            "Ana",
            PROSE2,
            "Avatar of Bo",
            "Bo",
            PROSE2,
        ]);
        assert_eq!(
            got,
            [
                None,
                Some(Comments),
                Some(Comments),
                Some(Comments),
                Some(Comments),
                Some(Comments),
                Some(Comments),
                Some(Comments)
            ]
        );
    }

    #[test]
    fn a_comments_header_without_comments_spares_the_body() {
        let got = marks(&[PROSE, "Comments", PROSE2, PROSE]);
        assert_eq!(got, [None, Some(Comments), None, None]);
        let got = marks(&["0 Comments", PROSE, PROSE2]);
        assert_eq!(got, [Some(Comments), None, None]);
    }

    #[test]
    fn weak_words_go_only_with_their_neighbours() {
        let got = marks(&[PROSE, "Share this:", "Facebook", "Email", "Print", PROSE2]);
        assert_eq!(
            got,
            [
                None,
                Some(Share),
                Some(Share),
                Some(Share),
                Some(Share),
                None
            ]
        );
        let got = marks(&[PROSE, "Email", PROSE2]);
        assert_eq!(got, [None, None, None]);
        // A sub-heading after a share bar starts the next part of the story.
        let got = marks(&[
            PROSE,
            "Share this:",
            "Facebook",
            "Background to the talks",
            PROSE2,
        ]);
        assert_eq!(got, [None, Some(Share), Some(Share), None, None]);
    }

    #[test]
    fn a_trailing_run_of_short_lines_goes_as_a_unit() {
        let got = marks(&[
            PROSE,
            "Related Articles",
            "Leave a Reply",
            "Your email address will not be published.",
            "Back to top button",
        ]);
        assert_eq!(
            got,
            [
                None,
                Some(Related),
                Some(ReplyForm),
                Some(ReplyForm),
                Some(Navigation)
            ]
        );
        let got = marks(&[PROSE, "Facebook", "Twitter", "Copy link"]);
        assert_eq!(got, [None, Some(Share), Some(Share), Some(Share)]);
        let got = marks(&[PROSE, "Background", PROSE2, "Iran", "Pakistan"]);
        assert_eq!(got, [None, None, None, None, None]);
        let got = marks(&[PROSE, "The talks go on.", "Facebook", "Twitter"]);
        assert_eq!(got, [None, None, Some(Share), Some(Share)]);
    }
}
