//! Benchmarks of the core's hot paths (run: `cargo bench`). Dependency-free: each case runs until
//! about 0.3 s have passed and prints the mean time per call. Every keystroke re-runs some of these
//! (tasks_for, duties, report::build on the incident screen), so they must stay well under a frame.

use incident_navi::core::incident::{Change, Incident};
use incident_navi::core::intake::files::take_files;
use incident_navi::core::obligations::duties;
use incident_navi::core::playbook::{questions_for, tasks_for, IncidentKind};
use incident_navi::core::record;
use incident_navi::core::register::Register;
use incident_navi::core::report::{self, settings::Settings};
use incident_navi::core::time::Timestamp;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn bench(name: &str, mut f: impl FnMut()) {
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_millis(300) {
        f();
        n += 1;
    }
    let per = start.elapsed().as_nanos() as f64 / n as f64;
    println!("{name:<44} {:>10.1} µs/iter  ({n} iters)", per / 1000.0);
}

/// A busy incident: all six types, every question answered, every task done, a long timeline.
fn busy() -> Incident {
    let mut i = Incident::new(
        "bench-1".into(),
        &IncidentKind::ALL,
        Timestamp(1_795_000_000_000),
    );
    let mut t = 1_795_000_000_000;
    for q in questions_for(&i.kinds) {
        t += 1000;
        i.apply(
            Change::EditAnswer(q.id.into(), "回答".repeat(20)),
            Timestamp(t),
        );
        i.apply(
            Change::LogAnswer(q.id.into(), q.text.ja.into()),
            Timestamp(t),
        );
    }
    for m in tasks_for(&i.kinds) {
        t += 1000;
        i.apply(Change::SetTaskDone(m.item, true), Timestamp(t));
    }
    i
}

fn main() {
    let incident = busy();
    let settings = Settings {
        section: "総務部".into(),
        reporter: "岐阜".into(),
        contact: "2255".into(),
        secretariat_email: "a@b.jp".into(),
    };
    let json = record::encode(&incident);
    println!(
        "busy incident: {} timeline entries, {} bytes of JSON",
        incident.timeline.len(),
        json.len()
    );
    bench("tasks_for (all six types)", || {
        black_box(tasks_for(black_box(&IncidentKind::ALL)));
    });
    bench("Incident::apply (edit an answer)", || {
        let mut i = incident.clone();
        black_box(i.apply(
            Change::EditAnswer("3.2.info.a".into(), "x".into()),
            Timestamp(1),
        ));
    });
    bench("obligations::duties", || {
        black_box(duties(black_box(&incident)));
    });
    bench("record::encode", || {
        black_box(record::encode(black_box(&incident)));
    });
    bench("record::decode", || {
        black_box(record::decode(black_box(&json)).ok());
    });
    bench("report::build + text", || {
        black_box(report::text(&report::build(
            &incident,
            &settings,
            Timestamp(1),
        )));
    });
    bench("report::build + html", || {
        black_box(report::html(&report::build(
            &incident,
            &settings,
            Timestamp(1),
        )));
    });
    // Issue 13's scale: 200 reports in one drop (goal ≤ 2 s), a register of 1,000 incidents
    // sorted by next deadline (goal ≤ 100 ms per action). Natively; the browser runs them slower.
    let reports: Vec<(String, Vec<u8>)> = (0..200)
        .map(|n| {
            let mut i = incident.clone();
            i.id = format!("bench-{n}");
            (format!("{n}.json"), record::encode(&i).into_bytes())
        })
        .collect();
    bench("intake: 200 reports in one drop", || {
        let mut register = Register::default();
        black_box(take_files(&mut register, black_box(&reports), Timestamp(1)));
    });
    let mut thousand = Register::default();
    let small = Incident::new(
        "x".into(),
        &[IncidentKind::MisdeliveryOrWebExposure],
        Timestamp(1),
    );
    let many: Vec<(String, Vec<u8>)> = (0..1000)
        .map(|n| {
            let mut i = small.clone();
            i.id = format!("r-{n}");
            i.known_on = incident_navi::core::time::CivilDate::parse("2026-11-01")
                .map(|d| d.add_days(n % 60));
            (format!("{n}.json"), record::encode(&i).into_bytes())
        })
        .collect();
    take_files(&mut thousand, &many, Timestamp(1));
    bench("register: 1,000 rows by next deadline", || {
        black_box(thousand.by_next_deadline().len());
    });
}
