//! The words of the drafts list, backup and restore, and of saving and loading when they fail.

use crate::core::text::{t, Text};

pub const DOWNLOAD_BACKUP: Text = t(
    "すべての記録をバックアップ（ファイルに保存）",
    "Back up all records (save to a file)",
);
pub const DOWNLOAD_BACKUP_NOW: Text =
    t("今すぐバックアップをダウンロード", "Download a backup now");
pub const RESTORE_BACKUP: Text = t("バックアップから復元", "Restore from a backup");
pub const RESTORE_HINT: Text = t(
    "このツールで保存したバックアップ（.json）または事故ファイル（.json）を選んでください。",
    "Choose a backup (.json) or incident file (.json) saved by this tool.",
);
pub const RESTORE_FAILED: Text = t(
    "このファイルは復元できません。何も変更していません:",
    "This file cannot be restored. Nothing was changed:",
);
pub const RESTORE_UNREADABLE: Text = t(
    "ブラウザがファイルを読めませんでした。",
    "The browser could not read the file.",
);
pub const RESTORE_TOO_LARGE: Text = t(
    "ファイルが大きすぎます（{} MB。上限は32 MB）。",
    "the file is too large ({} MB; the limit is 32 MB).",
);
pub const RESTORE_INCIDENT_TOO_LARGE: Text = t(
    "1件の記録のファイルとしては大きすぎます（{} MB。上限は4 MB）。バックアップのファイルなら32 MBまで読めます。",
    "too large for one incident's file ({} MB; the limit is 4 MB). A backup file may be up to 32 MB.",
);
pub const RESTORE_NOT_OURS: Text = t(
    "このツールのバックアップや記録（JSON）のファイルではありません。",
    "it is not a backup or record (JSON) file of this tool.",
);
pub const RESTORE_TOO_MANY: Text = t(
    "記録が多すぎます（{}件。上限は2,000件）。",
    "it holds too many records ({}; the limit is 2,000).",
);
pub const RESTORE_WHICH: Text = t("{}件目の記録: ", "record {}: ");
pub const RESTORE_NEWER: Text = t(
    "このツールの新しい版で作られています。新しい版で開いてください。",
    "it was made by a newer version of this tool; open it with that version.",
);
pub const RESTORE_RECORD_TOO_LARGE: Text = t(
    "大きすぎます（1件の上限は4 MB）。",
    "too large (the limit for one record is 4 MB).",
);
pub const RESTORE_DAMAGED: Text = t(
    "中身が壊れているか、形式が違います。",
    "its contents are damaged or of another shape.",
);
pub const RESTORE_NEWER_Q: Text = t(
    "バックアップの方が新しい記録があります。バックアップの内容で上書きしますか？",
    "Some records are newer in the backup. Replace them with the backup's version?",
);
pub const RESTORE_REPLACE: Text = t("バックアップの内容で上書き", "Use the backup's version");
pub const RESTORE_KEEP: Text = t("今の内容を残す", "Keep the current version");
pub const STORAGE_NOTICE: Text = t(
    "記録は、このブラウザの中に、このファイルの置き場所ごとに保存されます。ファイルを移動したり、ブラウザのデータを消去したりすると、記録は見えなくなります。大切な記録は「バックアップ」でファイルに保存してください。",
    "Records are kept inside this browser, separately for each location of this file. Moving the file or clearing browser data makes them disappear. Keep important records safe with \"Back up\".",
);
pub const UNDERSTOOD: Text = t("わかりました", "Understood");
pub const QUARANTINE_TITLE: Text = t(
    "保存されていた記録のうち、壊れていて読めないものがありました。元のデータは消さずに残してあります。ほかの記録はそのまま使えます。",
    "Some stored records were damaged and could not be read. Their raw data is kept, not deleted. All other records work as usual.",
);
pub const UNREADABLE_DAMAGED: Text = t("中身が壊れています", "the contents are damaged");
pub const UNREADABLE_TOO_LARGE: Text = t(
    "大きすぎます（{}バイト。1件の上限は4,194,304バイト）",
    "too large ({} bytes; the limit for one record is 4,194,304 bytes)",
);
pub const NEWER_RECORDS: Text = t(
    "このツールの新しい版で作られた記録があります。この版では開かず、変更もしません。新しい版のツールで開いてください:",
    "Some records were made by a newer version of this tool. This version leaves them untouched; open them with the newer version:",
);
pub const QUARANTINE_DOWNLOAD: Text = t(
    "読めなかったデータをダウンロード（事務局への相談用）",
    "Download the unreadable data (to send to the secretariat)",
);
pub const SET_ASIDE_KEPT: Text = t(
    "破棄するまで、このブラウザに残し、ここに表示します。",
    "They stay in this browser, and listed here, until you discard them.",
);
pub const SET_ASIDE_DOWNLOAD: Text = t("ダウンロード", "Download");
pub const SET_ASIDE_DOWNLOADED: Text = t("ダウンロード済み", "downloaded");
pub const SET_ASIDE_DISCARD: Text = t("破棄", "Discard");
pub const SET_ASIDE_DISCARD_Q: Text = t(
    "この記録をこのブラウザから削除します。元に戻せません（ダウンロードしたファイルは残ります）。削除しますか？",
    "This removes the record from this browser for good; it cannot be undone (a file you downloaded is kept). Remove it?",
);
pub const SET_ASIDE_DISCARD_YES: Text = t("削除する", "Remove it");
pub const CONFLICT_TITLE: Text = t(
    "この記録は、別のタブ（または別のウィンドウ）でも変更されました。どちらを残しますか？",
    "This record was also changed in another tab or window. Which version do you want to keep?",
);
pub const CONFLICT_THEIRS: Text = t("別のタブの内容を使う", "Use the other tab's version");
pub const CONFLICT_MINE: Text = t("このタブの内容で上書き", "Keep this tab's version");
pub const UPDATED_ELSEWHERE: Text = t(
    "別のタブでの変更を反映しました。",
    "Updated with a change made in another tab.",
);
pub const DELETED: Text = t("記録を削除しました。", "Record deleted.");
pub const UNDO: Text = t("元に戻す", "Undo");
pub const RESTORED: Text = t("復元しました", "Restored");
pub const ADDED: Text = t("{}件を追加", "{} added");
pub const BROUGHT_BACK: Text = t(
    "{}件を「削除した記録」から戻しました",
    "{} brought back from deleted records",
);
pub const REPLACED: Text = t(
    "{}件をファイルの内容で上書き",
    "{} replaced by the file's version",
);
pub const KEPT: Text = t(
    "{}件はこのブラウザの方が新しいか同じなので変更なし",
    "{} unchanged (this browser's copy is newer or the same)",
);
pub const NO_DRAFTS_HERE: Text = t(
    "このブラウザの、この場所のファイルには、まだ記録がありません。",
    "There are no records for this file in this browser yet.",
);
pub const NO_DRAFTS_WHY: Text = t(
    "記録はブラウザの中に、ファイルの置き場所ごとに保存されます。別の場所に置いたファイルや別のブラウザで作った記録は、そのファイルをその場所で開くか、バックアップのファイルから復元してください。",
    "Records are kept inside the browser, separately for each place the file is opened from. Records made with a copy in another place, or in another browser, open there; or restore them here from a backup file.",
);
pub const BACKUP_DUE_SINCE: Text = t(
    "前回のバックアップ（{}）のあとに記録が変わっています。パソコンの入れ替えやブラウザのデータ消去に備えて、バックアップを保存してください。",
    "Records have changed since the last backup ({}). Save a backup in case this PC is replaced or browser data is cleared.",
);
pub const BACKUP_DUE_NEVER: Text = t(
    "記録のバックアップがまだありません。パソコンの入れ替えやブラウザのデータ消去に備えて、バックアップを保存してください。",
    "There is no backup of the records yet. Save one in case this PC is replaced or browser data is cleared.",
);
pub const LIST_SEP: Text = t("、", ", ");
pub const NOTHING_IN_FILE: Text = t(
    "ファイルに記録がありませんでした",
    "the file held no records",
);
pub const DUPLICATE: Text = t("複製", "Duplicate");
pub const MARK_DONE: Text = t("対応完了にする", "Mark as closed");
pub const REOPEN: Text = t("対応中に戻す", "Reopen");
pub const ARCHIVE: Text = t("アーカイブ", "Archive");
pub const UNARCHIVE: Text = t("一覧に戻す", "Back to the list");
pub const DELETE: Text = t("削除", "Delete");
pub const ARCHIVED_TITLE: Text = t("アーカイブ済み", "Archived");
pub const DELETED_TITLE: Text = t(
    "削除した記録（元に戻せます）",
    "Deleted records (can be brought back)",
);
pub const RESTORE_DELETED: Text = t("元に戻す", "Bring back");
pub const PURGE: Text = t("完全に削除", "Delete for good");
pub const PURGE_CONFIRM: Text = t(
    "完全に削除すると元に戻せません。本当に削除しますか？",
    "Deleting for good cannot be undone. Delete it?",
);
pub const PURGE_YES: Text = t("はい、完全に削除する", "Yes, delete for good");
pub const CANCEL: Text = t("やめる", "Cancel");
pub const ACTIONS_FOR: Text = t("操作", "Actions");
pub const DRILLS_TITLE: Text = t("訓練", "Drills");
pub const DRILLS_HINT: Text = t(
    "訓練の記録です。実際の事故の一覧・件数には含めません。",
    "Drill records. They are never listed or counted among real incidents.",
);
pub const PURGE_DRILLS: Text = t("訓練の記録をすべて削除", "Delete all drill records");
pub const PURGE_DRILLS_CONFIRM: Text = t(
    "訓練の記録 {} 件を完全に削除します。元に戻せません。実際の事故の記録は削除しません。",
    "This deletes {} drill records for good. It cannot be undone. Records of real incidents are kept.",
);
pub const PURGE_DRILLS_YES: Text = t(
    "はい、訓練の記録をすべて削除する",
    "Yes, delete all drill records",
);
pub const DRILLS_RESTORED: Text = t("訓練の記録{}件を追加", "{} drill records added");
