#!/usr/bin/env bash
# Derives vendor/oxigraph from Oxigraph's published crate: download it from the crates.io
# registry, check it against the checksum Cargo.lock had for it, keep what building it needs
# (Cargo.toml, README.md, src/) and apply vendor/oxigraph.patch. See vendor/README.md for why.
#
#   scripts/vendor_oxigraph.sh          rewrite vendor/oxigraph from the crate and the patch
#   scripts/vendor_oxigraph.sh --check  fail if vendor/oxigraph is not exactly that (CI runs it)
#   scripts/vendor_oxigraph.sh --diff   rewrite vendor/oxigraph.patch from an edited vendor/oxigraph
#   scripts/vendor_oxigraph.sh --upstream-tests
#                                       run the crate's own store tests (tests/store.rs: bulk loads,
#                                       rollback, backup, stores written by older versions) against
#                                       vendor/oxigraph, as a newsgraph test (CI runs it)
#
# To change the patch: edit vendor/oxigraph, run --diff, then --check. To move to a newer
# Oxigraph: set VERSION and SHA256 (the `checksum` Cargo.lock gives the registry crate) and run
# the script; when a hunk no longer applies it stops and keeps the work folder with the .rej
# files, so the hunks can be redone by hand in a copy and the patch regenerated with --diff.
set -euo pipefail

VERSION=0.5.13
SHA256=9b993c12c391a7733c93171f9d07fbd80e4b99060ce3e4c76e0875cb3e63d0a8
URL="https://static.crates.io/crates/oxigraph/oxigraph-$VERSION.crate"

root="$(cd "$(dirname "$0")/.." && pwd)"
mode=write
case "${1:-}" in
    --check) mode=check ;;
    --diff) mode=diff ;;
    --upstream-tests) mode=upstream-tests ;;
    "") ;;
    *) echo "usage: $0 [--check | --diff | --upstream-tests]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
# The upstream test and its data are copied into tests/ for one run (it reads its data folders
# by paths relative to the package); never left behind.
upstream_test=oxigraph_upstream_store
trap 'rm -rf "$work" "$root/tests/$upstream_test.rs" "$root"/tests/rocksdb_bc_*' EXIT

# Cargo's own download, when this machine has built the unpatched crate before.
crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"oxigraph-$VERSION.crate" 2>/dev/null | head -1 || true)"
if [ -z "$crate" ]; then
    crate="$work/oxigraph-$VERSION.crate"
    curl --fail --silent --show-error --location --retry 3 --output "$crate" "$URL"
fi
echo "$SHA256  $crate" | sha256sum --check --quiet -

tar -xzf "$crate" -C "$work"
mkdir "$work/a"
cp -r "$work/oxigraph-$VERSION"/{Cargo.toml,README.md,src} "$work/a/"

if [ "$mode" = upstream-tests ]; then
    cp "$work/oxigraph-$VERSION/tests/store.rs" "$root/tests/$upstream_test.rs"
    cp -r "$work/oxigraph-$VERSION"/tests/rocksdb_bc_* "$root/tests/"
    (cd "$root" && cargo test --release --locked --test "$upstream_test")
    exit 0
fi

if [ "$mode" = diff ]; then
    cp -r "$root/vendor/oxigraph" "$work/b"
    if find "$work/b" \( -name '*.rej' -o -name '*.orig' -o -name '*~' \) | grep -q .; then
        echo "vendor/oxigraph holds .rej, .orig or backup files; remove them first" >&2
        exit 1
    fi
    # Paths a/… and b/… without timestamps, so the patch only changes when the code does;
    # written beside and moved, so a failed diff leaves the old patch whole.
    (cd "$work" && diff -ruN a b || [ $? -eq 1 ]) \
        | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/' > "$work/oxigraph.patch"
    mv "$work/oxigraph.patch" "$root/vendor/oxigraph.patch"
    echo "wrote vendor/oxigraph.patch: vendor/oxigraph against Oxigraph $VERSION"
    exit 0
fi

cp -r "$work/a" "$work/vendored"
if ! patch --batch --forward --fuzz=0 --no-backup-if-mismatch --quiet \
    --directory "$work/vendored" --strip 1 < "$root/vendor/oxigraph.patch"; then
    trap - EXIT
    echo "vendor/oxigraph.patch does not apply to Oxigraph $VERSION; the rejected hunks are" \
        "the .rej files under $work/vendored (the clean crate is $work/a)" >&2
    exit 1
fi

if [ "$mode" = check ]; then
    if ! diff -r "$work/vendored" "$root/vendor/oxigraph"; then
        echo "vendor/oxigraph is not Oxigraph $VERSION with vendor/oxigraph.patch: run $0 --diff" \
            "to keep the edits, or $0 to undo them" >&2
        exit 1
    fi
    echo "vendor/oxigraph is Oxigraph $VERSION with vendor/oxigraph.patch"
else
    rm -rf "$root/vendor/oxigraph"
    mv "$work/vendored" "$root/vendor/oxigraph"
    echo "wrote vendor/oxigraph: Oxigraph $VERSION with vendor/oxigraph.patch"
fi
