//! A full disk and a read-only store folder give a clear error (exit 2, with a hint) and never
//! a corrupt store: after a full disk the store opens with whole articles only, and the same
//! command run again with space completes it.
//!
//! A file system that refuses hard links (FAT) still takes bulk loads, and a compaction that
//! runs out of space is an error, not a success.
//!
//! These tests mount small tmpfs and FAT (fusefat) file systems, so they need root (CI runs as
//! root). Elsewhere set NEWSGRAPH_SKIP_MOUNT_TESTS=1 to skip them knowingly.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// A mount that is undone when the test ends, however it ends.
struct Mount(PathBuf);

/// Makes the mount point, unless the mount tests are to be skipped (then false).
fn make_mount_point(target: &Path) -> bool {
    if std::env::var_os("NEWSGRAPH_SKIP_MOUNT_TESTS").is_some() {
        eprintln!("skipped: NEWSGRAPH_SKIP_MOUNT_TESTS is set");
        return false;
    }
    std::fs::create_dir_all(target).unwrap();
    true
}

impl Mount {
    /// Mounts with `args` (before the target), or says why the test cannot run.
    fn new(target: &Path, args: &[&str]) -> Option<Mount> {
        if !make_mount_point(target) {
            return None;
        }
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

    /// Mounts a new FAT file system at `target` through FUSE (fusefat, from Debian's package
    /// of that name; the kernel here has no vfat), backed by an image file beside it.
    fn fat(target: &Path) -> Option<Mount> {
        if !make_mount_point(target) {
            return None;
        }
        let image = target.with_extension("img");
        std::fs::File::create(&image)
            .unwrap()
            .set_len(64 << 20)
            .unwrap();
        let install = "apt-get install dosfstools fusefat; the mount needs root and /dev/fuse \
                       (set NEWSGRAPH_SKIP_MOUNT_TESTS=1 to skip it)";
        run_tool(Command::new("mkfs.vfat").arg(&image), "mkfs.vfat", install);
        run_tool(
            Command::new("fusefat")
                .args(["-o", "rw+"])
                .arg(&image)
                .arg(target),
            "fusefat",
            install,
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

#[test]
fn a_file_system_that_refuses_hard_links_still_takes_bulk_loads() {
    let dir = tempfile::tempdir().unwrap();
    let (_r, reference) = temp_store();
    ingest_ok(&reference, &[&examples_dir()], &["--quiet"]);

    let Some(fat) = Mount::fat(&dir.path().join("fat")) else {
        return;
    };
    // The premise: FAT answers link(2) with EPERM, which RocksDB does not take for "links are
    // not supported" (it falls back to copying only on EXDEV or ENOTSUP).
    std::fs::write(fat.0.join("probe"), "").unwrap();
    let refused = std::fs::hard_link(fat.0.join("probe"), fat.0.join("probe-link")).unwrap_err();
    assert_eq!(refused.kind(), std::io::ErrorKind::PermissionDenied);

    // Several bulk commits: the first finds links refused, the later ones copy straight away.
    let store = fat.0.join("store");
    ingest_ok(
        &store,
        &[&examples_dir()],
        &["--quiet", "--commit-every", "2"],
    );
    assert_eq!(graph_sizes(&store), graph_sizes(&reference));
}

#[test]
fn a_compaction_that_fails_for_want_of_space_is_an_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    caravan_corpus(&input, 600);
    let Some(disk) = Mount::new(
        &dir.path().join("small"),
        &["-t", "tmpfs", "-o", "size=128M", "tmpfs"],
    ) else {
        return;
    };
    let store = disk.0.join("store");
    // A compacted store (everything in RocksDB's last level), then one more article, whose
    // quads wait in a level of their own: compacting them into the rest rewrites whole files,
    // however far RocksDB's background compaction got before the ingest ended.
    ingest_ok(&store, &[&input], &["--quiet"]);
    ingest_ok(&store, &[&fixture("initials.txt")], &["--quiet"]);
    let expected = graph_sizes(&store);

    // Leave room to open the store, not to compact it.
    let balloon = disk.0.join("balloon");
    let mut file = std::fs::File::create(&balloon).unwrap();
    let block = vec![0u8; 64 << 10];
    while std::io::Write::write_all(&mut file, &block).is_ok() {}
    drop(file);
    let balloon_len = std::fs::metadata(&balloon).unwrap().len();
    std::fs::File::options()
        .write(true)
        .open(&balloon)
        .unwrap()
        .set_len(balloon_len.saturating_sub(2 << 20))
        .unwrap();

    let out = newsgraph(&["--store", s(&store), "optimize"], dir.path());
    assert_clear_failure(&out, "too full to compact it");
    let err = stderr(&out);
    assert!(err.contains("No space left on device"), "{err}");
    assert!(err.contains("run `newsgraph optimize`"), "{err}");
    assert!(!err.contains("compacted the store"), "{err}");

    std::fs::remove_file(&balloon).unwrap();
    let out = newsgraph(&["--store", s(&store), "optimize"], dir.path());
    assert_code(&out, 0, "optimize with room");
    assert_eq!(graph_sizes(&store), expected);
}
