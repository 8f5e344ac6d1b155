//! The `aims-lsp` language server (being built).
fn main() {}
