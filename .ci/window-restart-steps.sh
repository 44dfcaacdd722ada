# Sourced by .ci/window-restart (the Linux binary) and .ci/wine-window
# (the .exe under wine): what the window must keep across a restart and
# refuse to a second window while the first runs. Uses first-hour's
# check/act/shot/at helpers, $pid, $win_id, $ox/$oy (the canvas on the
# screen, 0 by default) and the caller's hooks:
#   start_app         starts the program (its pid in $pid)
#   close_app         closes it as a user does, and checks that it ended
#   close_second WIN  closes the second window, as a user does
#   app_pids          the ids of this run's program processes, one a line
#   settings_file     the file the settings are kept in

# settings_in DIR: DIR/settings/settings.json, our own settings (in
# DIR/settings.json or Fyne's preferences.json where an older build keeps
# them).
settings_in() {
  if [ -f "$1/settings/settings.json" ]; then echo "$1/settings/settings.json"
  elif [ -f "$1/settings.json" ]; then echo "$1/settings.json"; else echo "$1/preferences.json"; fi
}

# has_setting KEY VALUE: the settings file holds KEY: "VALUE" (spaces allowed).
has_setting() { grep -Eq "\"$1\": *\"$2\"" "$(settings_file)"; }

# ended PID: the process is gone (or a zombie waiting to be reaped).
ended() { ! ps -o stat= -p "$1" | grep -qv Z; }

# pids_with ENV PATTERN: ids of processes whose command line matches
# PATTERN and whose environment has ENV (this run's, not another's).
pids_with() {
  local p
  for p in $(pgrep -f "$2"); do
    tr '\0' '\n' < "/proc/$p/environ" 2> /dev/null | grep -qxF "$1" && echo "$p"
  done
  return 0
}

# choose_language GEAR_X ITEM_Y: Settings (the toolbar's gear, at GEAR_X)
# > the language list > the item at ITEM_Y (Монгол 425, English 464).
choose_language() {
  act click "$1" 49
  act click 640 352
  act click 500 "$2"
}

# step_restart: closed and started again, the window is Mongolian at once
# and the welcome does not come back.
step_restart() {
  check "the language kept in the settings ($(basename "$(settings_file)"))" has_setting language mn
  close_app
  start_app
  check "after a restart: the window is in Mongolian (\"$(at title)\")" \
    wait_until 180 "the Mongolian window" window "^$(at title)\$"
  win_id=$(xdotool search --onlyvisible --name "^$(at title)\$" | head -n 1) || return 0
  settle
  shot "$lang/2-restart-mongolian"
  check "...without the welcome (no dialog over the window)" no_dialog "$shots/$lang/2-restart-mongolian.png"
}

# step_second: a second window while the first runs is refused the
# project: it opens without it (titled "Хорооны зураг" alone) and says so
# in a dialog; closed, it ends, and the first, which kept the project,
# still answers: Settings > English turns it English at once.
step_second() {
  local first=$pid first_win=$win_id second
  app_pids > "$work/first.pids"
  start_app
  check "a second window opens, without the project (\"Хорооны зураг\" alone)" \
    wait_until 180 "the second window" window '^Хорооны зураг$'
  second=$(xdotool search --onlyvisible --name '^Хорооны зураг$' | head -n 1) || return 0
  settle
  shot "$lang/3-second-window"
  check "...with a dialog over it (\"the project is open in another Khoroo Map window\", in the screenshot)" \
    dialog_shown "$shots/$lang/3-second-window.png"
  close_second "$second"
  check "the second window closed: its program ends" wait_until 60 "the second program to end" only_first
  wait "$pid" 2> /dev/null || true # its launcher, ended
  pid=$first win_id=$first_win
  check "the first window still has the project" window "^$(at title)\$"
  settle
  shot "$lang/3a-second-closed"
  choose_language 943 464 # the gear is further right in Mongolian
  check "...and answers: Settings > English turns it English at once" \
    wait_until 30 "the English title" window "^${at_en[title]}\$"
  shot "$lang/3b-english-again"
  act click 640 524 # Close
}

# only_first: the program's processes are the first window's alone.
only_first() { [ "$(app_pids)" = "$(cat "$work/first.pids")" ]; }

# dialog_shown FILE: a dialog's white box covers the middle of the window
# (over 60000 of these 84000 pixels pure white; the map there has under
# 10000); no_dialog FILE: none does. The light theme's colours.
dialog_shown() {
  [ "$(convert "$1" -crop "560x150+$((360 + ${ox:-0}))+$((327 + ${oy:-0}))" +repage -fuzz 3% \
    -fill black +opaque white -fill white -opaque white -format '%[fx:round(mean*w*h)]' info:)" -gt 60000 ]
}
no_dialog() { ! dialog_shown "$1"; }
