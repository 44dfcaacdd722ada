# Sourced by .ci/first-hour: a private Xvfb screen (1280x800) and the
# xdotool/ImageMagick helpers a script needs to use the window as a person
# does, waiting on what it can see or read (bounded polls), never on luck.
# Needs $shots (the screenshot folder) set by the caller.

# gui_screen starts Xvfb at ${screen_size:-1280x800} on a display it finds
# free itself (-displayfd: one whose socket files and abstract sockets it
# could bind, so not another job's screen when /tmp is private but the
# network namespace is shared, as in CI), and exports DISPLAY;
# gui_stop_screen ends it. Needs $gui_tmp. -noreset: by default the server
# resets when its last client leaves, and a client connecting then (the
# program while xdotool polls) is dropped: "Failed to open display" (37
# connections of 300 here under such churn, none with -noreset).
gui_screen() {
  local fd_file=$gui_tmp/xvfb-display
  : > "$fd_file"
  Xvfb -displayfd 3 -noreset -screen 0 "${screen_size:-1280x800}x24" -nolisten tcp 3> "$fd_file" > "$gui_tmp/xvfb.log" 2>&1 &
  xvfb=$!
  wait_until 20 "Xvfb to choose a display" grep -q '[0-9]' "$fd_file" || { cat "$gui_tmp/xvfb.log"; return 1; }
  display=:$(tr -dc 0-9 < "$fd_file")
  export DISPLAY=$display
  wait_until 10 "Xvfb on $display" xdpyinfo || { cat "$gui_tmp/xvfb.log"; return 1; }
}
# screen_alive: our Xvfb still runs (said when a window does not come).
screen_alive() {
  kill -0 "$xvfb" 2> /dev/null && return 0
  echo "gui: Xvfb on $display has ended; it said:"; tail -n 5 "$gui_tmp/xvfb.log"; return 1
}
gui_stop_screen() { [ -z "${xvfb:-}" ] || kill "$xvfb" 2> /dev/null || true; }

# wait_until SECONDS WHAT CMD...: runs CMD every 0.2 s until it succeeds;
# after SECONDS it fails, naming WHAT.
wait_until() {
  local limit=$1 what=$2 end
  shift 2
  end=$((SECONDS + limit))
  until "$@" > /dev/null 2>&1; do
    [ "$SECONDS" -lt "$end" ] || { echo "gui: gave up after ${limit} s waiting for $what"; return 1; }
    sleep 0.2
  done
}

# window NAME: a visible window whose title matches NAME (a regex) exists.
window() { xdotool search --onlyvisible --name "$1" | grep -q .; }

# grab FILE: the whole screen as a PNG.
grab() { import -window root "$1"; }

# peek FILE: a quarter-size grab for polls (cheap to take and compare).
peek() { import -silent -window root miff:- | convert - -sample 25% "$1"; }

# settle: waits (at most 20 s) until two peeks 0.2 s apart differ in fewer
# than 20 pixels (a blinking text cursor is allowed), so that the next
# click lands on what is drawn, not on what is being drawn.
settle() {
  local a=$gui_tmp/settle-a.miff b=$gui_tmp/settle-b.miff end=$((SECONDS + 20))
  peek "$a"
  while [ "$SECONDS" -lt "$end" ]; do
    sleep 0.2
    peek "$b"
    [ "$(differ "$a" "$b")" -lt 20 ] && return 0
    mv "$b" "$a"
  done
  echo "gui: the screen did not settle in 20 s"; return 1
}

# changed_from FILE: the screen now differs from the peek FILE in over 150
# pixels (of a quarter-size grab).
changed_from() {
  peek "$gui_tmp/now.miff"
  [ "$(differ "$1" "$gui_tmp/now.miff")" -gt 150 ]
}

# differ A B: how many pixels differ between two grabs (compare prints
# large counts as 1.2e+06, so awk reads them).
differ() { { compare -metric AE -fuzz 3% "$1" "$2" null: 2>&1 || true; } | awk '{n = $1} END {printf "%d", n + 0}'; }

# act CMD...: does one action (a click, keys) and waits until the screen
# has changed and settled: the window answered.
act() {
  peek "$gui_tmp/before.miff"
  "$@"
  wait_until 20 "the window to answer ($*)" changed_from "$gui_tmp/before.miff"
  settle
}

# click X Y; dclick X Y (a double click); keys KEY...; typein TEXT into
# the focused field: typed when it is ASCII, else pasted (Ctrl+V) from the
# clipboard, since xdotool types a letter missing from the keyboard map
# through a key it remaps for a moment, and a busy window reads that key
# after it is mapped back: letters went missing ("У үгээх" for "Ус түгээх").
# Places are the layout's at 1280x800; ox and oy (default 0) shift them
# where the window's canvas lies elsewhere on the screen.
click() { xdotool mousemove --sync $(($1 + ${ox:-0})) $(($2 + ${oy:-0})) click 1; }
dclick() { xdotool mousemove --sync $(($1 + ${ox:-0})) $(($2 + ${oy:-0})) click --repeat 2 --delay 80 1; }
keys() { xdotool key --delay 60 "$@"; }
typein() {
  if LC_ALL=C grep -q '^[ -~]*$' <<< "$1"; then
    xdotool type --delay 40 "$1"
  else
    pastein "$1"
  fi
}
# pastein TEXT: TEXT pasted (Ctrl+V) over what the focused field holds
# (Ctrl+A first), as a path copied from Explorer or a file manager is.
# The keys wait until the clipboard holds TEXT: xclip owns it from a
# process it forks, and a Ctrl+V sent before then pasted nothing.
pastein() {
  printf '%s' "$1" | xclip -selection clipboard
  wait_until 5 "the clipboard" clip_is "$1"
  keys ctrl+a ctrl+v
}
clip_is() { [ "$(xclip -o -selection clipboard)" = "$1" ]; }

# shot NAME: saves the settled screen as $shots/NAME.png.
shot() { settle; grab "$shots/$1.png"; echo "  screenshot: $shots/$1.png"; }

# pixels FILE WxH+X+Y COLOUR: how many pixels of the region are within 12%
# of COLOUR.
pixels() {
  convert "$1" -crop "$2" +repage -fuzz 12% -fill black +opaque "$3" -fill white -opaque "$3" \
    -format '%[fx:round(mean*w*h)]' info:
}
