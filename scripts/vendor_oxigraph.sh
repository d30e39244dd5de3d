#!/usr/bin/env bash
# Derives the patched Oxigraph crates under vendor/ from their published versions: for each of
# `oxigraph` (the store) and `spareval` (its SPARQL evaluator), download the crate from the
# crates.io registry, check it against the checksum Cargo.lock had for it, keep what building
# it needs (Cargo.toml, README.md, src/) and apply vendor/CRATE.patch. See vendor/README.md
# for why.
#
#   scripts/vendor_oxigraph.sh          rewrite vendor/CRATE from each crate and its patch
#   scripts/vendor_oxigraph.sh --check  fail if a vendor/CRATE is not exactly that (CI runs it)
#   scripts/vendor_oxigraph.sh --diff   rewrite each vendor/CRATE.patch from an edited vendor/CRATE
#   scripts/vendor_oxigraph.sh --upstream-tests
#                                       run Oxigraph's own store tests (tests/store.rs: bulk loads,
#                                       rollback, backup, stores written by older versions) against
#                                       vendor/oxigraph, as a newsgraph test (CI runs it)
#
# To change a patch: edit vendor/CRATE, run --diff, then --check. To move to a newer release:
# set its version and SHA-256 (the `checksum` Cargo.lock gives the registry crate) in CRATES and
# run the script; when a hunk no longer applies it stops and keeps the work folder with the
# .rej files, so the hunks can be redone by hand in a copy and the patch regenerated with --diff.
set -euo pipefail

# name version sha256
CRATES=(
    "oxigraph 0.5.13 9b993c12c391a7733c93171f9d07fbd80e4b99060ce3e4c76e0875cb3e63d0a8"
    "spareval 0.2.9 072b1b44c9003e54a7b0817b65ce156d94ab46250dcefe0f24a9b3cc4020c1c6"
)

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

# Unpacks the published crate NAME VERSION (checked against SHA256) into $work/NAME-VERSION,
# and its kept files into $work/NAME/a.
unpack() {
    local name=$1 version=$2 sha256=$3 crate
    # Cargo's own download, when this machine has built the unpatched crate before.
    crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"$name-$version.crate" 2>/dev/null | head -1 || true)"
    if [ -z "$crate" ]; then
        crate="$work/$name-$version.crate"
        curl --fail --silent --show-error --location --retry 3 --output "$crate" \
            "https://static.crates.io/crates/$name/$name-$version.crate"
    fi
    echo "$sha256  $crate" | sha256sum --check --quiet -
    tar -xzf "$crate" -C "$work"
    mkdir -p "$work/$name/a"
    cp -r "$work/$name-$version"/{Cargo.toml,README.md,src} "$work/$name/a/"
}

if [ "$mode" = upstream-tests ]; then
    # The store tests ship with the oxigraph crate.
    read -r name version sha256 <<< "$(printf '%s\n' "${CRATES[@]}" | grep '^oxigraph ')"
    unpack "$name" "$version" "$sha256"
    cp "$work/$name-$version/tests/store.rs" "$root/tests/$upstream_test.rs"
    cp -r "$work/$name-$version"/tests/rocksdb_bc_* "$root/tests/"
    (cd "$root" && cargo test --release --locked --test "$upstream_test")
    exit 0
fi

for entry in "${CRATES[@]}"; do
    read -r name version sha256 <<< "$entry"
    unpack "$name" "$version" "$sha256"
    vendored="$root/vendor/$name"
    patch_file="$root/vendor/$name.patch"

    if [ "$mode" = diff ]; then
        cp -r "$vendored" "$work/$name/b"
        if find "$work/$name/b" \( -name '*.rej' -o -name '*.orig' -o -name '*~' \) | grep -q .; then
            echo "vendor/$name holds .rej, .orig or backup files; remove them first" >&2
            exit 1
        fi
        # Paths a/… and b/… without timestamps, so the patch only changes when the code does;
        # written beside and moved, so a failed diff leaves the old patch whole.
        (cd "$work/$name" && diff -ruN a b || [ $? -eq 1 ]) \
            | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/' > "$work/$name.patch"
        mv "$work/$name.patch" "$patch_file"
        echo "wrote vendor/$name.patch: vendor/$name against $name $version"
        continue
    fi

    cp -r "$work/$name/a" "$work/$name/vendored"
    if ! patch --batch --forward --fuzz=0 --no-backup-if-mismatch --quiet \
        --directory "$work/$name/vendored" --strip 1 < "$patch_file"; then
        trap - EXIT
        echo "vendor/$name.patch does not apply to $name $version; the rejected hunks are" \
            "the .rej files under $work/$name/vendored (the clean crate is $work/$name/a)" >&2
        exit 1
    fi

    if [ "$mode" = check ]; then
        if ! diff -r "$work/$name/vendored" "$vendored"; then
            echo "vendor/$name is not $name $version with vendor/$name.patch: run $0 --diff" \
                "to keep the edits, or $0 to undo them" >&2
            exit 1
        fi
        echo "vendor/$name is $name $version with vendor/$name.patch"
    else
        rm -rf "$vendored"
        mv "$work/$name/vendored" "$vendored"
        echo "wrote vendor/$name: $name $version with vendor/$name.patch"
    fi
done
