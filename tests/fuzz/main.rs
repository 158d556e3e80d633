//! Every reader of outside data, fuzzed through its public API (issue 24): record files and
//! backups, the stored record, saved mails (.eml, MIME) and the files dropped on the register,
//! the register's own file, the report's text block and pasted text, the count of persons.
//!
//! Each reader gets arbitrary bytes and text, tokens of its format put together at random, and
//! its real fixtures mutated (`inputs.rs`). Properties: no panic (a panic in the release wasm
//! aborts the app), each case within [`CASE_LIMIT`], and what comes out bounded by what went in
//! (no input makes memory grow faster than itself). `worst.rs` times the worst shapes found for
//! each reader at full size.
//!
//! `cargo test --test fuzz` runs a few hundred cases per reader; the long run is
//! `FUZZ_CASES=1000000 cargo test --profile fuzz --test fuzz -- --test-threads=2 --nocapture`
//! (a random seed each run; `FUZZ_SEED=n` repeats one). Each test prints its cases per second.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: a failure is the finding"
)]

mod inputs;
mod readers;
mod worst;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use std::fmt::Debug;
use std::time::{Duration, Instant};

/// The longest one case may take: inputs here are at most a few hundred kilobytes, which every
/// reader reads in milliseconds even unoptimised; far beyond is a hang or a quadratic blowup.
pub const CASE_LIMIT: Duration = Duration::from_secs(3);

/// Cases per reader: `FUZZ_CASES`, or a short run for `cargo test`.
fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

/// A fixed seed for the short run (`cargo test` repeats itself), a fresh one for a long run.
fn rng() -> TestRng {
    let seed: u64 = match std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()) {
        Some(seed) => seed,
        None if std::env::var("FUZZ_CASES").is_ok() => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        None => 24,
    };
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    eprintln!("fuzz seed {seed}");
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// Runs `check` on `cases()` values of `strategy`, each timed, and prints the rate.
pub fn fuzz<S>(reader: &str, strategy: S, check: impl Fn(&S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let n = cases();
    let config = Config {
        cases: n,
        failure_persistence: None,
        max_shrink_iters: 4096,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(config, rng());
    let started = Instant::now();
    let slowest = std::cell::Cell::new(Duration::ZERO);
    let result = runner.run(&strategy, |value| {
        let t = Instant::now();
        check(&value)?;
        let took = t.elapsed();
        slowest.set(slowest.get().max(took));
        prop_assert!(took < CASE_LIMIT, "{reader}: one case took {took:?}");
        Ok(())
    });
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "fuzz {reader}: {n} cases in {secs:.1} s ({:.0} cases/s, slowest case {:?})",
        f64::from(n) / secs,
        slowest.get()
    );
    if let Err(e) = result {
        panic!("{reader}: {e}");
    }
}
