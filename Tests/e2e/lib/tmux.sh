# Shared by the e2e scripts: drive one tmux pane on a private socket and wait by polling the
# screen (10 s ceiling unless a second argument says otherwise), never by fixed sleeps.
# The script sets SOCK (the socket name) before sourcing this; PANE defaults to `e2e`.
PANE=${PANE:-e2e}
T() { tmux -L "$SOCK" "$@"; }
fail() { echo "FAIL: $*"; echo "--- screen ---"; T capture-pane -p -t "$PANE" 2>/dev/null || true; exit 1; }
screen() { T capture-pane -p -t "$PANE"; }
send() { T send-keys -t "$PANE" "$@"; }
# wait_for TEXT [SECONDS]: poll until the screen shows TEXT (a fixed string).
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "screen never showed: $1"
    sleep 0.1
  done
}
# wait_gone TEXT: poll until the screen no longer shows TEXT.
wait_gone() {
  local deadline=$((SECONDS + 10))
  while screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "screen still shows: $1"
    sleep 0.1
  done
}
