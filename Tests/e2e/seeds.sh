#!/usr/bin/env bash
# End-to-end on the five seed articles: the real binary in tmux on a private socket, waiting by
# polling the screen with a 10 s ceiling. Covers the first frame, moving the selection, the second
# source of the merged incident, full-text search, and an `ingest` from another process showing up
# on screen with no key pressed.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
HERE=$(cd "$(dirname "$0")" && pwd)
SEEDS="$HERE/../IncidentCoreTests/Fixtures/seeds/articles"
SOCK="wf-e2e-seeds-$$"
WORK=$(mktemp -d)
STORE="$WORK/seeds.sqlite"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"


"$BIN" ingest --store "$STORE" "$SEEDS"/*.txt >/dev/null
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 120 -y 40 "bash --norc --noprofile"
send "PS1='shell\$ '; clear; TERM=xterm-256color $BIN dash --store $STORE; echo exited=\$?" Enter
passed=0

# First frame: the four seed incidents, newest first and selected, the chart, the article text.
wait_for "4 / 4 incidents"
for row in "2024-08-05 Iraq    Ain al-Asad" "2024-01-20 Iraq    Ain al-Asad" "2023-12-25 Iraq    Erbil Air Base" "2023-11-21 Iraq    Ain al-Asad"; do
  wait_for "$row"
done
wait_for "█ Iraq  ▓ Syria"
wait_for "Jul   Sep   Nov   Jan"
wait_for "#6 attack 2024-08-05 · Ain al-Asad Air Base, Iraq"
wait_for "(Baghdad) Americans were injured Monday in a rocket attack"
passed=$((passed + 1))

# j moves to the merged 2024-01-20 incident, whose pane opens on its first source.
send j
wait_for "attack 2024-01-20 · Ain al-Asad Air Base, Iraq"
wait_for "[1] Estadão 2024-01-20  [2] unknown Italian outlet 2024-01-21"
wait_for "At least two soldiers out US"
passed=$((passed + 1))

# ] switches to its second source.
send ']'
wait_for "unknown Italian outlet (translated) · 2024-01-21"
wait_for "Militants close to Iran fired ballistic missiles"
passed=$((passed + 1))

# /rockets finds the selected incident's article that mentions rockets, scrolled to the word;
# n goes on to the next incident with a hit (wrapping round to the top).
send /
send -l rockets
send Enter
wait_for "/rockets: "
wait_for "matching articles or summaries (n/N next/previous)"
wait_for "attack 2024-01-20 · Ain al-Asad Air Base, Iraq"
wait_for "hit by rockets or missiles"
send n
wait_for "#6 attack 2024-08-05"
passed=$((passed + 1))

# Another process ingests a new article: it appears without a key press.
"$BIN" ingest --store "$STORE" "$HERE/fixtures/late-al-tanf.txt" >/dev/null
wait_for "5 / 5 incidents"
wait_for "Syria   Al-Tanf"
passed=$((passed + 1))

send q
wait_for "exited=0"
passed=$((passed + 1))
echo "e2e seeds: $passed passed, 0 failed"
