#!/usr/bin/env bash
# End-to-end terminal edge cases in a real terminal (tmux, private socket): TERM unset, dumb or
# unknown; stdin or stdout not a TTY; SIGINT, SIGTERM and SIGHUP restore the terminal; Ctrl-Z and
# fg bring the whole screen back; 1,000 rapid resizes down to 1×1 and up to 500×200; a non-UTF-8
# locale gets ASCII glyphs. Waits by polling with a 10 s ceiling, never by fixed sleeps.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
SOCK="wf-term-$$"
WORK=$(mktemp -d)
STORE="$WORK/demo.sqlite"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"

wait_file() {
  local deadline=$((SECONDS + 10))
  until [ -s "$1" ]; do
    [ $SECONDS -lt $deadline ] || fail "never written: $1"
    sleep 0.1
  done
}
run() { T send-keys -t e2e "$1" Enter; }
clear_screen() { run "clear"; until [ "$(screen | grep -c .)" -le 1 ]; do sleep 0.1; done; }
passed=0
ok() { passed=$((passed + 1)); }

"$BIN" demo --build-only --store "$STORE" >/dev/null
T -f /dev/null new-session -d -s e2e -x 120 -y 32 "bash --norc --noprofile"
run "PS1='sh\$ '; export TERM=xterm-256color; cd $WORK; stty -g > stty.before"
wait_file "$WORK/stty.before"

# --- TERM problems and missing TTYs: one clear line, exit 1, terminal untouched.
clear_screen
run "env -u TERM $BIN dash --store $STORE; echo exit=\$?"
wait_for "exit=1"
wait_for "TERM is not set; set it to your terminal type"; ok
clear_screen
run "TERM=dumb $BIN dash --store $STORE; echo exit=\$?"
wait_for "exit=1"
wait_for "TERM=dumb cannot show a full-screen dashboard"; ok
clear_screen
run "TERM=vt-nonesuch $BIN dash --store $STORE; echo exit=\$?"
wait_for "exit=1"
wait_for "TERM=vt-nonesuch is not in the terminfo database"; ok
clear_screen
run "$BIN dash --store $STORE < /dev/null; echo exit=\$?"
wait_for "exit=1"
wait_for "stdin or stdout is not a TTY"; ok
clear_screen
run "$BIN dash --store $STORE | cat; echo exit=\${PIPESTATUS[0]}"
wait_for "exit=1"
wait_for "stdin or stdout is not a TTY"; ok
[ "$(T display -p -t e2e '#{alternate_on}')" = 0 ] || fail "a refused start switched screens"

# --- Signals: the dashboard runs in the foreground; the signal comes from outside (or Ctrl-C).
dash_and_wait() {
  clear_screen
  rm -f "$WORK/pid" "$WORK/stty.after"
  run "sh -c 'echo \$\$ > $WORK/pid; exec $BIN dash --store $STORE'; echo exited=\$?; stty -g > stty.after"
  wait_for "Watchfloor │ demo.sqlite"
  wait_for " q quit"
  [ "$(T display -p -t e2e '#{alternate_on}')" = 1 ] || fail "dashboard not on the alternate screen"
}
restored() {
  wait_file "$WORK/stty.after"
  cmp -s "$WORK/stty.before" "$WORK/stty.after" || fail "terminal modes not restored after $1: $(cat "$WORK/stty.before") vs $(cat "$WORK/stty.after")"
  [ "$(T display -p -t e2e '#{alternate_on}')" = 0 ] || fail "still on the alternate screen after $1"
  [ "$(T display -p -t e2e '#{cursor_flag}')" = 1 ] || fail "cursor still hidden after $1"
  [ "$(T display -p -t e2e '#{mouse_any_flag}')" = 0 ] || fail "mouse reporting still on after $1"
  screen | grep -q "exited=$2" || fail "no exit line with status $2 after $1: $(screen | grep exited=)"
  ok
}
dash_and_wait
T send-keys -t e2e C-c
restored "Ctrl-C (SIGINT)" 130
for signal in INT:130 TERM:143 HUP:129; do
  dash_and_wait
  kill -s "${signal%:*}" "$(cat "$WORK/pid")"
  restored "SIG${signal%:*}" "${signal#*:}"
done

# --- Ctrl-Z, a resize while stopped, then fg: the whole screen comes back at the new size.
clear_screen
run "$BIN dash --store $STORE"
wait_for " q quit"
T send-keys -t e2e C-z
wait_for "Stopped"
[ "$(T display -p -t e2e '#{alternate_on}')" = 0 ] || fail "stopped dashboard left the alternate screen on"
T resize-window -t e2e -x 100 -y 30
run "fg"
wait_for "demo.sqlite │"
wait_for "█ Iraq  ▓ Syria"
wait_for "┌─ Detail"
wait_for " q quit"
screen > "$WORK/frame"
[ "$(wc -l < "$WORK/frame")" -eq 30 ] || fail "frame rows after fg"
head -1 "$WORK/frame" | grep -qF "demo.sqlite │" || fail "header after fg"
tail -1 "$WORK/frame" | grep -qF " q quit" || fail "hints after fg"
ok

# --- 1,000 rapid resizes (batched so they arrive faster than frames), 1×1 and 500×200 among them.
sizes=()
for i in $(seq 1 1000); do
  case $((i % 250)) in
    0) sizes+=("500 200") ;;
    1) sizes+=("1 1") ;;
    *) sizes+=("$((1 + (i * 37) % 300)) $((1 + (i * 11) % 120))") ;;
  esac
done
batch=()
count=0
for s in "${sizes[@]}"; do
  set -- $s
  batch+=(resize-window -t e2e -x "$1" -y "$2" \;)
  count=$((count + 1))
  if [ ${#batch[@]} -ge 250 ]; then T "${batch[@]}"; batch=(); fi
done
[ ${#batch[@]} -eq 0 ] || T "${batch[@]}"
[ "$count" -eq 1000 ] || fail "sent $count resizes"
T resize-window -t e2e -x 120 -y 32
wait_for "█ Iraq  ▓ Syria"
wait_for "Incidents 84"
screen > "$WORK/frame"
[ "$(wc -l < "$WORK/frame")" -eq 32 ] || fail "frame rows after the resizes"
tail -1 "$WORK/frame" | grep -qF " q quit" || fail "hints after the resizes"
T send-keys -t e2e j
wait_for "Rumalyn Landing Zone, Syria · drone"
ok
T send-keys -t e2e q
deadline=$((SECONDS + 10))
until [ "$(T display -p -t e2e '#{alternate_on}')" = 0 ]; do
  [ $SECONDS -lt $deadline ] || fail "still on the alternate screen after quitting"
  sleep 0.1
done
wait_for "sh\$ "
run "echo after-fg=\$?"
wait_for "after-fg=0"
clear_screen

# --- A non-UTF-8 locale: ASCII boxes and bars, no Unicode glyphs.
run "LC_ALL=C LANG=C $BIN dash --store $STORE; echo exited=\$?"
wait_for "Watchfloor | demo.sqlite"
wait_for "+- Incidents 84"
wait_for " q quit"
screen | grep -q '[─│┌┐└┘█▓░▼▲●…]' && fail "Unicode glyphs in the C locale"
T send-keys -t e2e q
wait_for "exited=0"
ok

echo "e2e terminal: $passed passed, 0 failed"
