//! Every user-facing string of the UI chrome, in both languages. Playbook content lives in
//! `core::playbook`; these are the words around it.

use crate::core::text::{t, Text};

/// A string used as an action's name (in labels such as "削除: 件名").
pub type Label = Text;

pub const APP_NAME: Text = t(
    "情報セキュリティ事故 対応ナビ",
    "Security Incident Navigator",
);
pub const APP_LEAD: Text = t(
    "岐阜県「情報セキュリティ事故 対応マニュアル Ver.1.5」に沿って、今やることを順番に案内します。入力した内容はこのブラウザの中だけに保存され、外部には送信されません。",
    "Guides you step by step through Gifu Prefecture's Information Security Incident Response Manual (Ver. 1.5). What you enter is kept only in this browser and is never sent anywhere.",
);
pub const SKIP_TO_MAIN: Text = t("本文へ移動", "Skip to main content");
pub const SWITCH_LANG: Text = t("English", "日本語");
pub const SWITCH_LANG_LABEL: Text = t("Switch to English", "日本語に切り替える");
pub const HOME: Text = t("ホーム", "Home");
pub const START_NEW: Text = t("事故の対応を始める", "Start responding to an incident");
pub const CONTACT_TITLE: Text = t("すぐに報告・相談", "Report and get advice now");
pub const CONTACT_SHORT: Text = t("報告先 IT最適化係", "Report to: IT Optimisation Unit");
pub const EXTENSION: Text = t("内線", "Extension");
pub const AFTER_HOURS: Text = t("時間外", "After hours");
pub const FIRST_RULES_TITLE: Text = t("まず最初に", "Before anything else");
pub const DRAFTS_TITLE: Text = t("記録中の事故", "Incidents on record");
pub const NO_DRAFTS: Text = t("まだ記録はありません。", "No incidents recorded yet.");
pub const UNTITLED: Text = t("（件名なし）", "(untitled)");
pub const OPEN: Text = t("開く", "Open");
pub const KNOWN_ON: Text = t("事故を知った日", "Day the incident became known");
pub const KNOWN_ON_HINT: Text = t(
    "県のどの所属の職員でも、誰かが最初に知った日です（事務局や所属長が聞いた日ではありません。内部犯行では本人を除く）。個人情報保護委員会への報告期限はこの日から数えます。",
    "The day any staff member of any section first learned of it (not the day the secretariat or your head of section heard; in an insider case, not counting the person who did it). The PPC deadlines count from this day.",
);
pub const KNOWN_ON_MISSING: Text = t(
    "未入力: 報告期限を計算できません。",
    "Not entered: the deadlines cannot be worked out.",
);
pub const TOOL_OWN: Text = t("（このツール独自の分類）", "(this tool's own wording)");
pub const TODAY: Text = t("今日", "Today");
pub const YESTERDAY: Text = t("昨日", "Yesterday");
pub const LAST_SAVED: Text = t("最終更新", "Last changed");
pub const PROGRESS: Text = t("完了", "done");
pub const STATUS_OPEN: Text = t("対応中", "In progress");
pub const STATUS_CLOSED: Text = t("完了", "Closed");
pub const SAVE_COPY: Text = t(
    "このツールをオフライン用に保存（HTMLファイル1つ）",
    "Save this tool for offline use (one HTML file)",
);
pub const SAVE_COPY_FAILED: Text = t(
    "保存用のコピーを作れませんでした。ブラウザのメニューの「名前を付けて保存」を使ってください。",
    "Could not make the copy. Use your browser's \"Save page as\" instead.",
);
pub const MANUAL_CREDIT: Text = t(
    "内容: 岐阜県情報セキュリティ委員会「情報セキュリティ事故 対応マニュアル Ver.1.5」（事務局: 総務部情報企画課）",
    "Content: Information Security Incident Response Manual Ver. 1.5, Gifu Prefecture Information Security Committee (secretariat: Information Planning Division)",
);
pub const SAVED_AT: Text = t("保存しました", "Saved");
pub const SAVE_FAILED_FULL: Text = t(
    "保存できません: ブラウザの保存領域がいっぱいです。入力はこの画面にだけ残っています。このタブを閉じないでください。",
    "Cannot save: the browser's storage is full. Your input exists only on this screen. Do not close this tab.",
);
pub const SAVE_FAILED_UNAVAILABLE: Text = t(
    "保存できません: このブラウザでは保存が無効になっています。入力はこの画面にだけ残っています。このタブを閉じないでください。",
    "Cannot save: storage is switched off in this browser. Your input exists only on this screen. Do not close this tab.",
);
pub const SAVE_FAILED_OTHER: Text = t(
    "保存できません。入力はこの画面にだけ残っています:",
    "Cannot save. Your input exists only on this screen:",
);
// New incident
pub const NEW_TITLE: Text = t("何が起きましたか？", "What happened?");
pub const NEW_LEAD: Text = t(
    "当てはまる状況をすべて選んでください。事故の種類が自動で選ばれます。下の一覧で直接選ぶこともできます（複数可）。",
    "Choose every situation that applies; the incident types are chosen for you. You can also choose types directly in the list below (more than one is fine).",
);
pub const SYMPTOMS_LEGEND: Text = t("よくある状況", "Common situations");
pub const KINDS_LEGEND: Text = t(
    "事故の種類（マニュアル 3章）",
    "Incident type (manual chapter 3)",
);
pub const CASES: Text = t(
    "事例と発覚のきっかけ",
    "Example cases and how they come to light",
);
pub const TRIGGERS: Text = t("発覚のきっかけ", "How it comes to light");
pub const BEGIN: Text = t("この種類で対応を始める", "Start with these types");
pub const CHOOSE_A_KIND: Text = t(
    "事故の種類を1つ以上選んでください。",
    "Choose at least one incident type.",
);
pub const BACK: Text = t("戻る", "Back");
// Incident
pub const TITLE_LABEL: Text = t("件名（何が起きたか短く）", "Title (what happened, briefly)");
pub const TITLE_HINT: Text = t(
    "例: USBメモリ紛失（通勤電車）",
    "e.g. USB stick lost on the commuter train",
);
pub const KINDS_OF_INCIDENT: Text = t("事故の種類", "Incident types");
pub const CHANGE_KINDS: Text = t("種類を変更する", "Change the types");
pub const FLOW_NAV: Text = t("対応の流れ", "Response flow");
pub const SECTION: Text = t("マニュアル", "Manual");
pub const ALSO_IN: Text = t("同じ対応:", "Same task in:");
pub const WHO: Text = t("担当・手続き:", "Who / how:");
pub const NOTE: Text = t("メモ", "Note");
pub const SINCE_MANUAL: Text = t("マニュアル以後の変更:", "Changed since the manual:");
pub const DONE_AT: Text = t("完了", "Done");
pub const FACTS_LEGEND: Text = t("事実関係を整理する", "Establish the facts");
pub const SEVERITY_LEGEND: Text = t("被害の重要度を判定する", "Judge how serious the damage is");
pub const REPORTER_LEGEND: Text = t("通報者の記録", "Who reported it");
pub const CAUTION: Text = t("注意", "Caution");
pub const POINT_TO_NOTE: Text = t("留意点", "Points to note");
pub const NEXT_STEP: Text = t("次にやること", "Next step");
pub const GO_TO_STEP: Text = t("この項目へ移動", "Go to this step");
pub const ALL_DONE: Text = t("すべての項目が完了しました。", "Every step is done.");
// Drafts, backup, failures
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
pub const LEGAL_MOVED: Text = t("報告義務の判断に使う質問（本人の数、保護の状況など）は、判定のすぐ下にあります:", "The questions that decide the reporting duties (number of people, protection, etc.) are right under the verdicts:");
pub const LEGAL_HINT: Text = t("マニュアル以後の法改正（2023年4月）で必要になった確認です。わからないときは「わからない」を選んでください。", "Checks needed since the law changed after the manual (April 2023). If you do not know, choose \"Not known\".");
pub const DUE: Text = t("期限", "due");
pub const NAV_DUTIES: Text = t("報告義務と期限", "Duties and deadlines");
pub const NAV_EXPORT: Text = t("報告書を送る", "Send the report");
