//! The Mediation Explorer web app: a thin Yew front end over explorer-core.
//!
//! The app renders state and sends actions; anything that can be decided without a browser is
//! decided in explorer-core. [`platform`] is the only module that touches browser APIs.

pub mod components;
pub mod platform;
pub mod state;

/// Mounts the app on the document body.
pub fn start() {
    yew::Renderer::<components::app::App>::new().render();
}
