# Sourced by .ci/first-hour --wine, after .ci/wine-lib.sh: the leader's day
# with the release .exe under wine, as on a Windows laptop. What differs
# from the Linux run:
#  - the .exe runs from a read-only folder (a bind mount, like a locked USB
#    stick), so nothing can be written beside it;
#  - wine's Windows is English: the leader chooses Монгол in Settings;
#  - the boundary file is pasted in the file dialog's location field as a
#    path on drive Z:, which points at the work folder here
#    (Z:\data\sbd.kml);
#  - afterwards the settings must be in %APPDATA% and the caches, if any,
#    in %LOCALAPPDATA%, inside the prefix.
shots=$shots/wine
mkdir "$work/data"
cp "$kml" "$work/data/"
ln -sfn "$work" "$WINEPREFIX/dosdevices/z:"
usb_ro=""
if mount --bind -o ro "$work/usb" "$work/usb" 2> /dev/null; then
  usb_ro=yes
else
  echo "  (the .exe's folder could not be mounted read-only: not root; nothing may appear there all the same)"
fi
usb_done() { [ -z "$usb_ro" ] || umount "$work/usb"; usb_ro=""; }

# start_app: the .exe under wine as Батболд, from Z:\usb, in a wine
# desktop of the screen's size: on the bare X screen wine gave the window a
# size of its own from run to run (1280x785, 1028x753) and took no
# request to change it; in its own desktop the window is the same each
# time, 1280 wide, under a title bar. Arguments, if any, are the .exe's
# (files to open, as Windows paths).
start_app() {
  projects=$docs
  HOME=$work/home USER=Батболд /usr/lib/wine/wine64 explorer /desktop=khoroomap,1280x800 'Z:\usb\khoroomap.exe' "$@" \
    >> "$work/gui.log" 2>&1 &
  pid=$!
}

# step_start: the first start in English (wine's locale), then View >
# Settings (the gear) > Монгол, which must apply at once.
step_start() {
  start_app
  check "first start: a window titled \"Training sample: Training project — Khoroo Map\"" wait_until 180 "the window" window "^Training sample: Training project .* Khoroo Map\$"
  check "first start: the training project made in $windocs" test -f "$docs/training.gpkg"
  win_id=$(xdotool search --onlyvisible --name "^Training sample: Training project .* Khoroo Map\$" | head -n 1) || return 0
  # the canvas lies under wine's title bar and inside its frame: found by
  # where the Select button's blue begins below the (blue) title bar, at
  # row 31 and column 134 on Linux
  xdotool windowfocus --sync "$win_id"
  step_name  # the welcome first: it dims the toolbar looked for below
  grab "$work/top.png"
  local top left
  top=$(blue_from "$work/top.png" 1x100+180+0 '$1 > 24')
  left=$(blue_from "$work/top.png" "150x1+100+$((${top:-31} + 10))" 1)
  check "the toolbar found (its Select button at $((left + 100)),$top)" test -n "$top" -a -n "$left"
  oy=$((${top:-31} - 31)) ox=$((${left:-34} + 100 - 134))
  echo "  the canvas lies at $ox,$oy on the screen"
  settle
  shot "$lang/1-first-start"
  act click 766 49  # the gear: Settings
  act click 640 372 # the language list
  act click 504 445 # Монгол
  check "Settings > Монгол: the window is in Mongolian at once" wait_until 30 "the title" window "^$(at title)\$"
  shot "$lang/1b-settings-mongolian"
  act click 640 528 # Close (below the name and projector mode on main)
  click 1000 778
  check "the language kept in %APPDATA%\\fyne\\mn.khoroomap.app\\settings\\settings.json" \
    grep -q '"language":"mn"' "$profile/AppData/Roaming/fyne/mn.khoroomap.app/settings/settings.json"
}

# blue_from FILE WxH+X+Y COND: the offset, along a one-pixel-wide or -high
# crop, of the first pixel of the theme's primary blue meeting COND (awk).
blue_from() {
  convert "$1" -crop "$2" +repage txt:- |
    sed -n 's/^\([0-9]*\),\([0-9]*\): (\([0-9]*\),\([0-9]*\),\([0-9]*\).*/\1 \2 \3 \4 \5/p' |
    awk '{$1 = $1 + $2} '"$3"' && $3 < 100 && $5 > 200 {print $1; exit}'
}

# prefs_file: the .exe's settings, in %APPDATA%.
prefs_file() { printf '%s' "$profile/AppData/Roaming/fyne/mn.khoroomap.app/settings/settings.json"; }

# layer_path: the boundary file as the leader pastes it, from drive Z:.
layer_path() { printf '%s' 'Z:\data\sbd.kml'; }

# step_console: a sub-command started as a Windows user starts it from
# cmd.exe, `start /wait "" khoroomap.exe check`: the GUI program is given
# no handles, so it must attach to cmd's console (wine's trace shows
# AttachConsole(-1)) for its report to reach the terminal (`script` gives
# wine one). Run plainly, `cmd /c khoroomap.exe check`, wine hands the
# program cmd's console and the attach path is not taken.
step_console() {
  local log=$work/console.txt
  (cd "$work" && WINEDEBUG=-all,trace+console HOME=$work/home USER=Батболд timeout 120 \
    script -qfc '/usr/lib/wine/wine64 cmd /c "start /wait \"\" Z:\usb\khoroomap.exe check"' "$log" \
    < /dev/null > /dev/null 2>&1) || true
  check "start /wait \"\" khoroomap.exe check: the .exe attaches to cmd's console" \
    grep -aq 'trace:console:AttachConsole (ffffffff)' "$log"
  check "...and its report reaches the console" \
    bash -c 'sed "s/\x1b\[[0-9;?]*[a-zA-Z]//g" "$1" | grep -av "trace:" | grep -aq "features: *36"' _ "$log"
}

# step_folders: where the .exe wrote, looked at after the day.
step_folders() {
  quit
  step_console
  WINEPREFIX=$WINEPREFIX wineserver -w 2> /dev/null || true
  local roaming=$profile/AppData/Roaming local=$profile/AppData/Local
  check "settings in %APPDATA%\\fyne\\mn.khoroomap.app" test -f "$roaming/fyne/mn.khoroomap.app/settings/settings.json"
  echo "  %APPDATA%: $(cd "$roaming" && find fyne -type f | tr '\n' ' ')"
  echo "  %LOCALAPPDATA%\\khoroomap: $(cd "$local" && find khoroomap 2> /dev/null | tr '\n' ' ' || true)(the cache is made when a basemap is used)"
  check "nothing written beside the .exe" test "$(ls -A "$work/usb")" = khoroomap.exe
  usb_done
}
