#!/usr/bin/env bash
# End-to-end for the watch officer's feeds: the dashboard open in tmux (private socket) while
# `ingest --watch` runs on an inbox; an article copied into the inbox shows up on screen (10 s
# ceiling), the watcher exits 0 on SIGTERM. Then `demo --replay` fills an empty demo store from a
# separate writer while the dashboard shows it, and the writer is gone once the dashboard quits.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
HERE=$(cd "$(dirname "$0")" && pwd)
SEEDS="$HERE/../IncidentCoreTests/Fixtures/seeds/articles"
SOCK="wf-e2e-inbox-$$"
WORK=$(mktemp -d)
STORE="$WORK/inbox.sqlite"
INBOX="$WORK/inbox"
WATCHER=""
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; [ -n "$WATCHER" ] && kill "$WATCHER" 2>/dev/null; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"

passed=0

mkdir -p "$INBOX"
cp "$SEEDS/002_c0a3f5a48ac1558f.txt" "$INBOX/already-there.txt"
"$BIN" ingest --watch "$INBOX" --store "$STORE" --log "$WORK/watchfloor.log" >"$WORK/ingest.out" 2>"$WORK/ingest.err" &
WATCHER=$!
deadline=$((SECONDS + 10))
until grep -q "already-there.txt: new incident" "$WORK/ingest.out"; do
  [ $SECONDS -lt $deadline ] || fail "ingest --watch did not ingest the file already in the inbox: $(cat "$WORK/ingest.err")"
  sleep 0.1
done
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 120 -y 40 "bash --norc --noprofile"
send "PS1='shell\$ '; clear; TERM=xterm-256color XDG_CACHE_HOME=$WORK/cache XDG_STATE_HOME=$WORK/state $BIN dash --store $STORE; echo exited=\$?" Enter
wait_for "1 / 1 incidents"
wait_for "2023-11-21 Iraq    Ain al-Asad"
passed=$((passed + 1))

# A file copied into the inbox reaches the store and the screen.
cp "$HERE/fixtures/late-al-tanf.txt" "$INBOX/"
wait_for "2 / 2 incidents"
wait_for "Syria   Al-Tanf"
grep -q "late-al-tanf.txt: new incident" "$WORK/ingest.out" || fail "no ingest line for the copied file"
passed=$((passed + 1))

# A file renamed into place from *.part is ingested; the *.part itself never is.
cp "$SEEDS/000_f32281e6cc75f096.txt" "$INBOX/wire.txt.part"
sleep 1.5
grep -q "wire.txt.part" "$WORK/ingest.out" && fail "a *.part file was ingested"
mv "$INBOX/wire.txt.part" "$INBOX/wire.txt"
wait_for "2024-01-20 Iraq    Ain al-Asad"
passed=$((passed + 1))

kill -TERM "$WATCHER"
status=0; wait "$WATCHER" || status=$?
WATCHER=""
[ "$status" = 0 ] || fail "ingest --watch exited $status on SIGTERM"
passed=$((passed + 1))
send q
wait_for "exited=0"

# demo --replay: the dashboard opens on an empty store and the incidents arrive by themselves.
send "clear; XDG_CACHE_HOME=$WORK/cache XDG_STATE_HOME=$WORK/state TERM=xterm-256color $BIN demo --replay --speed 40; echo exited=\$?" Enter
wait_for "demo.sqlite"
wait_for "84 / 84 incidents"
wait_for "2024-08-13 Syria   Conoco gas"
grep -q "replay: 104 of 104 items written" "$WORK/state/watchfloor/watchfloor.log" || fail "the replay writer did not log its end"
passed=$((passed + 1))
send q
wait_for "exited=0"
passed=$((passed + 1))

# Plain demo (no replay) opens the full demo store at once.
send "clear; XDG_CACHE_HOME=$WORK/cache XDG_STATE_HOME=$WORK/state TERM=xterm-256color $BIN demo 2>/dev/null; echo exited=\$?" Enter
wait_for "84 / 84 incidents"
send q
wait_for "exited=0"
passed=$((passed + 1))

# With a slow replay, quitting the dashboard stops the writer mid-way.
send "clear; XDG_CACHE_HOME=$WORK/cache XDG_STATE_HOME=$WORK/state TERM=xterm-256color $BIN demo --replay --speed 0.5; echo exited=\$?" Enter
wait_for "demo.sqlite"
pgrep -f "replay-writer --store $WORK/cache" >/dev/null || fail "no replay writer process while the dashboard is open"
send q
wait_for "exited=0"
deadline=$((SECONDS + 10))
while pgrep -f "replay-writer --store $WORK/cache" >/dev/null; do
  [ $SECONDS -lt $deadline ] || fail "the replay writer outlived the dashboard"
  sleep 0.1
done
passed=$((passed + 1))
echo "e2e inbox: $passed passed, 0 failed"
