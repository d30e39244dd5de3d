//! A full disk and a read-only store folder give a clear error (exit 2, with a hint) and never
//! a corrupt store: after a full disk the store opens with whole articles only, and the same
//! command run again with space completes it.
//!
//! These tests mount small tmpfs file systems, so they need root (CI runs as root). Elsewhere
//! set NEWSGRAPH_SKIP_MOUNT_TESTS=1 to skip them knowingly.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// A mount that is undone when the test ends, however it ends.
struct Mount(PathBuf);

impl Mount {
    /// Mounts with `args` (before the target), or says why the test cannot run.
    fn new(target: &Path, args: &[&str]) -> Option<Mount> {
        if std::env::var_os("NEWSGRAPH_SKIP_MOUNT_TESTS").is_some() {
            eprintln!("skipped: NEWSGRAPH_SKIP_MOUNT_TESTS is set");
            return None;
        }
        std::fs::create_dir_all(target).unwrap();
        let out = Command::new("mount")
            .args(args)
            .arg(target)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "mount {args:?} failed (this test needs root; set NEWSGRAPH_SKIP_MOUNT_TESTS=1 to skip it): {}",
            stderr(&out)
        );
        Some(Mount(target.to_path_buf()))
    }

    fn remount(&self, options: &str) {
        let out = Command::new("mount")
            .args(["-o", options])
            .arg(&self.0)
            .output()
            .unwrap();
        assert!(out.status.success(), "remount failed: {}", stderr(&out));
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        // Lazy: a store still open by a dying child must not keep the mount behind.
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn assert_clear_failure(out: &std::process::Output, hint: &str) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(2),
        "expected exit 2; stderr:\n{err}"
    );
    assert!(err.contains(hint), "no hint {hint:?} in:\n{err}");
    assert!(!err.contains("panicked"), "a panic:\n{err}");
}

#[test]
fn a_full_disk_fails_clearly_keeps_whole_articles_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    caravan_corpus(&input, 600);
    let (_r, reference) = temp_store();
    ingest_ok(&reference, &[&input], &["--quiet"]);
    let expected = graph_sizes(&reference);

    let Some(disk) = Mount::new(
        &dir.path().join("small"),
        &["-t", "tmpfs", "-o", "size=6M", "tmpfs"],
    ) else {
        return;
    };
    let store = disk.0.join("store");
    let out = newsgraph(
        &[
            "--store",
            s(&store),
            "ingest",
            "--quiet",
            "--commit-every",
            "20",
            s(&input),
        ],
        dir.path(),
    );
    assert_clear_failure(&out, "the disk holding the store is full");

    // More room: what is there is whole, and the same command completes the store.
    disk.remount("remount,size=512M");
    let mut whole = 0;
    for (graph, n) in graph_sizes(&store) {
        if graph.contains("/article/") {
            assert_eq!(Some(&n), expected.get(&graph), "half-written {graph}");
            whole += 1;
        }
    }
    eprintln!("the full disk kept {whole} whole articles of 600");
    assert!(whole < 600, "the disk did not fill");
    ingest_ok(&store, &[&input], &["--quiet"]);
    assert_eq!(graph_sizes(&store), expected);
}

#[test]
fn a_read_only_store_is_still_read_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared");
    let store = folder.join("store");
    ingest_ok(&store, &[&examples_dir()], &["--quiet"]);
    let before = graph_sizes(&store);

    let Some(read_only) = Mount::new(&folder, &["--bind", s(&folder)]) else {
        return;
    };
    read_only.remount("remount,ro,bind");

    let out = newsgraph(
        &[
            "--store",
            s(&store),
            "ingest",
            "--quiet",
            s(&fixture("initials.txt")),
        ],
        dir.path(),
    );
    assert_clear_failure(&out, "the store folder cannot be written");
    let out = newsgraph(
        &[
            "--store",
            s(&folder.join("new")),
            "ingest",
            s(&examples_dir()),
        ],
        dir.path(),
    );
    assert_clear_failure(&out, "the store folder cannot be written");

    // Reading works on the read-only folder.
    let out = newsgraph(
        &[
            "--store",
            s(&store),
            "query",
            "--format",
            "csv",
            COUNT_GRAPHS,
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().nth(1),
        Some(EXAMPLE_ARTICLES.to_string().as_str())
    );
    let out = newsgraph(&["--store", s(&store), "stats"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));

    drop(read_only);
    assert_eq!(graph_sizes(&store), before, "the read-only store changed");
}
