//! The words of the secretariat's register (issue 13).

use crate::core::text::{t, Text};

pub const TO_REGISTER: Text = t(
    "事務局の方へ: 受付台帳を開く",
    "For the secretariat: open the register",
);
pub const TO_CLERK: Text = t(
    "事故の対応（各所属用）に戻る",
    "Back to incident response (sections)",
);
pub const REGISTER_TITLE: Text = t("受付台帳", "Register of reports received");
pub const REGISTER_LEAD: Text = t(
    "各所属から届いた報告を取り込み、事故ごとに一行で管理します。台帳はこのブラウザに、各所属の記録とは別に保存されます。",
    "Take in the reports sections send; each incident is one row. The register is kept in this browser, apart from any section's drafts.",
);
pub const INTAKE_TITLE: Text = t("報告を取り込む", "Take reports in");
pub const PICK_FILES: Text = t("ファイルを選ぶ（複数可）", "Choose files (several at once)");
pub const PICK_HINT: Text = t(
    "報告の .json、メールから保存した .eml を選ぶか、ここにまとめてドロップしてください。Outlook の .msg は、添付の .json を保存してから取り込んでください。",
    "Choose the report's .json or a mail saved as .eml, or drop them all here. For Outlook's .msg, save the attached .json first.",
);
pub const PASTE_LABEL: Text = t(
    "メール本文を貼り付け（本文の最後の「受付用の記録」まで）",
    "Paste the mail's text (down to the block at its end)",
);
pub const PASTE_TAKE: Text = t("貼り付けた本文を取り込む", "Take the pasted text in");
pub const PASTED: Text = t("貼り付けた本文", "Pasted text");
pub const INTAKE_RESULTS: Text = t("取り込みの結果", "What was taken in");
pub const TAKEN_NEW: Text = t(
    "新しい事故として取り込みました",
    "Taken in as a new incident",
);
pub const TAKEN_DRILL: Text = t(
    "訓練の報告として取り込みました",
    "Taken in as a drill report",
);
pub const TAKEN_NEWER: Text = t(
    "既にある事故の新しい版です。最新にしました",
    "A newer version of a known incident: now the latest",
);
pub const TAKEN_SAME: Text = t(
    "取り込み済みの版と同じです（変更なし）",
    "Same as a version already taken in (no change)",
);
pub const TAKEN_OLDER: Text = t(
    "古い版です。履歴に加えました（最新は変わりません）",
    "An older version: added to the history (the latest is unchanged)",
);
pub const REFUSED: Text = t("取り込めません", "Not taken in");
pub const R_TOO_LARGE: Text = t("16 MB を超えるファイルです。", "The file is over 16 MB.");
pub const R_MSG: Text = t(
    "Outlook の .msg は読めません。メールの添付ファイル（.json）を保存して、それを取り込んでください。",
    "Outlook .msg files cannot be read. Save the mail's attachment (.json) and take that in.",
);
pub const R_NO_REPORT_IN_MAIL: Text = t(
    "このメールには報告（.json の添付）がありません。",
    "This mail has no report (.json attachment).",
);
pub const R_NEWER_VERSION: Text = t(
    "新しい版のツールで作られた報告です。ツールを新しくしてください。",
    "Made by a newer version of the tool. Update this tool.",
);
pub const R_NOT_A_REPORT: Text = t(
    "このツールの報告ではないか、壊れています。",
    "Not a report of this tool, or damaged.",
);
pub const R_NO_BLOCK: Text = t(
    "報告の「受付用の記録」が見つかりません。本文を最後まで貼り付けてください。",
    "The report's block was not found. Paste the text down to its end.",
);
pub const R_BLOCK_CUT: Text = t(
    "「受付用の記録」が途中で切れています。最後まで貼り付けてください。",
    "The block is cut short. Paste it down to its end.",
);
pub const R_BLOCK_DAMAGED: Text = t(
    "「受付用の記録」が壊れています（一部が変わっています）。.json の添付を取り込んでください。",
    "The block is damaged (part of it changed). Take the .json attachment in instead.",
);
pub const TABLE_TITLE: Text = t("台帳", "Register");
pub const EMPTY_REGISTER: Text = t("まだ報告を取り込んでいません。", "No reports taken in yet.");
pub const NONE_MATCH: Text = t("条件に合う事故はありません。", "No incident matches.");
pub const SHOWN_OF: Text = t("{} 件を表示（全 {} 件）", "Showing {} of {}");
pub const ORDER_LABEL: Text = t("並び順", "Order");
pub const ORDER_DEADLINE: Text = t("次の期限が近い順", "Next deadline first");
pub const ORDER_RECEIVED: Text = t("受け付けた順（新しい順）", "Newest report first");
pub const ORDER_SECTION: Text = t("所属順", "By section");
pub const ORDER_KNOWN: Text = t("知った日順（古い順）", "By day known (oldest first)");
pub const FILTER_KIND: Text = t("種類", "Type");
pub const FILTER_SECTION: Text = t("所属", "Section");
pub const FILTER_STATUS: Text = t("状況", "Status");
pub const ALL: Text = t("すべて", "All");
pub const ST_OVERDUE: Text = t("期限超過", "Overdue");
pub const ST_DUE: Text = t("報告期限あり", "Report due");
pub const ST_NEEDS_DATE: Text = t("知った日が未記入", "Day known missing");
pub const ST_FILED: Text = t("報告済み", "Reported");
pub const ST_NOT_NEEDED: Text = t("委員会への報告不要", "No PPC report needed");
pub const COL_RECEIVED: Text = t("受付日時", "Received");
pub const COL_FROM: Text = t("所属・報告者", "Section, reporter");
pub const COL_TITLE: Text = t("件名・種類", "Title, type");
pub const COL_KNOWN: Text = t("知った日・本人の数", "Day known, persons");
pub const COL_PPC: Text = t("個人情報保護委員会", "PPC");
pub const COL_DUE: Text = t("速報・確報の期限", "Deadlines");
pub const COL_VERSION: Text = t("版・変更", "Version, changes");
pub const UNKNOWN: Text = t("不明", "Unknown");
pub const DAYS_LEFT: Text = t("あと{}日", "{} days left");
pub const DUE_TODAY: Text = t("今日が期限", "Due today");
pub const DAYS_OVER: Text = t("{}日超過", "{} days overdue");
pub const PRELIMINARY: Text = t("速報", "Preliminary");
pub const FINAL: Text = t("確報", "Final");
pub const VERSION_N: Text = t("第{}版", "Revision {}");
pub const REGISTER_PROGRESS: Text = t("事務局の進捗を記入", "Record the secretariat's progress");
pub const PRELIMINARY_FILED: Text = t("速報提出日", "Preliminary filed on");
pub const FINAL_FILED: Text = t("確報提出日", "Final filed on");
pub const MIC_REPORTED: Text = t("総務省報告日", "Reported to MIC on");
pub const PUBLISHED: Text = t("公表日", "Published on");
pub const NOTES: Text = t("メモ", "Notes");
pub const OUT_TITLE: Text = t("出力・バックアップ", "Output and backup");
pub const DOWNLOAD_CSV: Text = t("CSV を保存（Excel 用）", "Save as CSV (for Excel)");
pub const PRINT_REGISTER: Text = t(
    "台帳と年間の集計を印刷（A4 横）",
    "Print the register and the year in figures (A4 landscape)",
);
pub const BACKUP_REGISTER: Text = t("台帳のバックアップを保存", "Save a backup of the register");
pub const RESTORE_REGISTER: Text = t("バックアップから戻す", "Restore from a backup");
pub const REGISTER_RESTORE_HINT: Text = t(
    "戻しても、今の台帳の内容は消えません（足りない版と進捗が加わります）。",
    "Restoring never removes anything in the register (missing versions and progress are added).",
);
pub const RESTORED_REGISTER: Text = t(
    "バックアップから戻しました: 追加 {} 件、更新 {} 件、読めない版 {} 件",
    "Restored: {} added, {} updated, {} versions unreadable",
);
pub const RESTORE_REFUSED: Text = t(
    "このファイルは台帳のバックアップとして読めません。台帳は変わっていません。",
    "This file cannot be read as a register backup. The register is unchanged.",
);
pub const REGISTER_SAVE_FAILED: Text = t(
    "台帳を保存できませんでした（ブラウザの保存領域がいっぱいか、使えません）。「台帳のバックアップを保存」で今の内容をファイルに残してください。",
    "The register could not be saved (the browser's storage is full or unavailable). Use \"Save a backup of the register\" to keep it in a file now.",
);
pub const REGISTER_MOVED_ASIDE: Text = t(
    "保存されていた台帳を読めませんでした。元のデータは消さずに別に残してあります。バックアップから戻してください。",
    "The stored register could not be read. Its data was kept aside, not deleted. Restore from a backup.",
);
pub const DOWNLOAD_ASIDE: Text = t("読めなかったデータを保存", "Save the unreadable data");
pub const V_REQUIRED: Text = t("必要", "Required");
pub const V_MAYBE: Text = t("必要かもしれない", "May be required");
pub const V_NOT_REQUIRED: Text = t("不要", "Not required");
pub const IN_PARENS: Text = t("（{}）", " ({})");
pub const KIND_SEP: Text = t("・", ", ");
pub const REGISTER_DRILLS_TITLE: Text = t("訓練の報告", "Drill reports");
pub const REGISTER_DRILLS_NOTE: Text = t(
    "訓練で作られた報告です。台帳・CSV・期限・年間の件数には含めません（年間の集計では訓練として別に数えます）。",
    "Reports made in drills. They are not in the register, its CSV, its deadlines or the year's counts (the year's summary counts them apart, as exercises).",
);
pub const DRILL_RECEIVED: Text = t("受付", "Received");
