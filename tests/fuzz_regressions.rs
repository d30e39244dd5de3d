//! Replays the inputs kept from fuzzing (`fuzz/regressions/<target>/`) through the same code
//! and checks as the fuzz targets, on stable and without libFuzzer, each within a time bound.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

#[path = "../fuzz/src/lib.rs"]
mod checks;

/// Far above what any kept input takes in a release build (well under a second): an input
/// that needs this long has hit a super-linear path again.
const LIMIT: Duration = Duration::from_secs(20);

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let (done, finished) = mpsc::channel();
        // A thread per input, so that a hang fails the test instead of stalling it.
        std::thread::spawn(move || {
            check(&data);
            done.send(()).unwrap();
        });
        match finished.recv_timeout(LIMIT) {
            Ok(()) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {
                panic!("{}: not done after {LIMIT:?}", file.display())
            }
            // The sender dropped without sending: the check panicked (its message is above).
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{}: check failed", file.display()),
        }
    }
}

#[test]
fn read_text() {
    replay("read_text", checks::read_text);
}

#[test]
fn read_html() {
    replay("read_html", checks::read_html);
}

#[test]
fn read_jsonl() {
    replay("read_jsonl", checks::read_jsonl);
}

#[test]
fn extract_article() {
    replay("extract_article", checks::extract_article);
}
