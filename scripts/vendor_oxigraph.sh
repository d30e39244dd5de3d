#!/usr/bin/env bash
# Derives vendor/oxigraph from Oxigraph's published crate: download it from the crates.io
# registry, check it against the checksum Cargo.lock had for it, keep what building it needs
# (Cargo.toml, README.md, src/) and apply vendor/oxigraph.patch. See vendor/README.md for why.
#
#   scripts/vendor_oxigraph.sh          rewrite vendor/oxigraph
#   scripts/vendor_oxigraph.sh --check  fail if vendor/oxigraph is not exactly that (CI runs it)
#
# To move to a newer Oxigraph: set VERSION and SHA256 (the `checksum` Cargo.lock gives the
# registry crate), run the script, fix the hunks that no longer apply, and regenerate the patch
# with `diff -ruN` from a clean copy (see vendor/README.md).
set -euo pipefail

VERSION=0.5.13
SHA256=9b993c12c391a7733c93171f9d07fbd80e4b99060ce3e4c76e0875cb3e63d0a8
URL="https://static.crates.io/crates/oxigraph/oxigraph-$VERSION.crate"

root="$(cd "$(dirname "$0")/.." && pwd)"
check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Cargo's own download, when this machine has built the unpatched crate before.
crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"oxigraph-$VERSION.crate" 2>/dev/null | head -1 || true)"
if [ -z "$crate" ]; then
    crate="$work/oxigraph-$VERSION.crate"
    curl --fail --silent --show-error --location --output "$crate" "$URL"
fi
echo "$SHA256  $crate" | sha256sum --check --quiet -

tar -xzf "$crate" -C "$work"
mkdir "$work/vendored"
cp -r "$work/oxigraph-$VERSION"/{Cargo.toml,README.md,src} "$work/vendored/"
patch --quiet --directory "$work/vendored" --strip 1 < "$root/vendor/oxigraph.patch"

if $check; then
    if ! diff -r "$work/vendored" "$root/vendor/oxigraph"; then
        echo "vendor/oxigraph is not Oxigraph $VERSION with vendor/oxigraph.patch: run $0" >&2
        exit 1
    fi
    echo "vendor/oxigraph is Oxigraph $VERSION with vendor/oxigraph.patch"
else
    rm -rf "$root/vendor/oxigraph"
    mv "$work/vendored" "$root/vendor/oxigraph"
    echo "wrote vendor/oxigraph: Oxigraph $VERSION with vendor/oxigraph.patch"
fi
