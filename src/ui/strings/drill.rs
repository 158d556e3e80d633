//! The words of the drill's screens (issue 26): the start screen, the running drill, the debrief.

use crate::core::text::{t, Text};

pub const START_DRILL: Text = t("訓練を始める", "Start a drill");
pub const START_DRILL_HINT: Text = t(
    "実際の事故ではなく、練習として対応を試します。",
    "Practise a response: not a real incident.",
);
pub const DRILL_START_LEAD: Text = t(
    "用意された状況（シナリオ）に沿って、実際の事故と同じ画面と手順で対応を練習します。記録には【訓練】と表示され、実際の事故の記録とは別に扱われます。終わったら、マニュアルに照らした振り返りが表示されます。",
    "Practise the response to a prepared situation (a scenario) with the same screens and steps as a real incident. The record is marked DRILL and kept apart from real incidents. When you end it, a debrief compares what you did with the manual.",
);
pub const SCENARIO_LEGEND: Text = t("シナリオ", "Scenario");
pub const SCENARIO_TYPES: Text = t("種別", "Type");
pub const SCENARIO_FROM_FILE: Text = t("（ファイルから読み込み）", "(loaded from a file)");
pub const SCENARIO_FILE: Text = t("シナリオファイルを読み込む", "Load a scenario file");
pub const SCENARIO_FILE_HINT: Text = t(
    "事務局が用意したシナリオ（.txt）を使うときに選びます。",
    "Choose this to use a scenario (.txt) the secretariat prepared.",
);
pub const SCENARIO_REFUSED: Text = t(
    "このシナリオファイルは使えません（何も作成していません）。",
    "This scenario file cannot be used (nothing was created).",
);
pub const SCENARIO_UNREADABLE: Text = t(
    "ファイルを読み込めませんでした。",
    "The file could not be read.",
);
pub const SCENARIO_LOADED: Text = t("読み込みました: ", "Loaded: ");
pub const NO_SCENARIOS: Text = t(
    "組み込みのシナリオがありません。シナリオファイルを読み込んでください。",
    "No built-in scenarios. Load a scenario file.",
);
pub const SPEED_LEGEND: Text = t("訓練の時計の速さ", "Speed of the drill's clock");
pub const SPEED_HINT: Text = t(
    "報告期限などの時計も訓練の時計で進みます。",
    "The reporting deadlines run on the drill's clock too.",
);
pub const SPEED_REAL: Text = t("実時間", "Real time");
pub const SPEED_DAY_IN_HOUR: Text = t("24倍（1日を1時間で）", "24 times (a day in an hour)");
pub const SPEED_HOUR_IN_MINUTE: Text = t("60倍（1時間を1分で）", "60 times (an hour in a minute)");
pub const DRILL_BEGIN: Text = t("この内容で訓練を始める", "Start this drill");
pub const DRILL_BANNER: Text = t(
    "【訓練】これは訓練です。実際の事故の記録ではありません。",
    "DRILL: this is an exercise, not a real incident record.",
);
pub const DRILL_CLOCK: Text = t("訓練の時刻", "Drill time");
pub const SINCE_START: Text = t("開始から", "since the start");
pub const DRILL_SPEED_NOTE: Text = t(
    "訓練の時計は実時間の{}倍の速さで進んでいます。",
    "The drill's clock runs {} times faster than real time.",
);
pub const DRILL_SITUATION: Text = t("状況", "The situation");
pub const INJECTS_TITLE: Text = t("訓練中に起きたこと", "What has happened during the drill");
pub const NO_INJECTS_YET: Text = t("まだありません。", "Nothing yet.");
pub const NEXT_INJECT: Text = t("次の出来事まで", "Next event in");
pub const DRILL_TIME: Text = t("訓練時間", "drill time");
pub const REAL_TIME_ABOUT: Text = t("（実時間で約{}）", " (about {} of real time)");
pub const NO_MORE_INJECTS: Text = t(
    "予定された出来事はすべて起きました。対応を続け、終わったら振り返りへ進んでください。",
    "Every scheduled event has happened. Carry on, and end the drill when you are done.",
);
pub const INJECT_TESTS: Text = t("確かめる手順", "Manual step it tests");
pub const INJECT_RESPONSE: Text = t("この出来事への対応（したこと）", "What you did about it");
pub const INJECT_ARRIVED: Text = t("新しい出来事", "New event");
pub const END_DRILL: Text = t("訓練を終了して振り返る", "End the drill and debrief");
pub const END_DRILL_HINT: Text = t(
    "終了すると訓練の時計が止まり、振り返りが表示されます。",
    "Ending stops the drill's clock and shows the debrief.",
);
pub const SCENARIO_UNCHOSEN: Text = t(
    "訓練を始めていません。シナリオが選ばれていません。組み込みのシナリオを選ぶか、直したファイルを選び直してください。",
    "No drill started: no scenario is chosen. Choose a built-in scenario, or pick the mended file again.",
);
pub const DRILL_OVER: Text = t("訓練終了", "Drill ended");
pub const DRILL_ENDED: Text = t("訓練は終了しました", "The drill has ended");
pub const DEBRIEF_TITLE: Text = t("振り返り", "Debrief");
pub const PRINT_DEBRIEF: Text = t("振り返りを印刷（A4）", "Print the debrief (A4)");
pub const SAVE_DEBRIEF: Text = t(
    "振り返りをファイルに保存（.txt）",
    "Save the debrief as a file (.txt)",
);
pub const DEBRIEF_FILE_HINT: Text = t(
    "保存したファイルは、訓練の記録として事務局に提出してください。",
    "Send the saved file to the secretariat as the record of the drill.",
);
pub const DEBRIEF_SAVE_FAILED: Text = t(
    "ファイルを保存できませんでした。印刷（PDFに保存）を使ってください。",
    "The file could not be saved. Use print (save as PDF) instead.",
);
pub const REVEAL_FACT: Text = t("調べる（訓練）", "Find out (drill)");
pub const REVEAL_FACT_LABEL: Text = t("調べる（訓練）: ", "Find out (drill): ");
pub const FACT_FOUND: Text = t("調べた結果（訓練）", "Found out (drill)");
pub const SCENARIO_BROKEN: Text = t(
    "この訓練のシナリオを読めません。",
    "This drill's scenario cannot be read.",
);
pub const DURATION_HM: Text = t("{h}時間{m}分", "{h} h {m} min");
pub const DURATION_MS: Text = t("{m}分{s}秒", "{m} min {s} s");
