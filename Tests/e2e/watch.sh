#!/usr/bin/env bash
# End-to-end for the watch-officer screen: the real binary in tmux on a private socket, polling the
# screen with a 10 s ceiling. The kiosk renders; an article ingested by another process appears
# marked new; the store moved away raises the banner, moved back clears it.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
HERE=$(cd "$(dirname "$0")" && pwd)
SOCK="wf-e2e-watch-$$"
WORK=$(mktemp -d)
STORE="$WORK/watch.sqlite"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"

move_store() { for s in "" -wal -shm; do [ ! -e "$1$s" ] || mv "$1$s" "$2$s"; done; }

"$BIN" demo --build-only --store "$STORE" >/dev/null
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 200 -y 60 "bash --norc --noprofile"
tmux -L "$SOCK" send-keys -t e2e "PS1='shell\$ '; clear; TERM=xterm-256color $BIN watch --store $STORE --now 2024-09-02 --new-for 3 --log $WORK/log; echo exited=\$?" Enter
passed=0

wait_for "WATCHFLOOR │ watch.sqlite │ 84 incidents"
wait_for "Attacks  24 h: 0   7 d: 0   30 d: 3   (to 2024-09-02)"
wait_for "days since an attack with US casualties (2024-08-09)"
wait_for "Latest arrivals 1/10"
wait_for "█ Iraq  ▓ Syria  ░ other"
wait_for "read-only watch screen"
# The demo's own arrivals stop counting as new after --new-for.
wait_for "nothing new in the last 3 s"
passed=$((passed + 1))

# Keys change nothing on the kiosk.
tmux -L "$SOCK" send-keys -t e2e j f
sleep 0.3
screen | grep -qF "filter:" && fail "the kiosk opened a filter prompt"
passed=$((passed + 1))

# Another process ingests an article: it appears at once, marked new, and the header counts it.
"$BIN" ingest --store "$STORE" "$HERE/fixtures/late-al-tanf.txt" >/dev/null
wait_for "2024-09-01 Syria   Al-Tanf Garrison"
wait_for "1 new in the last 3 s"
wait_for "Rockets target US forces at Al-Tanf garrison in Syria"
passed=$((passed + 1))

# The store (with its -wal and -shm) moved away: a banner, the data still shown.
move_store "$STORE" "$WORK/moved.sqlite"
wait_for "STORE UNAVAILABLE: file moved or deleted — showing data as of"
wait_for "2024-09-01 Syria   Al-Tanf Garrison"
passed=$((passed + 1))

# Moved back: the banner goes and the data shows.
move_store "$WORK/moved.sqlite" "$STORE"
wait_gone "STORE UNAVAILABLE"
wait_for "WATCHFLOOR │ watch.sqlite │ 85 incidents"
passed=$((passed + 1))

tmux -L "$SOCK" send-keys -t e2e q
wait_for "exited=0"
grep -q "new incident #" "$WORK/log" || fail "the arrival was not logged"
passed=$((passed + 1))
echo "e2e watch: $passed passed, 0 failed"
