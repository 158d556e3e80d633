//! Words of the documents' section (issue 25): the drafts after the first report, and the
//! calendar file beside the clock.

use crate::core::text::{t, Text};

pub const DOCS_TITLE: Text = t(
    "通知・発表の下書きと委員会フォームの項目",
    "Drafts of the letter and press release, and the PPC form's items",
);
pub const DOCS_LEAD: Text = t(
    "記録から下書きを作ります。【未確認: …】の箇所は、確認してから書き直してください。下書きは読み手に合わせて日本語です。この欄での編集は記録に保存されません。コピー・印刷・保存してから閉じてください。",
    "Drafts made from the record. Check and rewrite every place marked as not confirmed before use. The drafts are in Japanese, for their readers. Edits here are not saved in the record: copy, print or save before you leave.",
);
pub const DOC_LETTER: Text = t(
    "本人への通知（お詫びとお知らせ）",
    "Letter to the people concerned (apology and notice)",
);
pub const DOC_PRESS: Text = t("報道発表資料", "Press release");
pub const DOC_PPC: Text = t("個人情報保護委員会フォームの項目", "The PPC form's items");
pub const DOC_COPY: Text = t("コピー", "Copy");
pub const DOC_PRINT: Text = t("印刷（A4）", "Print (A4)");
pub const DOC_SAVE: Text = t("テキストで保存（.txt）", "Save as text (.txt)");
pub const DOC_REBUILD: Text = t(
    "記録から作り直す（この欄の編集は消えます）",
    "Make again from the record (your edits here are lost)",
);
pub const DOC_COPIED: Text = t("コピーしました。", "Copied.");
pub const DOC_COPY_FAILED: Text = t(
    "自動でコピーできませんでした。文字を選択したので Ctrl+C でコピーしてください。",
    "Could not copy automatically. The text is selected: press Ctrl+C to copy it.",
);
pub const DOC_SAVED: Text = t("保存しました（ダウンロード）。", "Saved (downloaded).");
pub const DOC_EDITED: Text = t(
    "編集中（記録からの下書きとは異なります）",
    "Edited (differs from the draft made from the record)",
);
pub const PPC_LEAD: Text = t(
    "報告フォームの欄ごとにコピーして貼り付けてください。空欄の項目は【未確認】と書かれます。",
    "Copy each item into its field of the online form. Items not known are marked as not confirmed.",
);
pub const MY_NUMBER_ITEMS: Text = t(
    "特定個人情報（マイナンバー）の報告の項目（規則の文言は未検証）",
    "Items of the My Number report (the rule's wording not verified)",
);
pub const PRESS_DECISION: Text = t(
    "公表の判断（発表資料には載りません）",
    "The publication decision (not in the release)",
);
pub const PRESS_REQUIRED: Text = t(
    "公表が必要と判定されています。",
    "Publication is assessed as required.",
);
pub const PRESS_MAYBE: Text = t(
    "公表が必要かもしれません。所属長・広報課と協議してください。",
    "Publication may be required: agree it with your head of section and Public Relations.",
);
pub const PRESS_NOT: Text = t(
    "回答からは公表は不要と判定されています。",
    "On the answers, publication is not required.",
);
pub const PRESS_DONE: Text = t("公表済み", "Published");
pub const PRESS_HOLD: Text = t(
    "公表を控える判断（マニュアル 3-4 (4)）",
    "Decision to hold publication back (manual 3-4 (4))",
);
pub const PRESS_HOLD_NO_DATE: Text = t("日付未入力", "no date");
pub const PRESS_HOLD_NO_REASON: Text = t("理由未記入", "no reason given");
pub const ICS_SAVE: Text = t(
    "期限をカレンダーに登録（.ics）",
    "Add the deadlines to a calendar (.ics)",
);
pub const ICS_HINT: Text = t(
    "速報の目安と期限、確報の期限を終日の予定にします。前の開庁日の9時に通知します（土日と年末年始を除く。祝日は考慮しません）。Outlookで開くと登録できます。",
    "All-day events for the preliminary report's target and limit and the final report, each with a reminder at 9:00 on the working day before (weekends and the year-end closure skipped; public holidays are not). Open the file in Outlook to add them.",
);
pub const ICS_STALE: Text = t(
    "知った日が変わりました。期限が変わるので、カレンダーのファイルを保存し直して登録し直してください。",
    "The day it became known has changed, and with it the deadlines: save the calendar file again and add it again.",
);
pub const ICS_SAVED: Text = t(
    "カレンダーのファイルを保存しました。",
    "Calendar file saved.",
);
pub const NAV_DOCUMENTS: Text = t("通知・発表の下書き", "Letter and press drafts");
