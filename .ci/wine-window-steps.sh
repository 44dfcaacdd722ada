# Sourced by .ci/wine-window: window-restart-steps.sh's hooks for the .exe
# under wine (after first-hour-wine.sh's start_app), and the 204 khoroos
# from drive Z:.

# settings_file: the .exe's settings in %APPDATA%.
settings_file() { settings_in "$profile/AppData/Roaming/fyne/mn.khoroomap.app"; }

# app_pids: the .exe's processes in this run's prefix.
app_pids() { pids_with "WINEPREFIX=$WINEPREFIX" '^Z:.usb.khoroomap\.exe'; }

# close_app: Alt+F4 in the window, as a Windows user closes it; the .exe
# must end, and wine with it, within a minute.
close_app() {
  xdotool windowfocus --sync "$win_id" 2> /dev/null || true
  keys alt+F4
  check "Alt+F4: the .exe ends" wait_until 60 "the .exe to end" ended "$pid"
  wait "$pid" 2> /dev/null || true
  pid=""
  WINEPREFIX=$WINEPREFIX timeout 60 wineserver -w 2> /dev/null || true
}

# close_second WIN: Alt+F4 in the second window.
close_second() {
  xdotool windowfocus --sync "$1" 2> /dev/null || true
  keys alt+F4
}

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
  for p in $(app_pids); do
    echo "  the window with the 204 khoroos: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$p/status") MB at its peak"
  done
}
