//! Search and facets over a corpus: the full-text index, facet counts and the URL query.
