//! The stored form of an incident: a JSON envelope with a schema version, so that every record in
//! localStorage (and every exported file) says which shape it has, and a reader can refuse or
//! migrate what it does not know.

use crate::core::incident::{Incident, MAX_TEXT_CHARS};
use crate::core::obligations::duty_keys;
use crate::core::report::settings::Settings;
use serde::{Deserialize, Serialize};
use std::fmt;

mod stored;

pub use stored::{
    decode_stored, encode_stored_head, encode_stored_timeline, stored_revision, timeline_apart,
    STORED_DRILL_SCHEMA, STORED_SCHEMA,
};

/// The schema version of a record as a file (export, backup, mail attachment) holds it: the
/// incident whole. Bump it, and add a migration in [`decode`], whenever the
/// stored shape of [`Incident`] changes, even by an added field: an older tool ignores fields it
/// does not know, so it would drop them when it saves again. A higher version makes it refuse
/// the record instead (and leave it alone for the newer tool).
///
/// - 1: the first release.
/// - 2: adds `publication_hold` (manual 3-4 (4)). v1 records read as v2 without it.
/// - 3: duties marked done move from `tasks` (under "duty.…" keys) to `duties`. v1 and v2
///   records are read with their duty ticks moved ([`checked`]).
pub const SCHEMA_VERSION: u32 = 3;

/// The schema version of a file that holds a drill (issue 26): one above [`SCHEMA_VERSION`], so
/// a build that does not know drills refuses it (as a newer version's) instead of taking an
/// exercise for a real incident. A real record keeps writing [`SCHEMA_VERSION`]; this build
/// reads both. A file of this version without its `drill` (or whose envelope's `"drill":true`
/// has no drill inside) is refused, so the mark is never dropped on the way.
pub const DRILL_SCHEMA_VERSION: u32 = 4;

/// The version a record of `incident` is written with: [`DRILL_SCHEMA_VERSION`] for a drill,
/// [`SCHEMA_VERSION`] otherwise.
pub fn schema_for(incident: &Incident) -> u32 {
    if incident.drill.is_some() {
        DRILL_SCHEMA_VERSION
    } else {
        SCHEMA_VERSION
    }
}

/// The largest record accepted, in bytes (20 000-character fields times a few hundred answers fit
/// easily; anything larger is not ours).
pub const MAX_RECORD_BYTES: usize = 4 * 1024 * 1024;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    /// `true` for a drill (issue 26): the flag an outside reader sees first; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    drill: bool,
    /// Which tool wrote the file (`about::made_with`); readers ignore it. Not in stored records.
    #[serde(skip_serializing_if = "str::is_empty")]
    made_with: &'a str,
    /// Who sent it (exported files only): the secretariat's register reads it.
    #[serde(skip_serializing_if = "Option::is_none")]
    sender: Option<&'a Sender>,
    incident: &'a Incident,
}

/// Who sent a report: the reporter's 所属, name and contact, written into the exported file so
/// the secretariat's register knows whose report it is (issue 13). Not in stored records or
/// backups; a reader that does not know it ignores it, so the schema is unchanged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sender {
    /// 所属.
    #[serde(default)]
    pub section: String,
    /// 報告者.
    #[serde(default)]
    pub reporter: String,
    /// 連絡先.
    #[serde(default)]
    pub contact: String,
}

impl Sender {
    /// The sender named by the reporter's settings.
    pub fn of(settings: &Settings) -> Sender {
        let s = settings.cleaned();
        Sender {
            section: s.section,
            reporter: s.reporter,
            contact: s.contact,
        }
    }
}

/// A report as the secretariat receives it: the incident, and who sent it with which tool, when
/// the file says so (files of the first release do not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    /// The incident, read and validated as any record is.
    pub incident: Incident,
    /// Who sent it; `None` in files of the first release.
    pub sender: Option<Sender>,
    /// The tool that wrote it ("0.1.0 (abc1234)"), if named.
    pub made_with: Option<String>,
}

/// Reads an exported file as the secretariat receives it: the record as [`decode`] reads it, and
/// the sender and the tool, cleaned like the reporter's settings (a hostile value is cut, not
/// trusted; one of the wrong shape is left out).
pub fn decode_received(text: &str) -> Result<Received, RecordError> {
    #[derive(Deserialize, Default)]
    struct About {
        #[serde(default)]
        made_with: Option<String>,
        #[serde(default)]
        sender: Option<Sender>,
    }
    let incident = decode(text)?;
    // A sender or tool of the wrong shape is not worth refusing the report for: it reads as 不明.
    let about = serde_json::from_str::<About>(text).unwrap_or_default();
    let sender = about.sender.map(|s| {
        Sender::of(&Settings {
            section: s.section,
            reporter: s.reporter,
            contact: s.contact,
            secretariat_email: String::new(),
        })
    });
    let made_with = about
        .made_with
        .map(|m| m.chars().filter(|c| !c.is_control()).take(60).collect());
    Ok(Received {
        incident,
        sender,
        made_with,
    })
}

/// The envelope's version alone, read first so a record of another version is never parsed as
/// this version's shape.
#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
    /// The envelope's drill flag (files of [`DRILL_SCHEMA_VERSION`]).
    #[serde(default)]
    drill: bool,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    incident: Incident,
}

/// Why a stored or imported record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Larger than [`MAX_RECORD_BYTES`].
    TooLarge(usize),
    /// Not JSON, or not the envelope `{"schema":…,"incident":…}`.
    NotARecord(String),
    /// A schema version this build does not know (written by a newer version of the tool).
    UnknownSchema(u32),
    /// JSON of the right version whose contents are not a valid incident.
    Invalid(String),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::TooLarge(n) => write!(f, "too large ({n} bytes)"),
            RecordError::NotARecord(e) => write!(f, "not an incident record: {e}"),
            RecordError::UnknownSchema(v) => write!(f, "unknown schema version {v}"),
            RecordError::Invalid(e) => write!(f, "invalid incident: {e}"),
        }
    }
}

/// The record text for an incident.
pub fn encode(incident: &Incident) -> String {
    encode_export(incident, "", None)
}

/// The record text for an exported file, naming the tool that wrote it ("0.1.0 (abc1234)") and,
/// for a report, who sends it.
pub fn encode_export(incident: &Incident, made_with: &str, sender: Option<&Sender>) -> String {
    // Serialising plain data with string keys cannot fail; an empty object would be caught on read.
    serde_json::to_string(&EnvelopeOut {
        schema: schema_for(incident),
        drill: incident.drill.is_some(),
        made_with,
        sender,
        incident,
    })
    .unwrap_or_default()
}

/// Reads a record, migrating older schema versions and validating the result.
pub fn decode(text: &str) -> Result<Incident, RecordError> {
    let (schema, flagged) = envelope_of(text)?;
    let incident = match schema {
        1 => migrate_v1(text)?,
        2 | SCHEMA_VERSION => whole(text)?,
        DRILL_SCHEMA_VERSION => drill_kept(whole(text)?, true)?,
        other => return Err(RecordError::UnknownSchema(other)),
    };
    checked(drill_kept(incident, flagged)?)
}

/// A record that says it holds a drill (its version or its flag) must hold one: otherwise the
/// mark was lost on the way (a hand edit, another tool), and the record is refused rather than
/// read as a real incident.
fn drill_kept(incident: Incident, said: bool) -> Result<Incident, RecordError> {
    if said && incident.drill.is_none() {
        return Err(RecordError::Invalid("drill".into()));
    }
    Ok(incident)
}

/// The envelope's version, after the size check: read first, so that a record of another
/// version is never parsed as this version's shape.
fn schema_of(text: &str) -> Result<u32, RecordError> {
    envelope_of(text).map(|(schema, _)| schema)
}

/// The envelope's version and its drill flag.
fn envelope_of(text: &str) -> Result<(u32, bool), RecordError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(RecordError::TooLarge(text.len()));
    }
    serde_json::from_str::<SchemaOnly>(text)
        .map(|v| (v.schema, v.drill))
        .map_err(|e| RecordError::NotARecord(e.to_string()))
}

/// A version 2 envelope: the incident whole.
fn whole(text: &str) -> Result<Incident, RecordError> {
    serde_json::from_str::<EnvelopeIn>(text)
        .map(|e| e.incident)
        .map_err(|e| RecordError::Invalid(e.to_string()))
}

/// Version 1 had today's shape without `publication_hold`; reading it leaves the hold empty.
/// (Kept as its own step so the next change has a place to go, and a test with the first
/// release's own records: tests/fixtures/records/v1.)
fn migrate_v1(text: &str) -> Result<Incident, RecordError> {
    let v1 = serde_json::from_str::<EnvelopeIn>(text)
        .map_err(|e| RecordError::Invalid(e.to_string()))?;
    Ok(Incident {
        publication_hold: None,
        ..v1.incident
    })
}

/// The last step of every read: older records' duties moved out of the tasks, then validation.
///
/// Versions 1 and 2 (files) and 1 to 3 (stored heads) kept a duty marked done as a task under
/// the duty's key; it moves to [`Incident::duties`], as it was. Done for every version (no
/// version since writes a duty key among the tasks, so for them it finds nothing): one path,
/// which is smaller in the single file than one per version.
fn checked(mut incident: Incident) -> Result<Incident, RecordError> {
    for key in duty_keys() {
        if let Some(record) = incident.tasks.remove(key) {
            incident.duties.insert(key.to_owned(), record);
        }
    }
    validate(&incident)?;
    Ok(incident)
}

/// The title inside a record this build cannot read (a newer version's), to name it to the user.
pub fn peek_title(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Titled {
        #[serde(default)]
        title: String,
    }
    #[derive(Deserialize)]
    struct Outer {
        incident: Titled,
    }
    let title = serde_json::from_str::<Outer>(text).ok()?.incident.title;
    let title: String = title
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    (!title.trim().is_empty()).then_some(title)
}

/// Whether an id is one the app could have made: short, lowercase ASCII letters, digits and '-'.
/// Ids become storage keys, DOM ids and file names, so nothing else is let in.
pub fn is_valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn validate(incident: &Incident) -> Result<(), RecordError> {
    let invalid = |what: &str| Err(RecordError::Invalid(what.to_owned()));
    if !is_valid_id(&incident.id) {
        return invalid("id");
    }
    if incident.kinds.is_empty() {
        return invalid("no incident type");
    }
    let too_long = |s: &String| s.chars().count() > MAX_TEXT_CHARS;
    if too_long(&incident.title)
        || incident
            .tasks
            .iter()
            .any(|(k, t)| k.len() > 100 || too_long(&t.note))
        || incident
            .answers
            .iter()
            .any(|(k, a)| k.len() > 100 || too_long(&a.text) || a.choices.len() > 50)
        || incident
            .duties
            .iter()
            .any(|(k, d)| k.len() > 100 || too_long(&d.note))
        || incident.timeline.iter().any(|e| too_long(&e.text))
    {
        return invalid("a field is too long");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::playbook::IncidentKind;
    use crate::core::time::Timestamp;

    fn sample() -> Incident {
        Incident::new(
            "abc123".into(),
            &[IncidentKind::Malware],
            Timestamp(1_764_000_000_000),
        )
    }

    #[test]
    fn round_trips() {
        let incident = sample();
        assert_eq!(decode(&encode(&incident)), Ok(incident));
    }

    #[test]
    fn refuses_what_is_not_ours() {
        assert!(matches!(
            decode("{not json"),
            Err(RecordError::NotARecord(_))
        ));
        assert!(matches!(decode("null"), Err(RecordError::NotARecord(_))));
        let newer = encode(&sample()).replace("\"schema\":3", "\"schema\":99");
        assert_eq!(decode(&newer), Err(RecordError::UnknownSchema(99)));
        let bad_id = encode(&sample()).replace("abc123", "../../etc");
        assert!(matches!(decode(&bad_id), Err(RecordError::Invalid(_))));
        let no_kind = encode(&sample()).replace("[\"Malware\"]", "[]");
        assert!(matches!(decode(&no_kind), Err(RecordError::Invalid(_))));
        let huge = format!(
            "{{\"schema\":1,\"incident\":\"{}\"}}",
            "x".repeat(MAX_RECORD_BYTES)
        );
        assert!(matches!(decode(&huge), Err(RecordError::TooLarge(_))));
    }
}
