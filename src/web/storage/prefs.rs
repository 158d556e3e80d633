//! The small things the browser remembers besides incidents: the language, the reporter's
//! settings, whether the user has read where drafts live, when a backup was last made.

use super::{classify, Backend, StorageError, Store};
use super::{LANG_KEY, LAST_BACKUP_KEY, SETTINGS_KEY, STORAGE_NOTICE_KEY};
use crate::core::report::settings::Settings;
use crate::core::text::Lang;
use crate::core::time::Timestamp;

impl<B: Backend> Store<B> {
    /// The language chosen last time, if any.
    pub fn load_lang(&self) -> Option<Lang> {
        match self.backend.get(LANG_KEY).ok()??.as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// Remembers the language; failing to is harmless (the default is Japanese).
    pub fn save_lang(&self, lang: Lang) {
        let _ = self.backend.set(LANG_KEY, lang.tag());
    }

    /// The reporter's settings; empty ones when none are stored or they cannot be read.
    pub fn load_settings(&self) -> Settings {
        let text = self
            .backend
            .get(SETTINGS_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        serde_json::from_str::<Settings>(&text)
            .map(|s| s.cleaned())
            .unwrap_or_default()
    }

    /// Stores the reporter's settings.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StorageError> {
        let text = serde_json::to_string(settings).unwrap_or_default();
        self.backend.set(SETTINGS_KEY, &text).map_err(classify)
    }

    /// Whether the user has read where drafts live.
    pub fn storage_notice_read(&self) -> bool {
        self.backend
            .get(STORAGE_NOTICE_KEY)
            .ok()
            .flatten()
            .is_some()
    }

    /// When a backup was last downloaded, if ever.
    pub fn load_last_backup(&self) -> Option<Timestamp> {
        let text = self.backend.get(LAST_BACKUP_KEY).ok()??;
        text.parse().ok().map(Timestamp)
    }

    /// Remembers when a backup was downloaded.
    pub fn save_last_backup(&self, at: Timestamp) {
        let _ = self.backend.set(LAST_BACKUP_KEY, &at.0.to_string());
    }

    /// Remembers that the user has read it.
    pub fn mark_storage_notice_read(&self) {
        let _ = self.backend.set(STORAGE_NOTICE_KEY, "1");
    }
}
