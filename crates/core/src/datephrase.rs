//! Explicit date phrases in running text ("March 3, 2024", "16 May 2025", "early October 2025").
