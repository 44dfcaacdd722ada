# Sourced by .ci/wine-window, after first-hour-wine.sh: what the window
# must keep across a restart and refuse to a second window, on the .exe
# under wine. Uses start_app, $pid, $win_id, $ox/$oy (the canvas on the
# screen) and the check/act/shot helpers of first-hour.

# settings_file: the .exe's settings in %APPDATA%: our own settings.json,
# or Fyne's preferences.json where the build still keeps them there.
settings_file() {
  local dir=$profile/AppData/Roaming/fyne/mn.khoroomap.app
  if [ -f "$dir/settings.json" ]; then echo "$dir/settings.json"; else echo "$dir/preferences.json"; fi
}

# has_setting KEY VALUE: the settings file holds KEY: "VALUE" (spaces allowed).
has_setting() { grep -Eq "\"$1\": *\"$2\"" "$(settings_file)"; }

# ended PID: the process is gone (or a zombie waiting to be reaped).
ended() { ! ps -o stat= -p "$1" | grep -qv Z; }

# close_app: Alt+F4 in the window, as a user closes it; the .exe must end,
# and wine with it, within a minute.
close_app() {
  xdotool windowfocus --sync "$win_id" 2> /dev/null || true
  keys alt+F4
  check "Alt+F4: the .exe ends" wait_until 60 "the .exe to end" ended "$pid"
  wait "$pid" 2> /dev/null || true
  pid=""
  WINEPREFIX=$WINEPREFIX timeout 60 wineserver -w 2> /dev/null || true
}

# step_restart: closed and started again, the window is Mongolian at once
# (no welcome: the name is kept too).
step_restart() {
  check "the language kept in %APPDATA%\\fyne\\mn.khoroomap.app\\$(basename "$(settings_file)")" has_setting language mn
  close_app
  start_app
  check "after a restart: the window is in Mongolian (\"$(at title)\")" \
    wait_until 180 "the Mongolian window" window "^$(at title)\$"
  win_id=$(xdotool search --onlyvisible --name "^$(at title)\$" | head -n 1) || return 0
  settle
  shot "$lang/2-restart-mongolian"
  check "...without the welcome (no dialog over the window)" no_dialog "$shots/$lang/2-restart-mongolian.png"
}

# exe_pids: the Linux ids of the .exe's processes in this run's prefix.
exe_pids() {
  local p
  for p in $(pgrep -f '^Z:.usb.khoroomap\.exe'); do
    tr '\0' '\n' < "/proc/$p/environ" 2> /dev/null | grep -qxF "WINEPREFIX=$WINEPREFIX" && echo "$p"
  done
  return 0
}

# step_second: a second window while the first runs is refused the
# project: it opens without it (titled "Хорооны зураг" alone) and says so
# in a dialog; closed, it ends, and the first, which kept the project,
# still answers: Settings > English turns it English at once.
step_second() {
  local first=$pid first_win=$win_id second
  exe_pids > "$work/first.pids"
  start_app
  check "a second window opens, without the project (\"Хорооны зураг\" alone)" \
    wait_until 180 "the second window" window '^Хорооны зураг$'
  second=$(xdotool search --onlyvisible --name '^Хорооны зураг$' | head -n 1) || return 0
  settle
  shot "$lang/3-second-window"
  check "...with a dialog over it (\"the project is open in another Khoroo Map window\", in the screenshot)" \
    dialog_shown "$shots/$lang/3-second-window.png"
  xdotool windowfocus --sync "$second" 2> /dev/null || true
  keys alt+F4
  check "Alt+F4: the second .exe ends" wait_until 60 "the second .exe to end" only_first
  wait "$pid" 2> /dev/null || true # its launcher, ended
  pid=$first win_id=$first_win
  check "the first window still has the project" window "^$(at title)\$"
  settle
  shot "$lang/3a-second-closed"
  act click 943 49  # the gear: Settings (further right in Mongolian)
  act click 640 372 # the language list
  act click 386 464 # English
  check "...and answers: Settings > English turns it English at once" \
    wait_until 30 "the English title" window "^${at_en[title]}\$"
  shot "$lang/3b-english-again"
  act click 640 524 # Close
}

# only_first: the .exe's processes are the first window's alone.
only_first() { [ "$(exe_pids)" = "$(cat "$work/first.pids")" ]; }

# dialog_shown FILE: a dialog's white box covers the middle of the window
# (over 60000 of these 84000 pixels pure white; the map there has under
# 10000); no_dialog FILE: none does.
dialog_shown() {
  [ "$(convert "$1" -crop "560x150+$((360 + ${ox:-0}))+$((327 + ${oy:-0}))" +repage -fuzz 3% \
    -fill black +opaque white -fill white -opaque white -format '%[fx:round(mean*w*h)]' info:)" -gt 60000 ]
}
no_dialog() { ! dialog_shown "$1"; }

# step_khoroos: the 204 real khoroos given as the .exe's argument, a file
# on drive Z: (Z:\data\khoroos.geojson), are added to the project it
# opens; the window's peak memory with them is printed.
step_khoroos() {
  [ -f "$khoroos" ] || { echo "  (no $khoroos: the 204 khoroos skipped)"; return 0; }
  cp "$khoroos" "$work/data/"
  close_app
  start_app 'Z:\data\khoroos.geojson'
  check "Z:\\data\\khoroos.geojson on the command line: 204 khoroos added to the project" \
    wait_until 180 "the khoroos in the project" is "select count(*) from boundary_khoroos" 204
  settle
  shot "$lang/4-khoroos-from-z"
  local p
  for p in $(exe_pids); do
    echo "  the window with the 204 khoroos: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$p/status") MB at its peak"
  done
}
