// The loader's own words (tools/loader.js), each [Japanese, English]; the first screen's and the
// guide's come from the playbook (examples/static_guide). They travel at the head of the packed LZMA
// stream (tools/single-file.mjs), where they cost about 2 KB of the file where inline they took
// 4.5 KB; the loader keeps inline only what it says when they cannot be read (FALLBACK).
export const W = {
  title: ["ツールを起動できませんでした", "The tool could not start"],
  noWasm: ["このブラウザでは WebAssembly（JavaScript の JIT）が無効になっているため、ツールを起動できませんでした。多くはセキュリティ設定や組織のポリシーによるものです。ファイルが壊れているのではありません。",
    "The tool could not start because WebAssembly (the JavaScript JIT) is turned off in this browser, usually by a security setting or your organisation's policy. The file is not damaged."],
  askIt: ["情報システムの担当者に「このファイルで JavaScript の JIT（WebAssembly）を許可してほしい」と依頼するか、別のブラウザで開いてください。",
    "Ask your IT staff to allow the JavaScript JIT (WebAssembly) for this file, or open it in another browser."],
  forIt: ["IT 担当者の方へ: Edge / Chrome では、ポリシー JavaScriptJitAllowedForSites にこのファイルの場所を加えると使えます（DefaultJavaScriptJitSetting で JIT を禁止している場合）。",
    "For IT staff: in Edge or Chrome, add this file's location to the JavaScriptJitAllowedForSites policy (where DefaultJavaScriptJitSetting blocks the JIT)."],
  damaged: ["このファイルは壊れています（送られる途中で書き換わったか、一部しか届いていません）。元のファイルをもう一度受け取ってください。",
    "This copy of the file is damaged (changed on its way, or only partly received). Get the file again."],
  // The module compiled when the file was built: it is damaged, or the browser lacks a feature.
  compile: ["このファイルは壊れているか（送られる途中で書き換わったか、一部しか届いていません）、このブラウザでは動かない形です。元のファイルをもう一度受け取り、それでも同じなら別のブラウザで開いてください。",
    "This copy of the file is damaged (changed on its way, or only partly received), or this browser cannot run it. Get the file again; if that does not help, open it in another browser."],
  failed: ["起動の途中でエラーが起きました。ページを再読み込みしてください。直らなければ別のブラウザで開くか、情報システムの担当者に相談してください。",
    "An error stopped the tool while it was starting. Reload the page; if that does not help, open it in another browser or ask your IT staff."],
  meanwhile: ["その間も、下の連絡先と、マニュアルの手順（2 と 3-1〜3-6 のチェックリスト）を読んだり印刷したりできます。記録の入力・保存はできません。",
    "Meanwhile, the contact and the manual's steps below (the checklists of 2 and 3-1 to 3-6) can be read and printed. Recording and saving are not available."],
  print: ["印刷する", "Print"],
  other: ["English", "日本語"],
  stopped: ["ツールが停止しました", "The tool has stopped"],
  stoppedWhy: ["内部のエラーで、この画面は動かなくなりました。このまま入力しても保存されません。",
    "An internal error stopped this page: what you type now would not be saved."],
  savedHead: ["このブラウザに保存されている記録:", "Saved in this browser:"],
  savedAt: ["最終保存", "last saved"],
  untitled: ["（件名なし）", "(untitled)"],
  deleted: ["（削除済み）", "(deleted)"],
  noneSaved: ["保存されている記録はありません。", "No records are saved."],
  lastSeconds: ["停止する直前の数秒間の入力は、保存されていない場合があります。", "Changes made in the last few seconds before the stop may not have been saved."],
  lastBackup: ["前回のバックアップ:", "Last backup:"],
  whatToDo: ["まず「バックアップをダウンロード」を押してから、「再読み込み」を押してください。保存された内容でツールが再開します。",
    "First press \u201cDownload a backup\u201d, then \u201cReload\u201d: the tool starts again with what was saved."],
  backup: ["バックアップをダウンロード", "Download a backup"],
  register: ["受付台帳をダウンロード", "Download the register"],
  reload: ["再読み込み", "Reload"],
  downloaded: ["ダウンロードしました:", "Downloaded:"],
  noTimeline: ["件の記録は経過（タイムライン）を読めず、それ抜きで保存しました。", "record(s): the timeline could not be read; saved without it."],
  backupFailed: ["バックアップを作れませんでした:", "The backup could not be made:"],
  details: ["技術的な情報（IT 担当者向け）", "Technical details (for IT staff)"],
};

/** What the loader says from its own text: when the stream's head is damaged, the words above are lost too. */
export const FALLBACK = ["title", "damaged", "meanwhile", "other", "print"];
