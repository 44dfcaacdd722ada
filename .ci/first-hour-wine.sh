# Sourced by .ci/first-hour --wine, after .ci/wine-lib.sh: the leader's day
# with the release .exe under wine, as on a Windows laptop. What differs
# from the Linux run:
#  - the .exe runs from a read-only folder (a bind mount, like a locked USB
#    stick), so nothing can be written beside it;
#  - wine's Windows is English: the leader chooses Монгол in Settings;
#  - the boundary file is chosen in the file dialog from drive Z:, which
#    points at the work folder here (Z:\sbd.kml), so that what the dialog
#    lists is known;
#  - afterwards the settings must be in %APPDATA% and the caches, if any,
#    in %LOCALAPPDATA%, inside the prefix.
shots=$shots/wine
cp "$kml" "$work/"
ln -sfn "$work" "$WINEPREFIX/dosdevices/z:"
usb_ro=""
if mount --bind -o ro "$work/usb" "$work/usb" 2> /dev/null; then
  usb_ro=yes
else
  echo "  (the .exe's folder could not be mounted read-only: not root; nothing may appear there all the same)"
fi
z_place=239  # drive Z: among the dialog's places (Home, C:, Z:, …)
usb_done() { [ -z "$usb_ro" ] || umount "$work/usb"; usb_ro=""; }

# start_app: the .exe under wine as Батболд, from Z:\usb.
start_app() {
  projects=$docs
  HOME=$work/home USER=Батболд /usr/lib/wine/wine64 "$exe" >> "$work/gui.log" 2>&1 &
  pid=$!
}

# step_start: the first start in English (wine's locale), then View >
# Settings (the gear) > Монгол, which must apply at once.
step_start() {
  start_app
  check "first start: a window titled \"training — Khoroo Map\"" wait_until 180 "the window" window "^training .* Khoroo Map\$"
  check "first start: the training project made in $windocs" test -f "$docs/training.gpkg"
  win_id=$(xdotool search --onlyvisible --name "^training .* Khoroo Map\$" | head -n 1) || return 0
  # wine places the window where it likes, and its X window is 15 pixels
  # shorter than the 1280x800 canvas, whose top (the menu bar) it cuts:
  # move it to the corner and shift every place by what it cuts
  xdotool windowmove --sync "$win_id" 0 0 windowfocus --sync "$win_id"
  eval "$(xdotool getwindowgeometry --shell "$win_id")"
  check "the window 1280 pixels wide (it is ${WIDTH}x$HEIGHT)" test "$WIDTH" = 1280
  oy=$((HEIGHT - 800))
  settle
  shot "$lang/1-first-start"
  act click 766 49  # the gear: Settings
  act click 640 372 # the language list
  act click 504 445 # Монгол
  check "Settings > Монгол: the window is in Mongolian at once" wait_until 30 "the title" window "^$(at title)\$"
  shot "$lang/1b-settings-mongolian"
  keys Escape
  settle
  click 1000 770
  check "the language kept in %APPDATA%\\fyne\\mn.khoroomap.app\\preferences.json" \
    grep -q '"language":"mn"' "$profile/AppData/Roaming/fyne/mn.khoroomap.app/preferences.json"
}

# step_layer: Ctrl+O; in the dialog, drive Z: in the places on the left,
# then sbd.kml there (Z:\ lists home, linux, prefix, sbd.kml, usb) and Open.
step_layer() {
  act keys ctrl+o
  shot "$lang/2-file-dialog"
  act click 270 "$z_place"
  act click 652 235
  shot "$lang/2b-z-drive"
  click 1054 678
  check "Z:\\sbd.kml added: 20 khoroos in the project" \
    wait_until 90 "the layer in the project" is "select count(*) from boundary_sbd" 20
  settle
  shot "$lang/3-layer-added"
}

# step_folders: where the .exe wrote, looked at after the day.
step_folders() {
  quit
  WINEPREFIX=$WINEPREFIX wineserver -w 2> /dev/null || true
  local roaming=$profile/AppData/Roaming local=$profile/AppData/Local
  check "settings in %APPDATA%\\fyne\\mn.khoroomap.app" test -f "$roaming/fyne/mn.khoroomap.app/preferences.json"
  echo "  %APPDATA%: $(cd "$roaming" && find fyne -type f | tr '\n' ' ')"
  echo "  %LOCALAPPDATA%\\khoroomap: $(cd "$local" && find khoroomap 2> /dev/null | tr '\n' ' ' || true)(the cache is made when a basemap is used)"
  check "nothing written beside the .exe" test "$(ls -A "$work/usb")" = khoroomap.exe
  usb_done
}
