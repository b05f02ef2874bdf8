//! Reference data compiled into the core: states, organisations, non-state groups and
//! officeholders (see `data/README.md` for sources and licences).
