//! Runnel's stand-in for `unicode_names2`, patched in for ruff_python_parser.
//!
//! ruff uses the crate for one thing: Python's `"\N{NAME}"` string escapes. The real
//! crate's Unicode name tables weigh about half a megabyte in the browser build, and
//! streaming scripts do not use such escapes; here every name is unknown, so the parser
//! reports an escape like that as an error at its line and column ("write the
//! character itself, or `\uXXXX`", says the README).

/// The character named `name` in the Unicode standard: never known here.
pub fn character(_name: &str) -> Option<char> {
    None
}
