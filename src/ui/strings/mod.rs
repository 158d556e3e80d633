//! Every user-facing string of the UI chrome, in both languages. Playbook content lives in
//! `core::playbook`; these are the words around it.

use crate::core::text::{t, Text};

mod documents;
mod drafts;
mod drill;
mod export;
mod register;

pub use documents::*;
pub use drafts::*;
pub use drill::*;
pub use export::*;
pub use register::*;

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
pub const TIMELINE_WAIT: Text = t("記録を読み込んでいます…", "Loading the record…");
pub const RECORD_CANNOT_OPEN: Text = t(
    "この記録は今は開けません",
    "This record cannot be opened now",
);
pub const TIMELINES_UNREADABLE: Text = t(
    "記録の時系列を読み込めませんでした。そのため、一部の記録は開けず、バックアップもできません（記録は消えていません）。ページを再読み込みしてください。直らないときは、事務局（IT最適化係）に連絡してください。",
    "The timelines of the records could not be read, so some records cannot be opened and no backup can be made (nothing is lost). Reload the page. If that does not help, contact the secretariat (IT Optimisation Unit).",
);
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
    "保存できません: ブラウザが保存を断りました。入力はこの画面にだけ残っています。このタブを閉じないでください。",
    "Cannot save: the browser refused. Your input exists only on this screen. Do not close this tab.",
);
pub const BROWSER_DETAILS: Text = t(
    "ブラウザからの詳細（英語。事務局に伝えるときに）",
    "Details from the browser (for the secretariat)",
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
pub const LICENCES: Text = t(
    "ライセンス（このツールと、組み込まれているソフトウェア）",
    "Licences (this tool and the software built into it)",
);
/// The licences of what the single file ships, written by `tools/licences.mjs` from cargo's data.
pub const THIRD_PARTY: &str = include_str!("../third_party.txt");
pub const VERSION_LABEL: Text = t(
    "情報セキュリティ事故 対応ナビ バージョン",
    "Security Incident Navigator version",
);
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
pub const LEGAL_MOVED: Text = t("報告義務の判断に使う質問（本人の数、保護の状況など）は、判定のすぐ下にあります:", "The questions that decide the reporting duties (number of people, protection, etc.) are right under the verdicts:");
pub const LEGAL_HINT: Text = t("マニュアル以後の法改正（2023年4月）で必要になった確認です。わからないときは「わからない」を選んでください。", "Checks needed since the law changed after the manual (April 2023). If you do not know, choose \"Not known\".");
pub const DUE: Text = t("期限", "due");
pub const NAV_DUTIES: Text = t("報告義務と期限", "Duties and deadlines");
pub const NAV_EXPORT: Text = t("報告書を送る", "Send the report");
