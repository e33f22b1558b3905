#!/usr/bin/env bash
# make soak (not in CI): 10 minutes of replay into a store watched by the dashboard, with articles
# dropped into an inbox watched by `ingest --watch`; samples the resident memory (VmRSS from
# /proc/PID/status) of both every 30 s and reports whether it grew.
#   SOAK_SECONDS (600)  how long      SOAK_SAMPLE (30)  seconds between samples
#   SOAK_SPEED (1)      replay speed  SOAK_KEEP=1       keep the work directory (store, log)
set -euo pipefail
BIN=$(realpath "${1:-.build/release/watchfloor}")
HERE=$(cd "$(dirname "$0")" && pwd)
SEEDS="$HERE/../IncidentCoreTests/Fixtures/seeds/articles"
TOTAL=${SOAK_SECONDS:-600}
SAMPLE=${SOAK_SAMPLE:-30}
WORK=$(mktemp -d)
STORE="$WORK/soak.sqlite"
INBOX="$WORK/inbox"
LOG="$WORK/watchfloor.log"
SOCK="wf-soak-$$"
mkdir -p "$INBOX"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  tmux -L "$SOCK" kill-server 2>/dev/null || true
  if [ "${SOAK_KEEP:-}" = 1 ]; then echo "soak: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }   # kB
alive() { kill -0 "$1" 2>/dev/null; }

# The writer: the bundled data in date order, over and over (later rounds merge into the incidents).
"$BIN" replay-writer --store "$STORE" --speed "${SOAK_SPEED:-1}" --repeat --log "$LOG" &
WRITER=$!; pids+=("$WRITER")
for _ in $(seq 100); do [ -s "$STORE" ] && break; sleep 0.1; done
[ -s "$STORE" ] || { echo "soak: FAIL the replay writer created no store"; exit 1; }

"$BIN" ingest --watch "$INBOX" --store "$STORE" --log "$LOG" >"$WORK/ingest.out" 2>"$WORK/ingest.err" &
INGEST=$!; pids+=("$INGEST")

if "$BIN" dash --help 2>/dev/null | grep -q -- '--kiosk'; then DASH="dash --kiosk"; else
  DASH="dash"; echo "soak: note: this build has no 'dash --kiosk' yet; measuring the interactive dashboard"
fi
tmux -L "$SOCK" -f /dev/null new-session -d -s soak -x 200 -y 60 \
  "exec env TERM=xterm-256color $BIN $DASH --store $STORE"
sleep 1
DASHPID=$(tmux -L "$SOCK" list-panes -t soak -F '#{pane_pid}')

# The feeder: a seed article every 3 s, each copy made unique so it is a new article, arriving by
# cp in place, by rename from *.tmp, or written slowly in two parts; a bad file now and then.
(
  n=0
  mapfile -t seeds < <(ls "$SEEDS"/*.txt)
  while :; do
    n=$((n + 1))
    src=${seeds[$((n % ${#seeds[@]}))]}
    name="soak-$(printf '%05d' $n).txt"
    case $((n % 4)) in
      0) { cat "$src"; printf '\nSoak copy %d.\n' $n; } >"$INBOX/$name.tmp"; mv "$INBOX/$name.tmp" "$INBOX/$name" ;;
      1) { cat "$src"; printf '\nSoak copy %d.\n' $n; } >"$WORK/copy"; cp "$WORK/copy" "$INBOX/$name" ;;
      2) { head -c 400 "$src"; sleep 1; tail -c +401 "$src"; printf '\nSoak copy %d.\n' $n; } >"$INBOX/$name" ;;
      3) if [ $((n % 20)) = 3 ]; then printf 'PNG\0\1\2' >"$INBOX/bad-$n.txt"; else
           { cat "$src"; printf '\nSoak copy %d.\n' $n; } >"$INBOX/$name"; fi ;;
    esac
    # Keep the inbox to its last 40 files, as an operator's clean-up job would.
    ls -1t "$INBOX" | tail -n +41 | while read -r old; do rm -f "$INBOX/$old"; done
    sleep 3
  done
) &
FEEDER=$!; pids+=("$FEEDER")

printf 'soak: %s s, %s, store %s\n' "$TOTAL" "$DASH" "$STORE"
printf '%8s %16s %16s %10s\n' "seconds" "ingest RSS kB" "dash RSS kB" "ingested"
declare -a ING DSH
start=$SECONDS
while :; do
  t=$((SECONDS - start))
  alive "$INGEST" || { echo "soak: FAIL ingest --watch exited"; cat "$WORK/ingest.err"; exit 1; }
  alive "$DASHPID" || { echo "soak: FAIL the dashboard exited"; exit 1; }
  i=$(rss "$INGEST"); d=$(rss "$DASHPID")
  ING+=("$i"); DSH+=("$d")
  printf '%8d %16d %16d %10d\n' "$t" "$i" "$d" "$(wc -l <"$WORK/ingest.out")"
  [ "$t" -ge "$TOTAL" ] && break
  sleep "$SAMPLE"
done

kill "$FEEDER" "$WRITER" 2>/dev/null || true
kill -TERM "$INGEST"; status=0; wait "$INGEST" || status=$?
tmux -L "$SOCK" send-keys -t soak q
errors=$(grep -c 'error' "$WORK/ingest.err" || true)
echo "soak: ingest --watch exit status on SIGTERM: $status; $(wc -l <"$WORK/ingest.out") files ingested, $errors error lines (bad files are expected)"

# Growth: from the first sample after warm-up (the second sample) to the last.
verdict() {
  local name=$1; shift; local -a v=("$@")
  local base=${v[1]:-${v[0]}} last=${v[-1]} max=0
  for x in "${v[@]}"; do [ "$x" -gt "$max" ] && max=$x; done
  local growth=$((last - base))
  local flat="flat"
  if [ "$growth" -gt 8192 ] && [ $((growth * 100 / (base + 1))) -gt 20 ]; then flat="GROWING"; fi
  printf 'soak: %-14s RSS after warm-up %d kB, at the end %d kB, max %d kB: %s\n' "$name" "$base" "$last" "$max" "$flat"
  [ "$flat" = flat ]
}
ok=0
verdict "ingest --watch" "${ING[@]}" || ok=1
verdict "dashboard" "${DSH[@]}" || ok=1
[ "$status" = 0 ] || ok=1
exit $ok
