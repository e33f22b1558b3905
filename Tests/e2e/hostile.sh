#!/usr/bin/env bash
# End-to-end: the dashboard shows an article full of escape sequences, controls, bidi overrides,
# a combining-mark flood and a 100,000-character line, in a real terminal (tmux, private socket).
# After showing it, and after quitting: the pane and window titles are unchanged, the pane next
# door is untouched, the layout is intact, no mode was switched, and the bytes sent to the
# terminal hold no OSC/DCS/reset sequence at all. Waits by polling (10 s ceiling), never by sleeps.
set -euo pipefail
export LC_ALL=C.UTF-8
BIN=$(realpath "${1:-.build/debug/watchfloor}")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FIXTURE="$ROOT/Tests/IncidentCoreTests/Fixtures/hostile/hostile-article.txt"
SOCK="wf-hostile-$$"
WORK=$(mktemp -d)
STORE="$WORK/hostile.sqlite"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
T() { tmux -L "$SOCK" "$@"; }

fail() { echo "FAIL: $*"; echo "--- dashboard pane ---"; T capture-pane -p -t "$DASH" 2>/dev/null || true; exit 1; }
screen() { T capture-pane -p -t "$DASH"; }
wait_for() {
  local deadline=$((SECONDS + 10))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "screen never showed: $1"
    sleep 0.1
  done
}
expect_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }

"$BIN" ingest --store "$STORE" "$FIXTURE" >/dev/null 2>"$WORK/ingest.err"
grep -qF "removed control characters or escape sequences" "$WORK/ingest.err" || fail "ingest did not warn about the controls"

T -f /dev/null new-session -d -s e2e -x 170 -y 40 "bash --norc --noprofile"
NEIGHBOUR=$(T display -p -t e2e '#{pane_id}')
DASH=$(T split-window -h -t e2e -l 120 -P -F '#{pane_id}' "bash --norc --noprofile")
T select-pane -t "$NEIGHBOUR" -T neighbour-title
T select-pane -t "$DASH" -T dashboard-title
T rename-window -t e2e watch-window
T send-keys -t "$NEIGHBOUR" "PS1='left\$ '; clear; printf 'SENTINEL-1\nSENTINEL-2\n'" Enter
until T capture-pane -p -t "$NEIGHBOUR" | grep -q SENTINEL-2; do sleep 0.1; done
T capture-pane -p -t "$NEIGHBOUR" > "$WORK/neighbour.before"
LAYOUT=$(T display -p -t e2e '#{window_layout}')
T pipe-pane -t "$DASH" -o "cat >> $WORK/raw"

checks=0
check_untouched() {
  expect_eq "$(T display -p -t "$DASH" '#{pane_title}')" dashboard-title "pane title ($1)"
  expect_eq "$(T display -p -t "$NEIGHBOUR" '#{pane_title}')" neighbour-title "neighbour title ($1)"
  expect_eq "$(T display -p -t e2e '#{window_name}')" watch-window "window name ($1)"
  expect_eq "$(T display -p -t e2e '#{window_layout}')" "$LAYOUT" "layout of the panes ($1)"
  T capture-pane -p -t "$NEIGHBOUR" > "$WORK/neighbour.now"
  cmp -s "$WORK/neighbour.before" "$WORK/neighbour.now" || fail "the neighbouring pane changed ($1)"
  expect_eq "$(T display -p -t "$DASH" '#{mouse_any_flag}')" 0 "mouse reporting (--no-mouse) ($1)"
  expect_eq "$(T display -p -t "$DASH" '#{pane_width}x#{pane_height}')" 120x40 "dashboard pane size ($1)"
  ! screen | grep -q PWNED || fail "a control-string payload reached the screen ($1)"
  checks=$((checks + 1))
}
# The dashboard's frame: header on the first row, hints on the last, boxes where they belong.
check_layout() {
  screen > "$WORK/frame"
  head -1 "$WORK/frame" | grep -qF " Watchfloor │ hostile.sqlite" || fail "header row ($1)"
  tail -1 "$WORK/frame" | grep -qF " q quit" || fail "hint row ($1)"
  sed -n 2p "$WORK/frame" | grep -qE "^┌─ Incidents" || fail "table box top ($1)"
  grep -qE "^┌─ (Detail|Article)" "$WORK/frame" || fail "detail box ($1)"
  # Every framed row exactly 120 columns; in the article pane, exactly its two borders.
  local n=0 inside=0 line borders
  while IFS= read -r line; do
    n=$((n + 1))
    if [ $n -ge 2 ] && [ $n -le 39 ]; then
      [ "$(printf '%s' "$line" | wc -L)" -eq 120 ] || fail "row $n is not 120 columns wide ($1)"
    fi
    case $line in
      "┌─ Detail"*|"┌─ Article"*) inside=1; continue ;;
      "└"*) inside=0 ;;
    esac
    if [ $inside = 1 ]; then
      borders=${line//[^│]/}
      [ ${#borders} -eq 2 ] || fail "row $n of the article pane has ${#borders} borders, not 2 ($1)"
    fi
  done < "$WORK/frame"
  [ "$(wc -l < "$WORK/frame")" -eq 40 ] || fail "frame has $(wc -l < "$WORK/frame") rows ($1)"
  expect_eq "$(T display -p -t "$DASH" '#{alternate_on}')" 1 "alternate screen still on ($1)"
}

T send-keys -t "$DASH" "PS1='dash\$ '; clear; TERM=xterm-256color $BIN dash --no-mouse --store $STORE; echo exited=\$?" Enter
wait_for "Rockets hit Ain al-Asad again"
wait_for "attack 2024-03-01 · Ain al-Asad Air Base"
check_layout "hostile article shown"
check_untouched "hostile article shown"

# Into the article pane, through the control-laden lines, the mark flood and the long line.
T send-keys -t "$DASH" Tab
for _ in 1 2 3 4 5 6 7 8; do
  T send-keys -t "$DASH" NPage
  wait_for " q quit"
  check_layout "scrolling the article"
  check_untouched "scrolling the article"
done
T send-keys -t "$DASH" G
wait_for "Last line of the hostile article."
check_layout "end of the article"
check_untouched "end of the article"
T send-keys -t "$DASH" Escape
T send-keys -t "$DASH" -l '/'
T send-keys -t "$DASH" -l 'Long-line'
T send-keys -t "$DASH" Enter
# "Long" is glued to the run of A's before it ("AAA…ALong-line."), so no word starts with it: the
# search ends with this message. (Waiting for " q quit" passed only while the stale screen was
# still up, which a dashboard that re-wrapped the long article on every frame made likely.)
wait_for 'no incident here matches `Long-line`'
T send-keys -t "$DASH" Escape  # clears the message: the hint row is back
wait_for " q quit"
check_layout "searching"
check_untouched "searching"

T send-keys -t "$DASH" q
wait_for "exited=0"
wait_for "dash\$"
expect_eq "$(T display -p -t "$DASH" '#{alternate_on}')" 0 "alternate screen left after quitting"
check_untouched "after quitting"
T pipe-pane -t "$DASH"

# The bytes the dashboard wrote: no OSC (title), DCS, RIS reset, 8-bit C1, or the payloads. The one
# question the dashboard asks itself at start, the background colour (OSC 11 with `?`), is not content.
[ "$(LC_ALL=C grep -c $'\e\]11;?\a' "$WORK/raw" || true)" -le 1 ] || fail "the background was asked more than once"
LC_ALL=C sed -i 's/\x1b\]11;?\x07//g' "$WORK/raw"
LC_ALL=C grep -c $'\e\]' "$WORK/raw" >/dev/null && fail "an OSC sequence reached the terminal"
LC_ALL=C grep -c $'\eP' "$WORK/raw" >/dev/null && fail "a DCS sequence reached the terminal"
LC_ALL=C grep -c $'\ec' "$WORK/raw" >/dev/null && fail "a terminal reset reached the terminal"
LC_ALL=C grep -c $'\xc2[\x80-\x9f]' "$WORK/raw" >/dev/null && fail "a C1 control reached the terminal"
LC_ALL=C grep -c $'\xe2\x80[\xaa-\xae]' "$WORK/raw" >/dev/null && fail "a bidi override reached the terminal"
grep -c PWNED "$WORK/raw" >/dev/null && fail "a control-string payload reached the terminal"
[ "$(LC_ALL=C grep -o $'\e\[?1049h' "$WORK/raw" | wc -l)" -eq 1 ] || fail "the alternate screen was switched more than once"
checks=$((checks + 1))

echo "e2e hostile: $checks checks passed, 0 failed"
