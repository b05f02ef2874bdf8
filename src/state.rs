//! The app's state as a pure reducer: actions in, state out; no browser calls here.

use explorer_core::bundle::Bundle;
use std::rc::Rc;
use yew::Reducible;

/// What the app shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub corpus: Load,
    /// The file name of the open article, if any (`article=` in the address).
    pub article: Option<String>,
}

/// Where loading the bundle stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Load {
    #[default]
    Loading,
    Ready(Rc<Bundle>),
    Failed(String),
}

pub enum Action {
    Loaded(Result<Bundle, String>),
    /// The address changed (a link opened, Back or Forward): the view it names.
    FromAddress(Option<String>),
    Open(String),
    Close,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Loaded(Ok(bundle)) => next.corpus = Load::Ready(Rc::new(bundle)),
            Action::Loaded(Err(e)) => next.corpus = Load::Failed(e),
            Action::FromAddress(article) => next.article = article,
            Action::Open(file) => next.article = Some(file),
            Action::Close => next.article = None,
        }
        Rc::new(next)
    }
}
