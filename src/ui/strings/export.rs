//! The words of the export panel: the reporter form, the gaps, the four ways to send.

use crate::core::text::{t, Text};

pub const EXPORT_TITLE: Text = t("報告書を作る・送る", "Make and send the report");
pub const REPORTER_SETTINGS: Text = t(
    "報告者（このブラウザに保存され、次回から自動で入ります）",
    "Reporter (kept in this browser for next time)",
);
pub const REPORTER_SECTION: Text = t("所属", "Section");
pub const REPORTER_NAME: Text = t("報告者の氏名", "Your name");
pub const REPORTER_CONTACT: Text = t("連絡先（電話・内線）", "Phone or extension");
pub const SECRETARIAT_EMAIL: Text = t(
    "事務局（IT最適化係）のメールアドレス",
    "Secretariat (IT Optimisation Unit) email address",
);
pub const SECRETARIAT_EMAIL_HINT: Text = t(
    "メールで送るときに使います。庁内の連絡先一覧で確認して入力してください。",
    "Used when sending by mail. Check it in the office directory.",
);
pub const SECRETARIAT_EMAIL_NEEDED: Text = t(
    "メールで送るには、事務局のメールアドレスを入力してください。",
    "Enter the secretariat's email address to send by mail.",
);
pub const EXPORT_GAPS: Text = t("まだ確認できていない項目（このままでも「速報」として送れます。未確認の項目は「未確認」と書かれます）", "Not confirmed yet (you can still send it as a preliminary report; gaps are marked \"not confirmed\")");
pub const EXPORT_COMPLETE: Text = t("すべての項目が記入済みです。", "Everything is filled in.");
pub const COPY_REPORT: Text = t("本文をコピー", "Copy the text");
pub const REPORT_COPIED: Text = t(
    "本文をコピーしました。メールに貼り付けてください。",
    "Copied. Paste it into a mail.",
);
pub const REPORT_COPY_FAILED: Text = t(
    "自動でコピーできませんでした。下の本文を選択してあります。Ctrl+C でコピーしてください。",
    "Could not copy automatically. The text below is selected: press Ctrl+C.",
);
pub const OPEN_MAIL: Text = t("メールソフトで開く", "Open in the mail program");
pub const MAIL_TOO_LONG: Text = t("本文が長いため、メールソフトには件名だけを渡します。「本文をコピー」で本文を貼り付けてください。", "The text is too long to hand to the mail program: only the subject is passed. Use \"Copy the text\" and paste it.");
pub const SAVE_EML: Text = t("メールの下書きを保存（.eml）", "Save a mail draft (.eml)");
pub const SAVE_EML_HINT: Text = t("Outlook や Thunderbird で開くと、宛先・件名・本文・添付（JSON）が入った送信前のメールになります。", "Opens in Outlook or Thunderbird as a ready-to-send mail with recipient, subject, text and the JSON attached.");
pub const SAVE_TXT: Text = t("テキストを保存（.txt）", "Save as text (.txt)");
pub const SAVE_JSON: Text = t(
    "データを保存（.json、このツールで読み込めます）",
    "Save the data (.json, readable by this tool)",
);
pub const PRINT_REPORT: Text = t("印刷・PDFで保存", "Print or save as PDF");
pub const REPORT_PREVIEW: Text = t("報告の本文を確認", "Check the report text");
pub const REPORT_PREVIEW_LABEL: Text = t("報告の本文", "Report text");
