#!/usr/bin/env bash
# Derives vendor/oxigraph from Oxigraph's published crate: download it from the crates.io
# registry, check it against the checksum Cargo.lock had for it, keep what building it needs
# (Cargo.toml, README.md, src/) and apply vendor/oxigraph.patch. See vendor/README.md for why.
#
#   scripts/vendor_oxigraph.sh          rewrite vendor/oxigraph from the crate and the patch
#   scripts/vendor_oxigraph.sh --check  fail if vendor/oxigraph is not exactly that (CI runs it)
#   scripts/vendor_oxigraph.sh --diff   rewrite vendor/oxigraph.patch from an edited vendor/oxigraph
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
    "") ;;
    *) echo "usage: $0 [--check | --diff]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

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

if [ "$mode" = diff ]; then
    cp -r "$root/vendor/oxigraph" "$work/b"
    # Paths a/… and b/… without timestamps, so the patch only changes when the code does.
    (cd "$work" && diff -ruN a b || [ $? -eq 1 ]) \
        | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/' > "$root/vendor/oxigraph.patch"
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
