//! Which tool made a file: its version (Cargo.toml) and, in a built single file, the build it came
//! from (the commit, written into the page by tools/single-file.mjs and read by the edge). Shown in
//! the footer and written into every export, so the secretariat can tell which tool sent a report.

/// The tool's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// "0.1.0 (abc1234)", or "0.1.0" when the build is not known (a development build, a test).
pub fn made_with(build: &str) -> String {
    let build: String = build
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    if build.is_empty() {
        VERSION.to_owned()
    } else {
        format!("{VERSION} ({build})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_version_and_a_clean_build() {
        assert_eq!(made_with(""), VERSION);
        assert_eq!(made_with("abc1234"), format!("{VERSION} (abc1234)"));
        assert_eq!(
            made_with("a\"<b>\r\n"),
            format!("{VERSION} (ab)"),
            "a build id is plain"
        );
    }
}
