# Sourced by .ci/first-hour (and the wine run): the steps of a leader's
# first hour, in a window laid out at 1280x800. Needs gui-lib.sh, a
# start_app function, $lang (mn or en) and, after start_app, $pid and
# $projects (the Linux path of the folder the training project is made in).
# Failed checks are appended to the array `failed`.

# Places on the screen, from the window's layout at 1280x800 (the fonts
# and DPI are fixed under Xvfb); they differ by language where words do.
declare -A at_mn=(
  [title]="Сургалтын .* Хорооны зураг" [search]="сбд 06" [kiosk]="Ус түгээх" [name]="Д. Батболд, 3-р хэсэг"
  [point_tool]=315 [area_tool]=652 [map_x]=713 [pdf_btn]=303
)
declare -A at_en=(
  [title]="Training sample: Training project .* Khoroo Map" [search]="sukhbaatar 6" [kiosk]="Water kiosk" [name]="D. Batbold, kheseg 3"
  [point_tool]=287 [area_tool]=517 [map_x]=713 [pdf_btn]=252
)

# at KEY: the value for the current language.
at() { local -n t=at_$lang; printf '%s' "${t[$1]}"; }

# check WHAT CMD...: runs a check; a failure is reported and counted.
check() {
  local what=$1
  shift
  if "$@"; then echo "  ok: $what"; else echo "  FAIL: $what"; failed+=("$lang: $what"); fi
}

# sql QUERY: one value from the training project.
sql() { sqlite3 -readonly "$projects/training.gpkg" "$1" 2> /dev/null; }
is() { [ "$(sql "$1")" = "$2" ]; }

# leader_hour LANG: the whole first hour in one language.
leader_hour() {
  step_start
  step_layer
  step_search
  step_point
  step_gap
  step_print
  if [ "$(type -t step_folders)" = function ]; then step_folders; fi
}

step_start() {
  start_app "$(if [ "$lang" = mn ]; then echo mn_MN.UTF-8; else echo en_US.UTF-8; fi)"
  # xdotool matches the title in a legacy charset without "—" or "ө": ".*"
  # stands for them
  check "first start: a window titled \"$(at title)\"" wait_until 90 "the window" window "^$(at title)\$"
  check "first start: the training project made in $projects" test -f "$projects/training.gpkg"
  win_id=$(xdotool search --onlyvisible --name "^$(at title)\$" | head -n 1) || {
    screen_alive || true
    [ "$(type -t app_log)" != function ] || { echo "the program said:"; app_log | tail -n 10; }
    return 0
  }
  xdotool windowfocus --sync "$win_id"
  step_name
  click 1000 778  # the status bar: the keyboard goes to the window
  shot "$lang/1-first-start"
}

# step_name: the first start's welcome asks the participant's name, its
# field holding the keyboard; the name is pasted and Enter starts. It must
# be kept in the settings (prefs_file, the mode's), and later be seen as
# who recorded the kiosk and raised the gap (step_point, step_gap).
step_name() {
  settle
  shot "$lang/1a-welcome"
  # the name field has the focus; on the bare X screen the window gets the
  # keyboard with a click on it, while in wine's desktop it has it already
  # and a click there took the focus from the field
  [ "$mode" = wine ] || click 640 612
  pastein "$(at name)"  # too small a change on the screen for act
  settle
  shot "$lang/1a-name-typed"
  keys Return
  check "the welcome's name kept in the settings: \"$(at name)\"" \
    wait_until 20 "the name in $(prefs_file)" grep -qF "\"author\":\"$(at name)\"" "$(prefs_file)"
  settle
}

# step_layer adds sbd.kml: Ctrl+O, then in the file dialog's location
# field (it has the keyboard) a path pasted and Enter, as a path copied
# from Explorer or a file manager is: first one that does not exist (the
# dialog must say so in a red line and stay), then the file's, given by
# the mode's layer_path (a Linux path here, Z:\data\sbd.kml under wine).
# Pasted, not clicked: the places of the dialog's rows are not the same
# under wine and on Linux.
step_layer() {
  act keys ctrl+o
  shot "$lang/2-file-dialog"
  local wrong
  wrong=$(layer_path | sed 's/sbd\.kml$/gone.kml/')
  act pastein "$wrong"
  shot "$lang/2a-pasted"
  keys Return
  check "a missing path ($wrong): a red line in the dialog" wait_until 20 "the red line" red_line
  shot "$lang/2b-missing-path"
  check "...and nothing added" is "select count(*) from sqlite_master where name = 'boundary_sbd'" 0
  pastein "$(layer_path)"  # a change of a few letters: too small for act
  settle
  keys Return
  check "$(layer_path) added: 20 khoroos in the project" \
    wait_until 90 "the layer in the project" is "select count(*) from boundary_sbd" 20
  settle
  shot "$lang/3-layer-added"
}

# red_line: the file dialog shows its problem line (red text).
red_line() {
  grab "$gui_tmp/dialog.png"
  [ "$(pixels "$gui_tmp/dialog.png" "880x560+$((200 + ${ox:-0}))+$((110 + ${oy:-0}))" '#f44336')" -gt 40 ]
}

# step_search finds СБД_06 and zooms the map to it.
step_search() {
  keys ctrl+f
  typein "$(at search)"
  shot "$lang/4a-search-typed"
  act keys Return
  shot "$lang/4-search"
  check "\"$(at search)\" puts СБД_06 first (khoroomap find, the window's ranking)" \
    bash -c '"$1" find "$2" $3 | head -n 1 | grep -q "СБД_06"' _ "$bin" "$kml" "$(at search)"
}

# step_point adds a water kiosk at the map's centre, where the search took it.
step_point() {
  click "$(at point_tool)" 49
  act click "$(at map_x)" 414
  shot "$lang/5-point-form"
  act click 712 142  # the category list (nothing chosen yet: the form asks)
  act click 630 57   # Ус түгээх байр, худаг / Water kiosk or well
  click 712 182      # the name
  typein "$(at kiosk) 6"
  act click 695 691  # Save
  check "a water kiosk in СБД_06 saved" wait_until 20 "the point" \
    is "select count(*) from service_points where category = 'water_kiosk' and khoroo = 'СБД_06'" 1
  check "its name as typed: \"$(at kiosk) 6\"" is "select name from service_points where category = 'water_kiosk' and khoroo = 'СБД_06'" "$(at kiosk) 6"
  check "...recorded by the welcome's name" \
    is "select author from service_points where category = 'water_kiosk' and khoroo = 'СБД_06'" "$(at name)"
  shot "$lang/6-point-saved"
}

# step_gap draws a gap area in СБД_06 and saves it with no missing service
# chosen: the form must show an error (red text in the form) and not save;
# then the service is chosen and it saves.
step_gap() {
  click "$(at area_tool)" 49
  local x=$(($(at map_x) - 60))
  # the corners 0.7 s apart: Windows (and wine) take two clicks within its
  # double-click time, 500 ms, as a double click, which ends the area (a
  # run under wine lost a corner and never opened the form at 0.3 s)
  for c in "$x 360" "$((x + 110)) 360" "$((x + 110)) 450"; do click $c; sleep 0.7; done
  act dclick "$x" 450
  click 695 691  # Save, the service left on "(Select one)"
  sleep 1        # nothing may be saved; give it the time a person would wait
  settle
  shot "$lang/7-gap-form-error"
  check "a gap without its missing service is not saved" is "select count(*) from gap_areas" 0
  check "the gap form shows what is wrong inside it (red text in the form)" \
    test "$(pixels "$shots/$lang/7-gap-form-error.png" 500x660+390+70 '#f44336')" -gt 40
  act click 712 182  # the missing service
  act click 630 57   # water kiosk
  click 695 691      # Save
  check "the corrected gap area saved in СБД_06" wait_until 20 "the gap" \
    is "select count(*) from gap_areas where service = 'water_kiosk' and khoroo = 'СБД_06'" 1
  check "...raised by the welcome's name" \
    is "select raised_by || '|' || author from gap_areas where service = 'water_kiosk'" "$(at name)|$(at name)"
  settle
  shot "$lang/8-gap-saved"
  keys Escape  # an error the form queued (issue 16) shows once it closes
  settle
}

# step_print prints a page of СБД_06 to a PDF in the project's folder.
step_print() {
  act keys ctrl+p
  act click 450 250  # Map of
  act click 335 330  # СБД_06 (after the whole project, the view, the training khoroo, СБД_01…05)
  shot "$lang/9-print-dialog"
  act click "$(at pdf_btn)" 662
  shot "$lang/10-save-pdf"
  click 695 662  # Хадгалах / Save, the name proposed kept
  local pdf
  check "a PDF written in $projects" wait_until 60 "the PDF" bash -c 'ls "$1"/*.pdf' _ "$projects"
  pdf=$(ls "$projects"/*.pdf | head -n 1)
  check "the page names СБД_06 and the kiosk, in Cyrillic" \
    bash -c 'sleep 1; t=$(pdftotext "$1" -); grep -q СБД_06 <<< "$t" && grep -q "$2" <<< "$t"' _ "$pdf" "$(at kiosk)"
  pdftoppm -r 60 -png -singlefile "$pdf" "$shots/$lang/11-page" && echo "  page: $shots/$lang/11-page.png"
  shot "$lang/12-printed"
}
