//! Article parsing, case by case: each fixture in `tests/parser/` with the headline, outlet,
//! dateline, byline, publication date, paragraph count and boilerplate kinds it must give, and
//! the body sentences that must survive. Then general properties over the seed articles, and a
//! check that no byte string makes the parser panic.

use explorer_core::article::parse;
use explorer_core::{Article, Precision, RemovedKind};
use std::path::PathBuf;
use RemovedKind::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/parser")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What one fixture must parse to. `published` is `(YYYY-MM-DD, basis)` of a one-day date.
struct Case {
    file: &'static str,
    title: &'static str,
    derived: bool,
    source: Option<&'static str>,
    dateline: Option<&'static str>,
    byline: Option<&'static str>,
    published: Option<(&'static str, &'static str)>,
    paragraphs: usize,
    removed: &'static [RemovedKind],
    /// Text that must be in the body.
    kept: &'static [&'static str],
    /// Text that must not be in the body.
    gone: &'static [&'static str],
    notes: &'static [&'static str],
}

const BASE: Case = Case {
    file: "",
    title: "",
    derived: false,
    source: None,
    dateline: None,
    byline: None,
    published: None,
    paragraphs: 0,
    removed: &[],
    kept: &[],
    gone: &[],
    notes: &[],
};

/// Sentences shared by many fixtures.
const P1: &str = "Qatar has offered to host a new round of talks between the Democratic Republic of Congo and Rwanda";
const P2: &str =
    "The foreign ministry said envoys from both capitals had accepted the invitation in principle";
const P3: &str = "Analysts said the offer built on an earlier framework signed in Washington";

fn cases() -> Vec<Case> {
    vec![
        // HTML: entities, metadata, scripts, styles, comments, escaped markup kept as text.
        Case {
            file: "html_entities.html",
            title: "Oman hosts US\u{2013}Iran talks in Muscat",
            source: Some("Gulf Ledger"),
            dateline: Some("MUSCAT, April 12, 2025 (Reuters)"),
            published: Some(("2025-04-12", "dateline")),
            paragraphs: 3,
            removed: &[Markup, Markup, Markup, Markup, Markup],
            kept: &[
                "Oman's foreign minister shuttled between the two delegations",
                "\"The atmosphere was constructive,\" one diplomat said.",
                "caf\u{e9} across the street was closed & guarded\u{2026}",
                "<script>alert(1)</script> as a joke",
                "2 < 3 metres apart \u{2014} a detail noted by reporters\u{2026}",
            ],
            gone: &["dataLayer", "font-family", "not text", "enable JavaScript", "DOCTYPE", "&amp;", "&mdash;"],
            ..BASE
        },
        // A full page: the logo <h1> and site header are not the headline; containers marked
        // by element or class are kept aside with their kind.
        Case {
            file: "html_page.html",
            title: "Qatar offers Congo\u{2013}Rwanda talks",
            source: Some("The Lakes Herald"),
            byline: Some("By Sara Ahmed | 2 June 2024"),
            published: Some(("2024-06-02", "publication line")),
            paragraphs: 3,
            removed: &[Navigation, Navigation, Share, Advertisement, Related, Comments, Navigation],
            kept: &[P1, P2, P3],
            gone: &["Lakes Herald", "Great Lakes", "Home", "WhatsApp", "Advertisement", "Luanda", "Amani", "rights reserved"],
            ..BASE
        },
        // Deeply nested, unclosed tags and stray `<` in text.
        Case {
            file: "html_nested.htm",
            title: "Algeria offers to mediate in Mali",
            dateline: Some("ALGIERS, 2024-01-15"),
            published: Some(("2024-01-15", "dateline")),
            paragraphs: 3,
            kept: &[
                "Algeria offered on Monday to mediate between Mali's government",
                "Officials said 3 < 5 delegations had replied so far, and the unclosed tags should not swallow text.",
                "The last paragraph still counts.",
            ],
            gone: &["<div>", "<b>", "<i>"],
            ..BASE
        },
        // A whole page in a .txt file is read as HTML; the site name comes from the title.
        Case {
            file: "page_in_txt.txt",
            title: "Kenya hosts Sudan talks",
            source: Some("Daily Wire"),
            paragraphs: 2,
            kept: &["Kenya said on Monday it would host talks", "Diplomats said the talks would build"],
            gone: &["doctype", "<p>", "Daily Wire"],
            ..BASE
        },
        // HTML remnants in a .txt: tags removed, entities decoded, line breaks kept (a `<br>`
        // between sentences parts them).
        Case {
            file: "remnants.txt",
            title: "Chile offers to help Bolivia and Peru",
            paragraphs: 3,
            kept: &["Chile's foreign minister said", "talks between Bolivia & Peru", "could take place in Lima.",
                "No date was set."],
            gone: &["<p>", "</p>", "<br>", "&amp;", "&#39;"],
            ..BASE
        },
        // BOM, CRLF, smart quotes, runs of spaces, trailing whitespace.
        Case {
            file: "bom_crlf.txt",
            title: "Turkey offers to host Russia\u{2013}Ukraine grain talks",
            paragraphs: 2,
            kept: &[
                "Turkey's president said on Tuesday that Ankara was \"ready to host\" a new round of talks between Moscow and Kyiv on Black Sea shipping.",
                "Kyiv 'welcomed any effort' that kept ports open.",
            ],
            gone: &["\r", "\u{feff}", "  ", "\u{2019}", "\u{201c}"],
            ..BASE
        },
        Case {
            file: "utf16le.txt",
            title: "Norway to facilitate Colombia talks",
            paragraphs: 2,
            kept: &["Norway said on Friday it would facilitate renewed talks"],
            notes: &["decoded as UTF-16 (little-endian)"],
            ..BASE
        },
        Case {
            file: "cp1252.txt",
            title: "Egypt and Qatar push for Gaza truce",
            paragraphs: 2,
            kept: &["Cairo's intelligence chief", "deal was \"within reach\"", "\"positive\" \u{2013} and the caf\u{e9}s of Doha"],
            notes: &["invalid UTF-8: decoded as Windows-1252"],
            ..BASE
        },
        // No headline: a short title derived from the lead, flagged.
        Case {
            file: "no_headline.txt",
            title: "Kenya's president offered on Thursday to mediate between Ethiopia and Eritrea\u{2026}",
            derived: true,
            paragraphs: 3,
            kept: &["Kenya's president offered on Thursday to mediate between Ethiopia and Eritrea over the disputed border town of Badme"],
            ..BASE
        },
        // An outlet line before the headline.
        Case {
            file: "source_line.txt",
            title: "Brazil offers to mediate between Venezuela and Guyana",
            source: Some("Reuters"),
            paragraphs: 2,
            kept: &["Brazil's foreign minister said on Wednesday"],
            gone: &["Reuters"],
            ..BASE
        },
        // A section label above the headline is not the headline.
        Case {
            file: "kicker.txt",
            title: "Why Qatar keeps getting the call",
            paragraphs: 3,
            kept: &["Analysis", P1, P2],
            ..BASE
        },
        // Datelines, one per shape.
        Case {
            file: "dateline_wire_date.txt",
            title: "Qatar offers Congo-Rwanda talks",
            source: Some("Reuters"),
            dateline: Some("DOHA, March 3, 2024 (Reuters)"),
            published: Some(("2024-03-03", "dateline")),
            paragraphs: 2,
            kept: &[P1, P2],
            gone: &["DOHA", "(Reuters)"],
            ..BASE
        },
        Case {
            file: "dateline_iso.txt",
            title: "Algeria steps in",
            dateline: Some("ALGIERS, 2024-01-15"),
            published: Some(("2024-01-15", "dateline")),
            paragraphs: 2,
            kept: &["Algeria offered on Monday to mediate between Mali"],
            gone: &["ALGIERS", "2024-01-15"],
            ..BASE
        },
        Case {
            file: "dateline_paren_date.txt",
            title: "India rejects third-party role on Kashmir",
            dateline: Some("NEW DELHI (Tuesday, 23 July 2019)"),
            published: Some(("2019-07-23", "dateline")),
            paragraphs: 2,
            kept: &["India on Tuesday rejected an offer of mediation on Kashmir"],
            gone: &["NEW DELHI"],
            ..BASE
        },
        Case {
            file: "dateline_region.txt",
            title: "Iran proposes regional contact group",
            dateline: Some("Tehran, Iran"),
            paragraphs: 2,
            kept: &["Iran's foreign minister proposed a regional contact group"],
            gone: &["Tehran, Iran"],
            ..BASE
        },
        Case {
            file: "dateline_wire.txt",
            title: "Taliban welcome Qatari role",
            source: Some("AP"),
            dateline: Some("KABUL (AP)"),
            paragraphs: 2,
            kept: &["The Taliban welcomed Qatar's offer to continue mediating with Washington"],
            gone: &["KABUL"],
            ..BASE
        },
        Case {
            file: "dateline_colon.txt",
            title: "Britain backs Norwegian mediation",
            dateline: Some("LONDON"),
            paragraphs: 2,
            kept: &["Britain said on Friday it backed Norway's efforts"],
            gone: &["LONDON"],
            ..BASE
        },
        // Bylines and publication lines.
        Case {
            file: "byline_by.txt",
            title: "Saudi Arabia hosts Sudan ceasefire talks",
            byline: Some("By Jane Doe, Reuters | Published 16 May 2025"),
            published: Some(("2025-05-16", "publication line")),
            paragraphs: 2,
            kept: &["Saudi Arabia and the United States hosted a new round of talks in Jeddah"],
            gone: &["Jane Doe", "Published"],
            ..BASE
        },
        Case {
            file: "byline_updated.txt",
            title: "Ethiopia and Egypt resume dam talks",
            byline: Some("By Ahmed Salah and Maria Lopez | Updated: 3 March 2024 10:00 GMT"),
            published: Some(("2024-03-03", "publication line")),
            paragraphs: 2,
            kept: &["Ethiopia and Egypt resumed talks on the Grand Ethiopian Renaissance Dam"],
            gone: &["Ahmed Salah", "GMT"],
            ..BASE
        },
        // A numeric date line under a headline long enough to look hard-wrapped.
        Case {
            file: "date_line_under_long_headline.txt",
            title: "Afghan-Pakistani talks in Doha end without deal on border mechanism",
            byline: Some("20.02.2026 | 16:40 PKT | By Saima Qureshi"),
            dateline: Some("ISLAMABAD"),
            published: Some(("2026-02-20", "publication line")),
            paragraphs: 2,
            kept: &["Talks between Pakistan and Afghanistan resumed in Doha on Wednesday"],
            gone: &["PKT", "Saima Qureshi"],
            ..BASE
        },
        // A credit beside the date: "Interview by ... · 5 February 2026".
        Case {
            file: "interview_credit_date.txt",
            title: "A former negotiator on three decades of talks",
            byline: Some("Interview by Anna Melikyan \u{b7} 5 February 2026"),
            dateline: Some("YEREVAN"),
            published: Some(("2026-02-05", "publication line")),
            paragraphs: 2,
            kept: &["Vahe Sargsyan spent thirteen years in the delegation"],
            gone: &["Anna Melikyan"],
            ..BASE
        },
        Case {
            file: "byline_posted.txt",
            title: "Vatican envoy visits Kyiv",
            byline: Some("Posted on March 3, 2024 by admin"),
            published: Some(("2024-03-03", "publication line")),
            paragraphs: 2,
            kept: &["A Vatican envoy arrived in Kyiv on February 28, 2024"],
            gone: &["admin"],
            ..BASE
        },
        // A byline after the standfirst.
        Case {
            file: "standfirst_byline.txt",
            title: "Qatar offers Congo-Rwanda talks",
            byline: Some("By Jane Doe | March 3, 2024"),
            published: Some(("2024-03-03", "publication line")),
            paragraphs: 3,
            kept: &["Doha steps in after weeks of fighting around Goma", P1, P2],
            gone: &["Jane Doe"],
            ..BASE
        },
        // No printed date: the latest full date in the lead.
        Case {
            file: "lead_date.txt",
            title: "Angola mediates between Kinshasa and Kigali",
            published: Some(("2024-07-30", "latest date named in the lead")),
            paragraphs: 2,
            kept: &["in Luanda on July 30, 2024, after a first meeting on March 21, 2024"],
            ..BASE
        },
        // Comment threads in four shapes.
        Case {
            file: "comments_avatar.txt",
            title: "Iran offers to mediate",
            paragraphs: 2,
            removed: &[Comments],
            kept: &[P1, P2],
            gone: &["Avatar of", "Rosa", "kim_88", "welcome news", "Let us hope"],
            ..BASE
        },
        Case {
            file: "comments_wordpress.txt",
            title: "Norway hosts Venezuela talks",
            paragraphs: 2,
            removed: &[Comments],
            kept: &[P1, P2],
            gone: &["thoughts on", "says:", "10:32", "quiet diplomacy", "Reply", "Mexico City"],
            ..BASE
        },
        Case {
            file: "comments_disqus.txt",
            title: "Ghana offers Sahel talks",
            paragraphs: 2,
            removed: &[Comments],
            kept: &[P1, P3],
            gone: &["Join the discussion", "Log in to reply", "Kofi", "hours ago", "more soldiers"],
            ..BASE
        },
        Case {
            file: "comments_add.txt",
            title: "Switzerland offers good offices",
            paragraphs: 2,
            removed: &[Comments],
            kept: &[P2, P3],
            gone: &["Add your comment", "Your comment avatar", "Peter", "days ago", "Swiss neutrality"],
            ..BASE
        },
        // A comments header with no comments after it: the body paragraphs survive.
        Case {
            file: "comments_header_body.txt",
            title: "Kuwait mediates in Gulf rift",
            paragraphs: 3,
            removed: &[Comments],
            kept: &["Kuwait's emir said on Monday", "after comments by Saudi officials raised hopes", P2, P3],
            ..BASE
        },
        // Each other boilerplate kind.
        Case {
            file: "monetisation.txt",
            title: "Oman brokers prisoner swap",
            paragraphs: 2,
            removed: &[Monetisation],
            kept: &[P1, P2],
            gone: &["Read-to-Earn", "You earned", "Post Profit", "Twei", "Patreon", "..."],
            ..BASE
        },
        Case {
            file: "share.txt",
            title: "Turkey hosts Armenia-Azerbaijan talks",
            paragraphs: 2,
            removed: &[Share],
            kept: &[P1, P2],
            gone: &["Share this", "Facebook", "WhatsApp", "Print"],
            ..BASE
        },
        Case {
            file: "related.txt",
            title: "Indonesia offers to mediate in Myanmar",
            paragraphs: 2,
            removed: &[Related, Related],
            kept: &[P1, P2],
            gone: &["Read more", "Naypyidaw", "Related posts", "ASEAN leaders", "Thailand hosts"],
            ..BASE
        },
        Case {
            file: "reply_form.txt",
            title: "Qatar mediates in Chad",
            paragraphs: 2,
            removed: &[ReplyForm],
            kept: &[P1, P3],
            gone: &["Leave a Reply", "will not be published", "Name *", "Website", "Save my name", "Post Comment"],
            ..BASE
        },
        Case {
            file: "navigation.txt",
            title: "South Africa offers mediation",
            paragraphs: 2,
            removed: &[Navigation, Navigation],
            kept: &[P1, P2],
            gone: &["Skip to content", "Next article", "Egypt hosts Libya talks", "Back to top"],
            ..BASE
        },
        Case {
            file: "tags.txt",
            title: "Egypt hosts Libya talks",
            paragraphs: 2,
            removed: &[Tags],
            kept: &[P1, P3],
            gone: &["Tags:", "Filed under"],
            ..BASE
        },
        Case {
            file: "advertisement.txt",
            title: "Kazakhstan hosts Syria talks",
            paragraphs: 3,
            removed: &[Advertisement, Advertisement],
            kept: &[P1, P2, P3],
            gone: &["ADVERTISEMENT", "continues below"],
            ..BASE
        },
        Case {
            file: "cookie.txt",
            title: "Japan offers to mediate between Iran and the US",
            paragraphs: 2,
            removed: &[CookieNotice],
            kept: &[P1, P2],
            gone: &["cookies", "By continuing"],
            ..BASE
        },
        Case {
            file: "subscribe.txt",
            title: "Mexico offers to host Venezuela talks",
            paragraphs: 2,
            removed: &[Subscribe, Subscribe],
            kept: &[P1, P2],
            gone: &["newsletter", "Sign up"],
            ..BASE
        },
        // Markdown: "# Headline", bold, links, images, "Source:" lines, sub-headings.
        Case {
            file: "markdown.md",
            title: "Ghana and Togo agree to joint border talks",
            source: Some("Africa Wire"),
            dateline: Some("ACCRA, June 2, 2024"),
            published: Some(("2024-06-02", "dateline")),
            paragraphs: 3,
            removed: &[Markup],
            kept: &[
                "Ghana and Togo agreed to open border talks mediated by the Economic Community of West African States",
                "What happens next",
                "The first session is due in Lom\u{e9} later this month.",
            ],
            gone: &["#", "**", "](", "map.png", "Source:", "Originally published"],
            ..BASE
        },
        // Front matter and a block of fields at the top: metadata, kept aside as markup.
        Case {
            file: "front_matter.md",
            title: "Qatar offers Congo-Rwanda talks",
            source: Some("The Lakes Herald"),
            byline: Some("Jane Doe"),
            published: Some(("2024-03-03", "metadata")),
            paragraphs: 2,
            removed: &[Markup],
            kept: &[P1, P2],
            gone: &["---", "title:", "congo\n", "Qatar offers Congo-Rwanda talks"],
            ..BASE
        },
        Case {
            file: "field_block.txt",
            title: "Qatar offers Congo-Rwanda talks",
            source: Some("Lakes Wire"),
            published: Some(("2024-03-03", "metadata")),
            paragraphs: 2,
            removed: &[Markup],
            kept: &[P1, P2],
            gone: &["Title:", "URL:", "example.org"],
            ..BASE
        },
        // A hard-wrapped paragraph becomes one paragraph.
        Case {
            file: "wrapped.txt",
            title: "Norway says Sudan talks to resume",
            paragraphs: 2,
            kept: &[
                "talks between Sudan's warring parties would resume in Jeddah next week, with Saudi Arabia and the United States acting as co-mediators",
                "had broken down over humanitarian access",
            ],
            gone: &["\n\n\n"],
            ..BASE
        },
    ]
}

fn check_invariants(a: &Article) {
    assert!(!a.title.trim().is_empty(), "{}: empty title", a.file);
    assert!(!a.paragraphs.is_empty(), "{}: no paragraphs", a.file);
    let joined: Vec<&str> = a.paragraphs.iter().map(|&s| a.paragraph(s)).collect();
    assert_eq!(
        joined.join("\n\n"),
        a.text,
        "{}: paragraphs do not tile the text",
        a.file
    );
    for p in &joined {
        assert!(!p.trim().is_empty(), "{}: empty paragraph", a.file);
        assert_eq!(p.trim(), *p, "{}: untrimmed paragraph {p:?}", a.file);
        assert!(
            !p.contains("\n\n"),
            "{}: paragraph holds a paragraph break",
            a.file
        );
    }
    for r in &a.removed {
        assert!(
            !r.text.trim().is_empty(),
            "{}: empty removed {:?}",
            a.file,
            r.kind
        );
    }
}

#[test]
fn fixtures_parse_to_their_expected_articles() {
    let mut failures = Vec::new();
    for c in cases() {
        let a = match parse(c.file, &fixture(c.file)) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{}: not parsed: {}", c.file, e.0));
                continue;
            }
        };
        check_invariants(&a);
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("{}: {what}: got {got}", c.file));
            }
        };
        check("title", a.title == c.title, format!("{:?}", a.title));
        check(
            "title_derived",
            a.title_derived == c.derived,
            format!("{}", a.title_derived),
        );
        check(
            "source",
            a.source.as_deref() == c.source,
            format!("{:?}", a.source),
        );
        check(
            "dateline",
            a.dateline.as_deref() == c.dateline,
            format!("{:?}", a.dateline),
        );
        check(
            "byline",
            a.byline.as_deref() == c.byline,
            format!("{:?}", a.byline),
        );
        let published = a.published.as_ref().map(|p| {
            assert_eq!(p.earliest, p.latest, "{}: published is not one day", c.file);
            assert_eq!(p.precision, Precision::Day);
            (p.earliest.to_string(), p.basis.clone())
        });
        let want = c.published.map(|(d, b)| (d.to_string(), b.to_string()));
        check("published", published == want, format!("{published:?}"));
        check(
            "paragraphs",
            a.paragraphs.len() == c.paragraphs,
            format!("{} in {:?}", a.paragraphs.len(), a.text),
        );
        let kinds: Vec<RemovedKind> = a.removed.iter().map(|r| r.kind).collect();
        check("removed kinds", kinds == c.removed, format!("{kinds:?}"));
        for k in c.kept {
            check(
                "kept",
                a.text.contains(k),
                format!("no {k:?} in {:?}", a.text),
            );
        }
        for g in c.gone {
            check(
                "gone",
                !a.text.contains(g),
                format!("{g:?} still in {:?}", a.text),
            );
        }
        check("notes", a.notes == c.notes, format!("{:?}", a.notes));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn boilerplate_is_kept_aside_verbatim() {
    let a = parse("monetisation.txt", &fixture("monetisation.txt")).unwrap();
    assert_eq!(
        a.removed[0].text,
        "Read-to-Earn opportunity\nTime to Read\nYou earned: None\n\nPost Profit\nEarned for Pluses\n...\nProfit Subtotal, Twei ...\n\nSupport us on Patreon"
    );
    let a = parse("comments_wordpress.txt", &fixture("comments_wordpress.txt")).unwrap();
    assert!(a.removed[0].text.starts_with("2 thoughts on \u{201c}Norway hosts Venezuela talks\u{201d}\n\nMaria says:\nMarch 3, 2024 at 10:32 am"));
    assert!(a.removed[0]
        .text
        .ends_with("ended without a deal.\n\nReply"));
    let a = parse("html_entities.html", &fixture("html_entities.html")).unwrap();
    assert_eq!(
        a.removed[0].text,
        "<style>body { font-family: serif; } p > a { color: red; }</style>"
    );
}

#[test]
fn files_that_are_not_articles_say_why() {
    let cases = [
        ("empty.txt", "empty file"),
        ("whitespace.md", "empty file"),
        ("binary.txt", "not text: contains NUL bytes"),
        ("controls.txt", "not text: binary content"),
        (
            "only_boilerplate.txt",
            "no article text left after removing boilerplate (navigation, reply form, share bar)",
        ),
    ];
    for (file, reason) in cases {
        assert_eq!(
            parse(file, &fixture(file)).map(|a| a.title),
            Err(explorer_core::article::NotAnArticle(reason.into())),
            "{file}"
        );
    }
}

/// The five seed articles: general properties only.
#[test]
fn seeds_parse_with_titles_clean_bodies_and_no_boilerplate_left() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    const LEFTOVERS: [&str; 12] = [
        "Avatar of",
        "Leave a Reply",
        "Back to top",
        "Related Articles",
        "Read-to-Earn",
        "Comment-to-Earn",
        "Twei",
        "You earned",
        "Comments\n",
        "Required fields",
        "Post Profit",
        "\u{2019}",
    ];
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let a = parse(&name, &bytes).unwrap_or_else(|e| panic!("{name}: {}", e.0));
        check_invariants(&a);
        for l in LEFTOVERS {
            assert!(!a.text.contains(l), "{name}: {l:?} left in the body");
        }
        // A file whose first line is a short headline keeps it as the title, not in the body.
        let raw = String::from_utf8_lossy(&bytes);
        let first = raw.lines().next().unwrap_or_default().trim();
        if first.split_whitespace().count() >= 5 && first.len() < 120 && !first.ends_with('.') {
            assert_eq!(a.title, first, "{name}");
            assert!(!a.title_derived);
            assert!(
                !a.text.starts_with(first),
                "{name}: headline repeated in the body"
            );
        }
        if a.title_derived {
            assert!(
                a.title.chars().count() <= 81,
                "{name}: derived title too long: {}",
                a.title
            );
            let lead = a.paragraph(a.paragraphs[0]);
            let stem = a.title.trim_end_matches('\u{2026}');
            assert!(
                lead.starts_with(stem),
                "{name}: derived title {stem:?} is not the start of the lead"
            );
        }
    }
}

/// A small deterministic generator, so the test is reproducible without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn parse_never_panics_on_arbitrary_bytes() {
    // Pieces that exercise every stage, mixed with random bytes.
    const PIECES: [&[u8]; 24] = [
        b"<p>",
        b"</div>",
        b"<script>",
        b"<!--",
        b"-->",
        b"&amp;",
        b"&#x",
        b"\r\n",
        b"\n\n",
        b"\xef\xbb\xbf",
        b"\xe2\x80\x99",
        b"\x93",
        b"DOHA, March 3, 2024 (Reuters) - ",
        b"By Jane Doe",
        b"5 Comments\n\n",
        b"Avatar of X\n\n",
        b"# ",
        b"**",
        b"[a](b",
        b"<a title='",
        b"Share this:\n",
        b"2024-01-15",
        b"\xff\xfe",
        b"Tuesday, ",
    ];
    let mut rng = Lcg(0x5eed);
    for round in 0..4000 {
        let len = (rng.next() % 300) as usize;
        let mut bytes = Vec::with_capacity(len * 2);
        while bytes.len() < len {
            if rng.next().is_multiple_of(3) {
                bytes.extend_from_slice(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
            } else {
                let b = rng.next() as u8;
                // Mostly printable text, sometimes anything.
                bytes.push(if rng.next().is_multiple_of(8) {
                    b
                } else {
                    b' ' + b % 95
                });
            }
        }
        let name = ["a.txt", "b.html", "c.md"][round % 3];
        if let Ok(a) = parse(name, &bytes) {
            check_invariants(&a);
        }
    }
}
