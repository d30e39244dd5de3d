#!/usr/bin/env bash
# End-to-end benchmark (issue 6): generate N synthetic articles, ingest them into a fresh
# on-disk store, re-ingest (all unchanged), time every ready query and `stats`, measure the
# store, then load the very same quads with the official Oxigraph CLI as the floor.
#
#   scripts/bench.sh                 # N = 1000 and 10000
#   scripts/bench.sh --full          # also N = 100000
#   scripts/bench.sh --n 2000        # just these sizes (repeatable)
#   scripts/bench.sh --files         # ingest a folder of .txt files instead of one JSONL file
#
# Environment: RUNS (ingest and floor runs per N, median reported; default 3), RUNS_LARGE
# (the same for N >= 10000; default RUNS), QUERY_RUNS (warm runs per query, default 5; one
# for a query whose cold run took over 2 s), QUERY_TIMEOUT (seconds, default 10), SEED (default 1), WORK (scratch folder, default
# /tmp/newsgraph-bench), OUT (results folder, default bench-results), BIN (default
# ${CARGO_TARGET_DIR:-target}/release/newsgraph).
#
# Needs: python3, /usr/bin/time (apt-get install time), the `oxigraph` CLI (pip install oxigraph).
# Prints a Markdown table and writes it, with the machine's state, to
# bench-results/<date>-<label>.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARGS="$*"
SIZES=()
FULL=0
INPUT=jsonl
LABEL=""
while [ $# -gt 0 ]; do
    case "$1" in
        --full) FULL=1 ;;
        --n) SIZES+=("$2"); shift ;;
        --files) INPUT=files ;;
        --label) LABEL="$2"; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
[ "$FULL" = 1 ] && SIZES+=(100000)

RUNS=${RUNS:-3}
QUERY_RUNS=${QUERY_RUNS:-5}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-10}
RUNS_LARGE=${RUNS_LARGE:-$RUNS}
SEED=${SEED:-1}
WORK=${WORK:-/tmp/newsgraph-bench}
OUT=${OUT:-bench-results}
# Without BIN, the binary is built first (a no-op when it is up to date): a binary left from an
# older checkout would be measured under the current commit's name.
if [ -z "${BIN:-}" ]; then
    BIN=${CARGO_TARGET_DIR:-target}/release/newsgraph
    cargo build --release --bin newsgraph
fi

[ -x /usr/bin/time ] || { echo "installing GNU time" >&2; apt-get install -y time >/dev/null; }
command -v oxigraph >/dev/null || { echo "the oxigraph CLI is missing: pip install oxigraph" >&2; exit 2; }
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 2; }
mkdir -p "$WORK" "$OUT"
# A private copy, so a concurrent `cargo build` cannot swap the binary in the middle of a run.
cp "$BIN" "$WORK/newsgraph"
BIN="$WORK/newsgraph"

# median of numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# wall seconds of a command, its output discarded
wall() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
# field of a /usr/bin/time -v log
tv() { grep -F "$2" "$1" | awk -F': ' '{print $2}'; }
secs() { # h:mm:ss or m:ss.ss to seconds
    awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }' <<<"$1"
}
fmt() { printf "%.${2:-1}f" "$1"; }

QUERIES=$("$BIN" query --list | awk '{print $1}')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RUSTC_BEFORE=$(pgrep -c rustc || true)
ROWS=()
NOTES=()
declare -A T10

for N in "${SIZES[@]}"; do
    corpus="$WORK/corpus-n$N-s$SEED"
    if [ "$INPUT" = files ]; then
        [ -d "$corpus" ] || python3 scripts/gen_corpus.py --n "$N" --seed "$SEED" --out "$corpus" --files
        input="$corpus"
        mb=$(du -sb --apparent-size "$corpus" | awk '{print $1/1e6}')
    else
        [ -f "$corpus.jsonl" ] || python3 scripts/gen_corpus.py --n "$N" --seed "$SEED" --jsonl "$corpus.jsonl"
        input="$corpus.jsonl"
        mb=$(stat -c %s "$input" | awk '{print $1/1e6}')
    fi
    echo "== N=$N ($INPUT, $(fmt "$mb") MB)" >&2

    ingest_s=(); rss_kb=(); cpu=(); re_s=(); floor_s=(); compact_s=()
    quads=0; failed=""
    runs=$RUNS
    [ "$N" -ge 10000 ] && runs=$RUNS_LARGE
    for run in $(seq 1 "$runs"); do
        store="$WORK/store-$N"
        rm -rf "$store"
        sync
        log="$WORK/ingest-$N-$run.time"
        if ! /usr/bin/time -v "$BIN" ingest --store "$store" "$input" >"$WORK/ingest-$N-$run.out" 2>"$log"; then
            failed="ingest failed (run $run): $(grep -v '^\s' "$log" | tail -2 | tr '\n' ' ')"
            echo "$failed" >&2
            break
        fi
        t=$(secs "$(tv "$log" 'Elapsed (wall clock) time')")
        ingest_s+=("$t")
        rss_kb+=("$(tv "$log" 'Maximum resident set size')")
        cpu+=("$(tv "$log" 'Percent of CPU this job got' | tr -d %)")
        summary=$(grep -E '^[0-9]+ articles' "$log" | tail -1)
        quads=$(awk '{for (i=1;i<NF;i++) if ($(i+1) ~ /^quads/) print $i}' <<<"$summary")
        # The compaction that ends a first ingest is part of its time; the floor has none.
        compact_s+=("$(grep -oE 'compacted the store for queries in [0-9.]+' "$log" | awk '{print $NF}')")
        echo "   ingest run $run: $t s (compaction ${compact_s[-1]:-none} s), $summary" >&2
        # Re-ingest: every article unchanged.
        re_s+=("$(wall "$BIN" ingest --store "$store" "$input")")
        echo "   re-ingest run $run: ${re_s[-1]} s" >&2
        # Floor: the official CLI loading the same quads (ingest's article graphs and bookkeeping).
        nq="$WORK/all-$N.nq"
        rm -f "$nq"
        oxigraph dump --location "$store" --file "$nq" >/dev/null 2>&1
        floor_store="$WORK/floor-$N"
        rm -rf "$floor_store"
        sync
        floor_s+=("$(wall oxigraph load --location "$floor_store" --file "$nq")")
        nq_quads=$(wc -l <"$nq")
        echo "   floor run $run: ${floor_s[-1]} s for $nq_quads quads" >&2
    done
    if [ -n "$failed" ] && [ ${#ingest_s[@]} -eq 0 ]; then
        ROWS+=("| $N | $(fmt "$mb") | – | – | – | – | – | – | – | – | – | – | – | – | – | – |")
        NOTES+=("N=$N: $failed")
        continue
    fi
    store="$WORK/store-$N"
    t=$(median "${ingest_s[@]}")
    T10[$N]=$t
    rss=$(median "${rss_kb[@]}")
    cpu_m=$(median "${cpu[@]}")
    re=$(median "${re_s[@]}")
    fl=$(median "${floor_s[@]}")
    store_mb=$(du -sm "$store" | cut -f1)
    floor_mb=$(du -sm "$WORK/floor-$N" | cut -f1)

    # Ready queries: one cold run, then QUERY_RUNS warm runs each; the slowest median.
    slow_name=""; slow_ms=0
    qlog="$WORK/queries-$N.tsv"
    : >"$qlog"
    for q in $QUERIES; do
        # Cold run (also the row count); a query over QUERY_TIMEOUT is reported as such.
        t0=$(date +%s.%N)
        if ! rows=$(timeout "$QUERY_TIMEOUT" "$BIN" query --store "$store" --format csv "$q" | wc -l) \
            || (( $(echo "$(date +%s.%N) - $t0 >= $QUERY_TIMEOUT" | bc -l) )); then
            printf '%s\t>%s\ttimeout\n' "$q" "$((QUERY_TIMEOUT * 1000))" >>"$qlog"
            slow_ms=$((QUERY_TIMEOUT * 1000)); slow_name="$q (timeout >)"
            echo "   query $q: timeout after ${QUERY_TIMEOUT}s" >&2
            continue
        fi
        warm=$QUERY_RUNS
        (( $(echo "$(date +%s.%N) - $t0 > 2" | bc -l) )) && warm=1
        ms=()
        for _ in $(seq 1 "$warm"); do
            ms+=("$(echo "$(wall "$BIN" query --store "$store" --format csv "$q") * 1000" | bc -l)")
        done
        m=$(median "${ms[@]}")
        printf '%s\t%.0f\t%s\n' "$q" "$m" "$((rows - 1))" >>"$qlog"
        echo "   query $q: $(fmt "$m" 0) ms, $((rows - 1)) rows" >&2
        if [[ "$slow_name" != *timeout* ]] && (( $(echo "$m > $slow_ms" | bc -l) )); then slow_ms=$m; slow_name=$q; fi
    done
    # stats: a cold run, then 3 timed runs; over QUERY_TIMEOUT * 6 it is reported as a timeout.
    st=$((QUERY_TIMEOUT * 6))
    if timeout "$st" "$BIN" stats --store "$store" >/dev/null; then
        sms=()
        for _ in $(seq 1 3); do
            sms+=("$(echo "$(wall timeout "$st" "$BIN" stats --store "$store") * 1000" | bc -l)")
        done
        stats_ms=$(median "${sms[@]}")
    else
        stats_ms=">$((st * 1000))"
    fi

    aps=$(echo "$N / $t" | bc -l)
    qps=$(echo "$quads / $t" | bc -l)
    fqps=$(echo "$nq_quads / $fl" | bc -l)
    ratio=$(echo "$t / $fl" | bc -l)
    speed=$(echo "$t / $re" | bc -l)
    ROWS+=("| $N | $(fmt "$mb") | $(fmt "$t" 2) | $(fmt "$aps") | $quads | $(fmt "$qps" 0) | ${cpu_m}% | $(fmt "$(echo "$rss / 1024" | bc -l)" 0) | $store_mb | $(fmt "$fl" 2) | $(fmt "$fqps" 0) | $(fmt "$ratio" 1)× | $(fmt "$re" 2) | $(fmt "$speed" 1)× | $slow_name $(fmt "$slow_ms" 0) | $( [[ "$stats_ms" == \>* ]] && echo "$stats_ms" || fmt "$stats_ms" 0) |")
    NOTES+=("N=$N queries (ms, rows): $(awk -F'\t' '{printf "%s %s (%s); ", $1, $2, $3}' "$qlog")floor store ${floor_mb} MiB; runs: ingest ${ingest_s[*]} s (of which compaction ${compact_s[*]:-none} s), re-ingest ${re_s[*]} s, floor ${floor_s[*]} s${failed:+; $failed}")
done

if [ -n "${T10[10000]:-}" ] && [ -n "${T10[100000]:-}" ]; then
    NOTES+=("scaling 100k/10k: $(fmt "$(echo "${T10[100000]} / ${T10[10000]}" | bc -l)" 2)× (target ≤ 12×)")
fi

header="| N | input MB | ingest s | articles/s | quads | quads/s | CPU | peak RSS MiB | store MiB | floor s | floor quads/s | ingest/floor | re-ingest s | re-ingest speedup | slowest query ms | stats ms |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
table=$(printf '%s\n' "$header" "${ROWS[@]}")
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(uname -r); newsgraph $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet HEAD -- src 2>/dev/null || echo '+dirty src'); oxigraph CLI $(oxigraph --version | awk '{print $2}'); load average before $LOAD_BEFORE, rustc processes before $RUSTC_BEFORE, after $(pgrep -c rustc || true); input $INPUT, seed $SEED, $RUNS runs (median; $RUNS_LARGE for N ≥ 10000), queries: median of $QUERY_RUNS warm runs (1 if the cold run took > 2 s), timeout $QUERY_TIMEOUT s; stats: median of 3"
echo
echo "$table"
echo
printf -- '- %s\n' "$machine" "${NOTES[@]}"

file="$OUT/$(date +%F)${LABEL:+-$LABEL}-$INPUT.md"
{
    echo "# newsgraph end-to-end benchmark, $(date +%F)"
    echo
    echo "Command: \`scripts/bench.sh $ARGS\` (RUNS=$RUNS RUNS_LARGE=$RUNS_LARGE QUERY_RUNS=$QUERY_RUNS SEED=$SEED). Floor: \`oxigraph load\` of the quads ingest wrote (\`oxigraph dump\`), same machine, same run."
    echo
    echo "$table"
    echo
    printf -- '- %s\n' "$machine" "${NOTES[@]}"
} >"$file"
echo "written to $file" >&2
