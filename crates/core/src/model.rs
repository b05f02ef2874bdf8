//! The records of the explorer: articles, what was removed from them, and what was extracted.
//!
//! These types are the `explorer extract` JSON contract (field names never change; new fields
//! may be added) and they are also what the bundle stores, so the browser decodes exactly what
//! the build wrote. Binary formats such as postcard are not self-describing, so no field here may
//! be skipped conditionally.

use crate::date::DateInterval;
use serde::{Deserialize, Serialize};

/// A byte range `start..end` into an article's `text`. Serialises as `[start, end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span(pub u32, pub u32);

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span(start as u32, end as u32)
    }
    pub fn start(self) -> usize {
        self.0 as usize
    }
    pub fn end(self) -> usize {
        self.1 as usize
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
}

/// What `explorer extract` prints and what the bundle holds: every usable article of a folder,
/// and every file that was not used, with the reason.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
}

/// The articles of a corpus in order of file name, to find one by name without a scan: built
/// once per corpus ([`FileIndex::new`]), then each lookup is a binary search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileIndex(Vec<u32>);

impl FileIndex {
    pub fn new(corpus: &Corpus) -> FileIndex {
        let mut order: Vec<u32> = (0..corpus.articles.len() as u32).collect();
        order.sort_by(|&a, &b| {
            corpus.articles[a as usize]
                .file
                .cmp(&corpus.articles[b as usize].file)
        });
        FileIndex(order)
    }

    /// The number of the article named `file` in `corpus` (the corpus this was built from).
    pub fn find(&self, corpus: &Corpus, file: &str) -> Option<usize> {
        let name = |i: u32| {
            corpus
                .articles
                .get(i as usize)
                .map_or("", |a| a.file.as_str())
        };
        let at = self.0.partition_point(|&i| name(i) < file);
        let i = *self.0.get(at)?;
        (name(i) == file).then_some(i as usize)
    }
}

/// A file of the corpus that is not an article, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

/// One news article: the parsed text and everything extracted from it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file name, without folders. Unique within a corpus.
    pub file: String,
    /// The headline, or a short title derived from the lead when none was printed.
    pub title: String,
    /// True when `title` was derived from the lead rather than printed as a headline.
    pub title_derived: bool,
    /// The outlet or source name, when printed.
    pub source: Option<String>,
    /// The dateline as printed ("DOHA, March 3, 2024 (Wire)"), when present.
    pub dateline: Option<String>,
    /// The byline as printed ("By Jane Doe"), when present.
    pub byline: Option<String>,
    /// The publication date, when one is printed.
    pub published: Option<DateInterval>,
    /// The cleaned body: paragraphs separated by a blank line (`"\n\n"`).
    pub text: String,
    /// Each paragraph of `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Boilerplate taken out of the body, in the order it appeared.
    pub removed: Vec<Removed>,
    /// Notes on how the file was read when it needed repair ("decoded as Windows-1252").
    pub notes: Vec<String>,
    /// ISO 3166-1 alpha-3 codes of the countries the article mentions, sorted.
    pub countries: Vec<String>,
    /// People named, with their office and country when known.
    pub people: Vec<Person>,
    /// Ids of the organisations named, sorted.
    pub organizations: Vec<String>,
    /// Unordered pairs of parties in dispute or in talks, each sorted, the list sorted.
    pub pairs: Vec<[String; 2]>,
    /// Mediation events, in the order of their evidence.
    pub events: Vec<MediationEvent>,
    /// Every recognised mention, with its span in `text`, in text order.
    pub mentions: Vec<Mention>,
    /// When this article is a near-duplicate (the same story from another outlet, or
    /// republished with small edits): the file of the article shown for the group.
    pub duplicate_of: Option<String>,
    /// For the article shown for a group of near-duplicates: the files of the others.
    pub also_reported_by: Vec<String>,
}

impl Article {
    /// The text of one paragraph.
    pub fn paragraph(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The best date to show and sort the article by: the publication date, else the date of the
    /// first dated event.
    pub fn date(&self) -> Option<&DateInterval> {
        self.published
            .as_ref()
            .or_else(|| self.events.iter().find_map(|e| e.date.as_ref()))
    }
}

/// A piece of boilerplate removed from an article, kept so nothing is silently lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: RemovedKind,
    pub text: String,
}

/// The kinds of boilerplate the parser recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovedKind {
    /// Reader comments: avatars, names, comment bodies, "Add your comment".
    Comments,
    /// Reward, earning and monetisation widgets ("Read-to-Earn", "Post Profit").
    Monetisation,
    /// Share bars ("Share on Facebook", "Tweet", "Copy link").
    Share,
    /// "Related articles", "Read more", "You may also like" lists.
    Related,
    /// "Leave a Reply" forms and their field labels.
    ReplyForm,
    /// "Back to top" buttons and similar navigation.
    Navigation,
    /// Tag and category lists.
    Tags,
    /// Advertisement markers.
    Advertisement,
    /// Cookie and consent notices.
    CookieNotice,
    /// Newsletter and subscription prompts.
    Subscribe,
    /// Script, style and other non-text HTML content.
    Markup,
}

impl RemovedKind {
    /// A label for people ("comments", "share bar").
    pub fn label(self) -> &'static str {
        match self {
            RemovedKind::Comments => "comments",
            RemovedKind::Monetisation => "monetisation widget",
            RemovedKind::Share => "share bar",
            RemovedKind::Related => "related articles",
            RemovedKind::ReplyForm => "reply form",
            RemovedKind::Navigation => "navigation",
            RemovedKind::Tags => "tags",
            RemovedKind::Advertisement => "advertisement",
            RemovedKind::CookieNotice => "cookie notice",
            RemovedKind::Subscribe => "subscription prompt",
            RemovedKind::Markup => "script or style",
        }
    }
}

/// A person named in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name in its reference form when known, else as printed.
    pub name: String,
    /// The office held, when stated or known ("Foreign Minister").
    pub office: Option<String>,
    /// The country of the office or person, alpha-3.
    pub country: Option<String>,
}

/// What a mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Country,
    Person,
    Organization,
    /// A non-state armed or political group (TTP, Hamas).
    Group,
}

/// One recognised name in `text`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: MentionKind,
    /// Alpha-3 code, organisation or group id, or the person's reference name.
    pub id: String,
    pub span: Span,
}

/// Where a mediation effort stands, as the evidence sentence says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Requested,
    Offered,
    Accepted,
    Rejected,
    Scheduled,
    Held,
    Agreed,
    Failed,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Requested,
        Status::Offered,
        Status::Accepted,
        Status::Rejected,
        Status::Scheduled,
        Status::Held,
        Status::Agreed,
        Status::Failed,
    ];

    /// The lower-case name used in JSON and URLs.
    pub fn name(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Offered => "offered",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Scheduled => "scheduled",
            Status::Held => "held",
            Status::Agreed => "agreed",
            Status::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|st| st.name().eq_ignore_ascii_case(s))
    }

    /// The CAMEO event code: requested 028 ("appeal for mediation"), offered 039 ("express intent
    /// to mediate"), accepted 038 ("accept mediation"), rejected 126 ("reject mediation"),
    /// scheduled 036 ("express intent to meet or negotiate": talks are set but not yet held),
    /// held 046 ("engage in negotiation"), agreed 057 ("sign formal agreement"), failed 165
    /// ("halt mediation").
    pub fn cameo(self) -> &'static str {
        match self {
            Status::Requested => "028",
            Status::Offered => "039",
            Status::Accepted => "038",
            Status::Rejected => "126",
            Status::Scheduled => "036",
            Status::Held => "046",
            Status::Agreed => "057",
            Status::Failed => "165",
        }
    }
}

/// A third party's mediation between parties, as one sentence of an article states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediationEvent {
    /// Always `"mediation"`; kept so other event kinds can join later.
    pub kind: String,
    /// States (alpha-3) or organisations (ids) mediating, sorted.
    pub mediators: Vec<String>,
    /// The parties between which mediation happens, sorted: states, or a group's id.
    pub parties: Vec<String>,
    pub status: Status,
    /// CAMEO code of the status.
    pub cameo: String,
    pub date: Option<DateInterval>,
    /// The sentence that says so.
    pub evidence: String,
    /// Where `evidence` is in `text`.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_index_finds_every_article_by_name_and_nothing_else() {
        let names = ["mine/z.txt", "b.txt", "a.txt", "c (2).txt", "c.txt"];
        let corpus = Corpus {
            articles: names
                .iter()
                .map(|n| Article {
                    file: n.to_string(),
                    ..Article::default()
                })
                .collect(),
            skipped: Vec::new(),
        };
        let files = FileIndex::new(&corpus);
        for (i, n) in names.iter().enumerate() {
            assert_eq!(files.find(&corpus, n), Some(i), "{n}");
        }
        for missing in ["", "a", "d.txt", "mine/", "zz"] {
            assert_eq!(files.find(&corpus, missing), None, "{missing}");
        }
        assert_eq!(FileIndex::default().find(&corpus, "a.txt"), None);
    }
}
