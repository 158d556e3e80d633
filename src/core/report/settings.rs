//! Who is reporting, kept in the browser: the same for every incident the user handles.

use serde::{Deserialize, Serialize};

/// The reporter's details and where reports go (issue: 所属, 報告者, 連絡先, secretariat email).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// 所属 (the section).
    #[serde(default)]
    pub section: String,
    /// 報告者 (name).
    #[serde(default)]
    pub reporter: String,
    /// 連絡先 (phone or extension).
    #[serde(default)]
    pub contact: String,
    /// The secretariat's email address; empty until the user gives it (not guessed).
    #[serde(default)]
    pub secretariat_email: String,
}

/// The longest a settings field may be.
pub const MAX_SETTING_CHARS: usize = 200;

impl Settings {
    /// Whether `email` looks like one address and nothing else: it goes into a mail header, so no
    /// spaces, commas, angle brackets or line breaks.
    pub fn is_valid_email(email: &str) -> bool {
        let Some((local, domain)) = email.split_once('@') else {
            return false;
        };
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && email.len() <= MAX_SETTING_CHARS
            && email
                .chars()
                .all(|c| c.is_ascii_graphic() && !"<>,;:\"()[]\\".contains(c))
            && !domain.contains('@')
    }

    /// The settings with every field trimmed to its limit and stripped of line breaks.
    pub fn cleaned(&self) -> Settings {
        let clean = |s: &str| {
            s.chars()
                .filter(|c| !c.is_control())
                .take(MAX_SETTING_CHARS)
                .collect::<String>()
        };
        Settings {
            section: clean(&self.section),
            reporter: clean(&self.reporter),
            contact: clean(&self.contact),
            secretariat_email: clean(self.secretariat_email.trim()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn emails() {
        for ok in ["it-saiteki@pref.gifu.lg.jp", "a.b+c@x.jp"] {
            assert!(Settings::is_valid_email(ok), "{ok}");
        }
        for bad in [
            "",
            "x",
            "a@b",
            "a b@c.jp",
            "a@c.jp\r\nBcc: x@y.z",
            "a@c.jp,b@d.jp",
            "<a@c.jp>",
            "a@@c.jp",
            "a@.jp",
        ] {
            assert!(!Settings::is_valid_email(bad), "{bad:?}");
        }
    }
}
