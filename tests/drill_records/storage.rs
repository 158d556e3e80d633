//! A drill's record: written with the next schema version (file 4, stored head 5), which the
//! previous build refuses as a newer version's; real records keep today's (3 and 4); this build
//! reads both; the drill's flag cannot be dropped on the way.

use super::{drill, real, T0};
use incident_navi::core::backup;
use incident_navi::core::record::{self, RecordError};

/// What the previous build read: files of schema 1 to 3, stored heads of 1 to 4. Anything
/// above is "a newer version's" there (left alone, refused at import).
const PREVIOUS_FILE_SCHEMAS: [u32; 3] = [1, 2, 3];
const PREVIOUS_STORED_SCHEMAS: [u32; 4] = [1, 2, 3, 4];

fn schema(text: &str) -> u32 {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    u32::try_from(v["schema"].as_u64().unwrap()).unwrap()
}

#[test]
fn a_real_record_keeps_todays_versions_and_a_drill_is_written_with_the_next() {
    let real = real("real-1");
    assert_eq!(schema(&record::encode(&real)), 3);
    assert_eq!(schema(&record::encode_stored_head(&real)), 4);
    assert!(!record::encode(&real).contains("drill"));

    let drill = drill("drill-1");
    let file = record::encode(&drill);
    let head = record::encode_stored_head(&drill);
    assert_eq!(schema(&file), record::DRILL_SCHEMA_VERSION);
    assert_eq!(schema(&head), record::STORED_DRILL_SCHEMA);
    assert!(!PREVIOUS_FILE_SCHEMAS.contains(&schema(&file)));
    assert!(!PREVIOUS_STORED_SCHEMAS.contains(&schema(&head)));
    assert!(head.starts_with(r#"{"schema":5,"revision":"#), "{head}");
}

#[test]
fn this_build_reads_a_drill_back_from_its_file_and_from_storage() {
    let drill = drill("drill-1");
    assert_eq!(record::decode(&record::encode(&drill)), Ok(drill.clone()));
    let head = record::encode_stored_head(&drill);
    let timeline = record::encode_stored_timeline(&drill);
    assert_eq!(
        record::decode_stored(&head, Some(&timeline)),
        Ok(drill.clone())
    );
    assert_eq!(record::stored_revision(&head), Some(drill.revision));
    assert!(record::timeline_apart(&head));
    let received = record::decode_received(&record::encode_export(&drill, "0.1.0 (x)", None))
        .expect("a drill's report reads");
    assert!(received.incident.drill.is_some());
}

#[test]
fn the_json_says_drill_where_an_outside_reader_looks() {
    let v: serde_json::Value =
        serde_json::from_str(&record::encode_export(&drill("drill-1"), "0.1.0 (x)", None)).unwrap();
    assert_eq!(v["drill"], serde_json::Value::Bool(true));
    assert!(v["incident"]["drill"]["scenario"]
        .as_str()
        .unwrap()
        .contains("type: 3-5"));
    assert!(v["incident"]["title"]
        .as_str()
        .unwrap()
        .starts_with("【訓練】"));
    let real: serde_json::Value = serde_json::from_str(&record::encode(&real("r"))).unwrap();
    assert!(real.get("drill").is_none());
}

#[test]
fn a_drill_whose_drill_part_was_dropped_is_refused_not_read_as_real() {
    let drill = drill("drill-1");
    let mut v: serde_json::Value = serde_json::from_str(&record::encode(&drill)).unwrap();
    v["incident"].as_object_mut().unwrap().remove("drill");
    assert_eq!(
        record::decode(&v.to_string()),
        Err(RecordError::Invalid("drill".into()))
    );
    // The envelope's flag alone, on a version-3 file, still holds the record to it.
    v["schema"] = 3.into();
    assert_eq!(
        record::decode(&v.to_string()),
        Err(RecordError::Invalid("drill".into()))
    );
    // A stored head of the drill's version without its drill.
    let mut head: serde_json::Value =
        serde_json::from_str(&record::encode_stored_head(&drill)).unwrap();
    head["incident"]["drill"] = serde_json::Value::Null;
    assert_eq!(
        record::decode_stored(&head.to_string(), Some("[]")),
        Err(RecordError::Invalid("drill".into()))
    );
}

#[test]
fn a_version_past_the_drills_is_still_a_newer_versions() {
    let text = record::encode(&drill("drill-1")).replacen(r#""schema":4"#, r#""schema":5"#, 1);
    assert_eq!(record::decode(&text), Err(RecordError::UnknownSchema(5)));
    let head =
        record::encode_stored_head(&drill("d")).replacen(r#""schema":5"#, r#""schema":6"#, 1);
    assert_eq!(
        record::decode_stored(&head, None),
        Err(RecordError::UnknownSchema(6))
    );
}

#[test]
fn a_backup_keeps_each_drill_at_its_version_and_restores_it_as_a_drill() {
    let (r, d) = (real("real-1"), drill("drill-1"));
    let text = backup::encode(&[&r, &d], T0, "0.1.0 (x)");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let schemas: Vec<u64> = v["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["schema"].as_u64().unwrap())
        .collect();
    assert_eq!(schemas, vec![3, 4]);
    assert_eq!(v["incidents"][1]["drill"], serde_json::Value::Bool(true));
    let back = backup::decode(&text).unwrap();
    assert_eq!(back, vec![r, d]);
}
