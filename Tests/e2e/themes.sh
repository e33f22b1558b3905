#!/usr/bin/env bash
# End-to-end: every shipped theme in a real terminal (tmux on a private socket) under
# TERM=xterm-256color and TERM=xterm. For every colour theme the Iraq bars (█) and Syria bars (▓)
# must carry different colours in `capture-pane -e`; mono and NO_COLOR=1 must carry none, and
# under NO_COLOR no colour escape may reach the terminal at all. Then `t` cycles the theme live
# and the choice is remembered. Waits by polling the screen with a 10 s ceiling.
set -euo pipefail
BIN=$(realpath "${1:-.build/debug/watchfloor}")
SOCK="wf-e2e-themes-$$"
WORK=$(mktemp -d)
STORE="$WORK/demo.sqlite"
export XDG_CONFIG_HOME="$WORK/config"   # no user themes, no saved choice
unset NO_COLOR
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib/tmux.sh"

wait_file() {
  local deadline=$((SECONDS + 10))
  until grep -qF -- "$2" "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || fail "$1 never contained: $2"
    sleep 0.1
  done
}

# bar_colours: reads `capture-pane -e` output, follows the SGR state, and prints the colours
# (foreground/background) of the Iraq glyph █ and of the Syria glyph ▓ as "IRAQ SYRIA", each a
# comma-separated set; "d" is the terminal's default colour.
bar_colours() {
  perl -CSD -ne '
    BEGIN { $fg = "d"; $bg = "d"; }
    while (/\G(?:\e\[([0-9;]*)m|(.))/gcs) {
      if (defined $1) {
        my @p = split /;/, ($1 eq "" ? "0" : $1);
        while (@p) {
          my $c = shift @p;
          if ($c == 0) { $fg = "d"; $bg = "d"; }
          elsif ($c == 39) { $fg = "d"; } elsif ($c == 49) { $bg = "d"; }
          elsif (($c >= 30 && $c <= 37) || ($c >= 90 && $c <= 97)) { $fg = $c; }
          elsif (($c >= 40 && $c <= 47) || ($c >= 100 && $c <= 107)) { $bg = $c; }
          elsif ($c == 38 || $c == 48) {
            my $mode = shift @p;
            my $v = $mode == 5 ? "5:" . shift(@p) : "2:" . join(":", splice(@p, 0, 3));
            if ($c == 38) { $fg = $v; } else { $bg = $v; }
          }
        }
      } elsif ($2 eq "\x{2588}") { $iraq{"$fg/$bg"} = 1; }
      elsif ($2 eq "\x{2593}") { $syria{"$fg/$bg"} = 1; }
    }
    END { print join(",", sort keys %iraq) || "none", " ", join(",", sort keys %syria) || "none", "\n"; }'
}

# colour_escapes: the SGR sequences in the input that set a colour (30–38, 40–48, 90–97, 100–107).
colour_escapes() {
  perl -ne 'while (/\e\[([0-9;]*)m/g) { for (split /;/, $1) { if (/^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$/) { print "$1\n"; last } } }' | head -3
}

"$BIN" demo --build-only --store "$STORE" >/dev/null
themes=$("$BIN" themes list | awk '{print $1}')
for name in default light mono high-contrast colorblind amber solarized-dark nord; do
  echo "$themes" | grep -qx "$name" || fail "themes list does not show $name"
done

tmux -L "$SOCK" -f /dev/null new-session -d -s e2e -x 120 -y 32 "bash --norc --noprofile"
tmux -L "$SOCK" send-keys -t e2e "PS1='shell\$ '; clear" Enter
passed=0
run=0

# open TERM THEME [ENV...]: starts the dashboard and waits for the chart legend.
open() {
  local term=$1 theme=$2; shift 2
  run=$((run + 1))
  tmux -L "$SOCK" send-keys -t e2e "clear; $* TERM=$term $BIN dash --store $STORE ${theme:+--theme $theme}; echo exited-$run=\$?" Enter
  wait_for "█ Iraq  ▓ Syria"
  wait_for "2024-08-13 Syria   Conoco gas"
}
quit() {
  tmux -L "$SOCK" send-keys -t e2e q
  wait_for "exited-$run=0"
}

for term in xterm-256color xterm; do
  for name in $themes; do
    open "$term" "$name"
    read -r iraq syria < <(tmux -L "$SOCK" capture-pane -p -e -t e2e | bar_colours)
    if [ "$name" = mono ]; then
      [ "$iraq" = "d/d" ] && [ "$syria" = "d/d" ] || fail "mono under $term shows colours: Iraq $iraq, Syria $syria"
    else
      [ "$iraq" != none ] && [ "$syria" != none ] || fail "$name under $term: no bars found (Iraq $iraq, Syria $syria)"
      case ",$iraq," in *",d/"*) fail "$name under $term: Iraq bars in the default colour ($iraq)";; esac
      for colour in ${syria//,/ }; do
        case ",$iraq," in *",$colour,"*) fail "$name under $term: Iraq and Syria bars share $colour (Iraq $iraq, Syria $syria)";; esac
      done
    fi
    printf '  %-15s %-15s Iraq %-14s Syria %s\n' "$term" "$name" "$iraq" "$syria"
    quit
    passed=$((passed + 1))
  done
done

# Direct colour, where terminfo has it (xterm-direct comes with the ncurses-term package):
# the theme's #rrggbb values arrive exactly.
if infocmp xterm-direct >/dev/null 2>&1; then
  open xterm-direct nord
  read -r iraq syria < <(tmux -L "$SOCK" capture-pane -p -e -t e2e | bar_colours)
  [ "$iraq" = "2:136:192:208/2:46:52:64" ] && [ "$syria" = "2:235:203:139/2:46:52:64" ] \
    || fail "nord under xterm-direct: Iraq $iraq, Syria $syria (expected the exact #88C0D0 and #EBCB8B on #2E3440)"
  printf '  %-15s %-15s Iraq %-14s Syria %s\n' xterm-direct nord "$iraq" "$syria"
  quit
  passed=$((passed + 1))
else
  echo "  (no xterm-direct terminfo here: direct colour not tried)"
fi

# NO_COLOR: no colour on the screen, and no colour escape in what the program wrote.
tmux -L "$SOCK" pipe-pane -t e2e -o "cat > $WORK/raw-no-color.out"
open xterm-256color "" NO_COLOR=1
tmux -L "$SOCK" send-keys -t e2e j
wait_for "Rumalyn Landing Zone, Syria"
found=$(tmux -L "$SOCK" capture-pane -p -e -t e2e | colour_escapes)
[ -z "$found" ] || fail "NO_COLOR=1: capture-pane shows colour escapes: $found"
tmux -L "$SOCK" send-keys -t e2e t
wait_for "colours are off because NO_COLOR is set"
quit
tmux -L "$SOCK" pipe-pane -t e2e
found=$(colour_escapes < "$WORK/raw-no-color.out")
[ -z "$found" ] || fail "NO_COLOR=1: the program wrote colour escapes: $found"
grep -q $'\e\\[0;1;7m\|\e\\[1;7m\|\e\\[7m' "$WORK/raw-no-color.out" || fail "NO_COLOR=1: the selection is not drawn in reverse video"
passed=$((passed + 1))

# t cycles the theme live, says which, and the choice is kept for next time.
open xterm-256color default
tmux -L "$SOCK" send-keys -t e2e t
wait_for "theme high-contrast"
wait_file "$XDG_CONFIG_HOME/watchfloor/config" "theme = high-contrast"
read -r iraq syria < <(tmux -L "$SOCK" capture-pane -p -e -t e2e | bar_colours)
[ "$iraq" = "5:226/5:16" ] || fail "after t the Iraq bars are $iraq, not high-contrast yellow on black"
quit
printf 'refresh = 5   # hand-written\ntheme = high-contrast\n' > "$XDG_CONFIG_HOME/watchfloor/config"
open xterm-256color ""
read -r iraq syria < <(tmux -L "$SOCK" capture-pane -p -e -t e2e | bar_colours)
[ "$iraq" = "5:226/5:16" ] || fail "the saved theme was not used at start (Iraq bars $iraq)"
tmux -L "$SOCK" send-keys -t e2e t
wait_for "theme light"
quit
[ "$(cat "$XDG_CONFIG_HOME/watchfloor/config")" = $'refresh = 5   # hand-written\ntheme = light' ] \
  || fail "the config was changed beyond its theme line: $(cat -A "$XDG_CONFIG_HOME/watchfloor/config")"
passed=$((passed + 1))

echo "e2e themes: $passed passed, 0 failed"
