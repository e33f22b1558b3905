#!/usr/bin/env bash
# End-to-end: the real binary in a real terminal (tmux on a private socket), waiting by polling
# the screen with a 10 s ceiling, never by fixed sleeps.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
SOCK="wf-e2e-$$"
WORK=$(mktemp -d)
STORE="$WORK/demo.sqlite"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"


"$BIN" demo --build-only --store "$STORE" >/dev/null
tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 120 -y 32 "bash --norc --noprofile"
tmux -L "$SOCK" send-keys -t e2e "PS1='shell\$ '; clear; TERM=xterm-256color $BIN dash --store $STORE; echo exited=\$?" Enter

wait_for "Watchfloor │ demo.sqlite"
wait_for "█ Iraq  ▓ Syria"
wait_for "Nov Dec Jan"
wait_for "2024-08-13 Syria   Conoco gas"
wait_for "#84 attack 2024-08-13 · Conoco gas field, Syria"
passed=1

tmux -L "$SOCK" send-keys -t e2e j
wait_for "Rumalyn Landing Zone, Syria · drone"
passed=$((passed + 1))

tmux -L "$SOCK" send-keys -t e2e '?'
wait_for "Keys (any key closes)"
tmux -L "$SOCK" send-keys -t e2e x
wait_gone "Keys (any key closes)"
passed=$((passed + 1))

tmux -L "$SOCK" send-keys -t e2e f
tmux -L "$SOCK" send-keys -t e2e -l 'country:iraq'
tmux -L "$SOCK" send-keys -t e2e Enter
wait_for "filter: country:iraq"
tmux -L "$SOCK" send-keys -t e2e Escape
wait_gone "filter: country:iraq"
passed=$((passed + 1))

tmux -L "$SOCK" resize-window -t e2e -x 80 -y 24
wait_for "Incidents 84"
tmux -L "$SOCK" resize-window -t e2e -x 30 -y 8
wait_for "terminal too small"
tmux -L "$SOCK" resize-window -t e2e -x 120 -y 32
wait_for "█ Iraq  ▓ Syria"
passed=$((passed + 1))

tmux -L "$SOCK" send-keys -t e2e q
wait_for "exited=0"
wait_for "shell\$"
passed=$((passed + 1))

echo "e2e dashboard: $passed passed, 0 failed"
