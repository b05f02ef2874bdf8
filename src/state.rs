//! The app's state as a pure reducer: actions in, state out. No browser calls here; the address
//! bar is kept in step by an effect that reads [`AppState::history`].

use explorer_core::bundle::Bundle;
use explorer_core::search::{DateMode, Ignored, PartialDate, Query, Sort};
use explorer_core::Status;
use std::rc::Rc;
use yew::Reducible;

/// What the app shows. The whole view is `query`, so it is all in the address.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub corpus: Load,
    pub query: Query,
    /// Parts of the address that were ignored; shown in a notice until dismissed.
    pub ignored: Vec<Ignored>,
    /// How the last change enters the browser's history.
    pub history: HistoryMode,
    /// The last change was a keystroke in the search box.
    pub typing: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            corpus: Load::Loading,
            query: Query {
                page: 1,
                ..Query::default()
            },
            ignored: Vec::new(),
            history: HistoryMode::Keep,
            typing: false,
        }
    }
}

/// A value shared by reference and compared by identity. A loaded bundle is one value for its
/// whole life, and comparing 10,000 articles on every render (as `Rc`'s own `PartialEq` would)
/// costs more than the render itself.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }

    pub fn as_ptr(this: &Shared<T>) -> *const T {
        Rc::as_ptr(&this.0)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Where loading the bundle stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Load {
    #[default]
    Loading,
    Ready(Shared<Bundle>),
    Failed(String),
}

/// How a change of view is recorded in history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// The view came from the address (a link, Back, Forward): leave history alone.
    Keep,
    /// A new step: Back returns to the previous view.
    Push,
    /// Typing: each keystroke replaces the entry its first keystroke pushed.
    Replace,
}

/// The filterable facets, with their URL parameter names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Pair,
    Mediator,
    Status,
    Country,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Pair, Facet::Mediator, Facet::Status, Facet::Country];

    /// The URL parameter and `data-facet` name.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Pair => "pair",
            Facet::Mediator => "mediator",
            Facet::Status => "status",
            Facet::Country => "country",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Facet::Pair => "Country pair",
            Facet::Mediator => "Mediator",
            Facet::Status => "Status",
            Facet::Country => "Country mentioned",
        }
    }

    /// Whether `key` is selected in `q`.
    pub fn is_selected(self, q: &Query, key: &str) -> bool {
        match self {
            Facet::Pair => q.pairs.iter().any(|v| v == key),
            Facet::Mediator => q.mediators.iter().any(|v| v == key),
            Facet::Country => q.countries.iter().any(|v| v == key),
            Facet::Status => Status::parse(key).is_some_and(|s| q.statuses.contains(&s)),
        }
    }

    /// Selects or deselects `key` in `q`.
    pub fn toggle(self, q: &mut Query, key: &str) {
        fn flip(values: &mut Vec<String>, key: &str) {
            match values.iter().position(|v| v == key) {
                Some(i) => {
                    values.remove(i);
                }
                None => values.push(key.to_string()),
            }
        }
        match self {
            Facet::Pair => flip(&mut q.pairs, key),
            Facet::Mediator => flip(&mut q.mediators, key),
            Facet::Country => flip(&mut q.countries, key),
            Facet::Status => {
                if let Some(s) = Status::parse(key) {
                    match q.statuses.iter().position(|v| *v == s) {
                        Some(i) => {
                            q.statuses.remove(i);
                        }
                        None => q.statuses.push(s),
                    }
                }
            }
        }
    }
}

/// One active filter, as the list of current filters shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    Text(String),
    /// Only the reader's own articles.
    Own,
    Value(Facet, String),
    From(PartialDate),
    To(PartialDate),
}

impl Filter {
    /// Every active filter of a query, in the order the panels show them.
    pub fn all(q: &Query) -> Vec<Filter> {
        let mut v = Vec::new();
        if !q.text.trim().is_empty() {
            v.push(Filter::Text(q.text.clone()));
        }
        if q.own {
            v.push(Filter::Own);
        }
        v.extend(
            q.pairs
                .iter()
                .map(|k| Filter::Value(Facet::Pair, k.clone())),
        );
        v.extend(
            q.mediators
                .iter()
                .map(|k| Filter::Value(Facet::Mediator, k.clone())),
        );
        v.extend(
            q.statuses
                .iter()
                .map(|s| Filter::Value(Facet::Status, s.name().to_string())),
        );
        v.extend(
            q.countries
                .iter()
                .map(|k| Filter::Value(Facet::Country, k.clone())),
        );
        v.extend(q.from.map(Filter::From));
        v.extend(q.to.map(Filter::To));
        v
    }

    /// The query without this filter.
    pub fn remove_from(&self, q: &Query) -> Query {
        let mut q = q.clone();
        match self {
            Filter::Text(_) => q.text.clear(),
            Filter::Own => q.own = false,
            Filter::Value(facet, key) => facet.toggle(&mut q, key),
            Filter::From(_) => q.from = None,
            Filter::To(_) => q.to = None,
        }
        q.page = 1;
        q
    }
}

pub enum Action {
    Loaded(Box<Result<Bundle, String>>),
    /// The address changed (a link opened, Back or Forward): the query it holds.
    FromAddress(String),
    SetText(String),
    Toggle(Facet, String),
    Remove(Filter),
    ClearAll,
    /// Replaces the whole query (a link inside the app: "more on this pair", an overview cell).
    Go(Query),
    SetRange(Option<PartialDate>, Option<PartialDate>),
    SetDateMode(DateMode),
    SetUndated(bool),
    /// Only the reader's own articles, or every article.
    SetOwn(bool),
    SetSort(Option<Sort>),
    SetPage(u32),
    Open(String),
    Close,
    DismissNotice,
}

impl AppState {
    /// The open article's number in the corpus, if it is in the corpus.
    pub fn open_article(&self) -> Option<usize> {
        let Load::Ready(bundle) = &self.corpus else {
            return None;
        };
        let file = self.query.article.as_ref()?;
        bundle.corpus.articles.iter().position(|a| &a.file == file)
    }

    /// Reads a query from an address, dropping what the corpus does not have once it is loaded.
    fn adopt_address(&mut self, address: &str) {
        let parsed = Query::parse(address);
        self.query = parsed.query;
        self.ignored = parsed.ignored;
        self.validate();
    }

    fn validate(&mut self) {
        if let Load::Ready(bundle) = &self.corpus {
            let unknown = bundle.index.validate(&mut self.query);
            self.ignored.extend(unknown);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.history = HistoryMode::Push;
        next.typing = false;
        match action {
            Action::Loaded(loaded) => {
                match *loaded {
                    Ok(bundle) => {
                        next.corpus = Load::Ready(Shared::new(bundle));
                        next.validate();
                    }
                    Err(e) => next.corpus = Load::Failed(e),
                }
                next.history = HistoryMode::Keep;
            }
            Action::FromAddress(address) => {
                next.adopt_address(&address);
                next.history = HistoryMode::Keep;
            }
            Action::SetText(text) => {
                if text == self.query.text {
                    return self;
                }
                next.query.text = text;
                next.query.page = 1;
                next.query.article = None;
                // The first keystroke is a new step; the rest of the typing refines it.
                next.history = if self.typing {
                    HistoryMode::Replace
                } else {
                    HistoryMode::Push
                };
                next.typing = true;
            }
            Action::Toggle(facet, key) => {
                facet.toggle(&mut next.query, &key);
                next.query.page = 1;
                next.query.article = None;
            }
            Action::Remove(filter) => {
                next.query = filter.remove_from(&next.query);
                next.query.article = None;
            }
            Action::ClearAll => {
                next.query = Query {
                    page: 1,
                    sort: next.query.sort,
                    ..Query::default()
                };
            }
            Action::Go(query) => next.query = query,
            Action::SetRange(from, to) => {
                next.query.from = from;
                next.query.to = to;
                next.query.page = 1;
                next.query.article = None;
            }
            Action::SetDateMode(mode) => {
                next.query.dates = mode;
                next.query.page = 1;
            }
            Action::SetUndated(on) => {
                next.query.include_undated = on;
                next.query.page = 1;
            }
            Action::SetOwn(on) => {
                next.query.own = on;
                next.query.page = 1;
                next.query.article = None;
            }
            Action::SetSort(sort) => {
                next.query.sort = sort;
                next.query.page = 1;
            }
            Action::SetPage(page) => next.query.page = page.max(1),
            Action::Open(file) => next.query.article = Some(file),
            Action::Close => next.query.article = None,
            Action::DismissNotice => {
                next.ignored.clear();
                next.history = HistoryMode::Keep;
            }
        }
        next.query.normalize();
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}
