//! The Mediation Explorer web app (Yew).
pub fn start() {}
