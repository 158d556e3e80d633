//! Why a scenario file is refused, in plain words for the secretariat's clerk (issue 26): each
//! reason names the statement and what to write instead, in both languages.

use crate::core::text::{t, Lang, Text};

/// The statements of a scenario file, one a line (`keyword ...: value`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statement {
    /// `scenario: <id>`: the scenario's name.
    Scenario,
    /// `type: 3-5`: the incident types (manual chapter 3) it exercises.
    Type,
    /// `title: 日本語 | English`.
    Title,
    /// `situation: 日本語 | English`: a paragraph of the starting situation.
    Situation,
    /// `fact <question-id>: 日本語 | English`: the answer found out (manual 3-x (2) (1)-(7)).
    Fact,
    /// `inject <id> +<minutes> <item-id>: 日本語 | English`: an event on the drill's clock.
    Inject,
    /// `order <item-id> before <item-id>: 日本語 | English`: a caution about order (3-5 ※).
    Order,
}

impl Statement {
    /// Every statement, in the order a file usually gives them.
    pub const ALL: [Statement; 7] = [
        Statement::Scenario,
        Statement::Type,
        Statement::Title,
        Statement::Situation,
        Statement::Fact,
        Statement::Inject,
        Statement::Order,
    ];

    /// The word a line starts with.
    pub fn keyword(self) -> &'static str {
        match self {
            Statement::Scenario => "scenario",
            Statement::Type => "type",
            Statement::Title => "title",
            Statement::Situation => "situation",
            Statement::Fact => "fact",
            Statement::Inject => "inject",
            Statement::Order => "order",
        }
    }

    /// The statement a line's first word names (ASCII case ignored).
    pub fn named(word: &str) -> Option<Statement> {
        Self::ALL
            .into_iter()
            .find(|s| s.keyword().eq_ignore_ascii_case(word))
    }

    /// How the line is written, as the README documents it.
    pub fn form(self) -> Text {
        match self {
            Statement::Scenario => t(
                "scenario: 名前（半角英数字）",
                "scenario: name (letters and digits)",
            ),
            Statement::Type => t(
                "type: 3-5（複数ならカンマ区切り）",
                "type: 3-5 (several: comma separated)",
            ),
            Statement::Title => t("title: 日本語 | English", "title: Japanese | English"),
            Statement::Situation => t(
                "situation: 日本語 | English",
                "situation: Japanese | English",
            ),
            Statement::Fact => t(
                "fact 質問の番号: 日本語 | English",
                "fact question-id: Japanese | English",
            ),
            Statement::Inject => t(
                "inject 名前 +分 項目の番号: 日本語 | English",
                "inject name +minutes item-id: Japanese | English",
            ),
            Statement::Order => t(
                "order 項目の番号 before 項目の番号: 日本語 | English",
                "order item-id before item-id: Japanese | English",
            ),
        }
    }
}

/// Why a scenario file was refused. The words quoted from the file are cut to 40 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioProblem {
    /// Nothing but blank lines and comments.
    Empty,
    /// Larger than [`super::MAX_BYTES`].
    TooLarge,
    /// More lines than [`super::MAX_LINES`].
    TooManyLines,
    /// A line holds control characters: not a text file.
    NotText,
    /// A line without `:` after its first words.
    NoColon,
    /// A line starting with a word that is no statement.
    UnknownStatement(String),
    /// A statement written in the wrong form (missing or extra words before the `:`).
    Form(Statement),
    /// `scenario:`, `type:` or `title:` given twice.
    Repeated(Statement),
    /// A statement every file needs (`scenario:`, `type:`, `title:`, `situation:`) is missing.
    Missing(Statement),
    /// A scenario or inject name with characters other than letters, digits, `-` and `.`.
    BadName(String),
    /// Not one of 3-1 … 3-6.
    UnknownType(String),
    /// No question of the playbook has this id.
    UnknownQuestion(String),
    /// The question is not asked for the scenario's types.
    QuestionNotAsked(String),
    /// Two facts for one question.
    RepeatedFact(String),
    /// No item of the manual has this id.
    UnknownItem(String),
    /// The item belongs neither to chapter 2 nor to the scenario's types.
    ItemNotInTypes(String),
    /// The item is guidance or a warning, not a step with a checkbox.
    NotATask(String),
    /// The inject's time is not `+<minutes>` within [`super::MAX_MINUTES`].
    BadMinutes(String),
    /// Two injects with one name.
    RepeatedInject(String),
    /// An order rule with the same task on both sides (the same item, or two items the manual
    /// counts as one task, ticked together).
    SameItem(String),
    /// A value without its English part after `|`.
    NoEnglish,
    /// A value without its Japanese part before `|`.
    NoJapanese,
}

impl ScenarioProblem {
    /// The reason in plain words, in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        use ScenarioProblem as P;
        let pick = |ja: String, en: String| match lang {
            Lang::Ja => ja,
            Lang::En => en,
        };
        match self {
            P::Empty => pick(
                "ファイルに中身がありません（空の行と「#」の行だけです）。".into(),
                "The file holds nothing but blank lines and comments.".into(),
            ),
            P::TooLarge => pick(
                format!("ファイルが大きすぎます（{}KBまで）。", super::MAX_BYTES / 1024),
                format!("The file is too large ({} KB at most).", super::MAX_BYTES / 1024),
            ),
            P::TooManyLines => pick(
                format!("行が多すぎます（{}行まで）。", super::MAX_LINES),
                format!("The file has too many lines ({} at most).", super::MAX_LINES),
            ),
            P::NotText => pick(
                "文字でない記号が入っています。テキストファイル（UTF-8）を選んでください。".into(),
                "This line holds characters that are not text. Choose a text file (UTF-8).".into(),
            ),
            P::NoColon => pick(
                "「:」がありません。「title: 日本語 | English」のように、始めの語のあとに「:」を書きます。".into(),
                "There is no ':'. Write ':' after the first words, as in 'title: Japanese | English'.".into(),
            ),
            P::UnknownStatement(w) => pick(
                format!("「{w}」では始められません。行の始めに書けるのは {} です。", keywords()),
                format!("A line cannot start with \"{w}\". A line starts with one of: {}.", keywords()),
            ),
            P::Form(s) => pick(
                format!("書き方が違います。「{}」の形で書いてください。", s.form().ja),
                format!("This line is not in the right form. Write it as \"{}\".", s.form().en),
            ),
            P::Repeated(s) => pick(
                format!("「{}:」が2回あります。1回だけ書いてください。", s.keyword()),
                format!("\"{}:\" is given twice. Give it once.", s.keyword()),
            ),
            P::Missing(s) => pick(
                format!("「{}:」の行がありません。「{}」の行を書いてください。", s.keyword(), s.form().ja),
                format!("There is no \"{}:\" line. Add a line \"{}\".", s.keyword(), s.form().en),
            ),
            P::BadName(w) => pick(
                format!("「{w}」は名前に使えません。半角の英字・数字・「-」・「.」で書いてください。"),
                format!("\"{w}\" cannot be a name. Use only letters, digits, '-' and '.'."),
            ),
            P::UnknownType(w) => pick(
                format!("「{w}」という事故の種類はありません。3-1 から 3-6 の番号で書いてください（例: 3-5）。"),
                format!("There is no incident type \"{w}\". Write a number from 3-1 to 3-6 (e.g. 3-5)."),
            ),
            P::UnknownQuestion(w) => pick(
                format!("「{w}」という質問はありません。質問の番号を確かめてください（例: 3-5.2.fact.1）。"),
                format!("There is no question \"{w}\". Check the question's id (e.g. 3-5.2.fact.1)."),
            ),
            P::QuestionNotAsked(w) => pick(
                format!("質問「{w}」は、この訓練の事故の種類（type:）では聞かれません。"),
                format!("The question \"{w}\" is not asked for this drill's incident types (type:)."),
            ),
            P::RepeatedFact(w) => pick(
                format!("質問「{w}」の答え（fact）が2回あります。1回だけ書いてください。"),
                format!("The question \"{w}\" has two facts. Give one."),
            ),
            P::UnknownItem(w) => pick(
                format!("「{w}」という項目はマニュアルにありません。項目の番号を確かめてください（例: 3-5.2.measure.2）。"),
                format!("There is no manual item \"{w}\". Check the item's id (e.g. 3-5.2.measure.2)."),
            ),
            P::ItemNotInTypes(w) => pick(
                format!("項目「{w}」は、第2章にも、この訓練の事故の種類（type:）にもありません。"),
                format!("The item \"{w}\" is neither in chapter 2 nor in this drill's incident types (type:)."),
            ),
            P::NotATask(w) => pick(
                format!("項目「{w}」はチェックを付ける手順ではありません（説明や注意です）。inject と order には手順の番号を書いてください。"),
                format!("The item \"{w}\" is guidance or a warning, not a step to tick. Name steps in inject and order lines."),
            ),
            P::BadMinutes(w) => pick(
                format!("「{w}」は時間として読めません。開始からの分を「+10」のように書いてください（{}分まで）。", super::MAX_MINUTES),
                format!("\"{w}\" is not a time. Write the minutes from the start, as in \"+10\" ({} at most).", super::MAX_MINUTES),
            ),
            P::RepeatedInject(w) => pick(
                format!("「{w}」という名前の inject が2つあります。名前を変えてください。"),
                format!("Two injects are named \"{w}\". Give each its own name."),
            ),
            P::SameItem(w) => pick(
                format!("order の前と後に同じ項目「{w}」があります。"),
                format!("The order rule names \"{w}\" on both sides."),
            ),
            P::NoEnglish => pick(
                "英語の部分がありません。「日本語 | English」のように「|」のあとに英語を書いてください。".into(),
                "The English part is missing. Write it after '|', as in 'Japanese | English'.".into(),
            ),
            P::NoJapanese => pick(
                "日本語の部分がありません。「|」の前に日本語を書いてください。".into(),
                "The Japanese part is missing. Write it before '|'.".into(),
            ),
        }
    }
}

/// The statements' words, for the message about an unknown one.
fn keywords() -> String {
    let words: Vec<&str> = Statement::ALL.iter().map(|s| s.keyword()).collect();
    words.join(", ")
}
