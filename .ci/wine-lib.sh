# Sourced by .ci/wine-check and .ci/wine-window: a fresh wine prefix whose
# user is Батболд (C:\users\Батболд, with real Documents and Desktop
# folders, not wine's links to the Linux home), and `win` to run the
# release .exe in it. Needs $dist (the folder .ci/release wrote) and
# ../shared/wine/prefix.sh beside the clone, used read-only.
shared=../shared/wine
if [ ! -f "$shared/prefix.sh" ]; then
  echo "wine: skipped: $shared/prefix.sh is absent (the wine prefix with Go's bcryptprimitives.dll is made by it)"
  exit 0
fi
[ -f "$dist/khoroomap.exe" ] || { echo "wine: $dist/khoroomap.exe is missing: run .ci/release $dist first"; exit 1; }
sh .ci/wine-deps
lin=$dist/khoroomap-linux-amd64
work=$(mktemp -d /tmp/khoroomap-wine.XXXXXX)
# The .exe runs from a folder as a USB stick would hold it; nothing may
# appear beside it (settings and caches belong in the user's profile).
mkdir "$work/usb"
cp "$dist/khoroomap.exe" "$work/usb/"
exe=$work/usb/khoroomap.exe
# wine_done stops the prefix's wineserver, checks the stick and removes the work folder.
wine_done() {
  WINEPREFIX=$WINEPREFIX wineserver -k 2> /dev/null || true
  [ "$(ls -A "$work/usb")" = khoroomap.exe ] || { echo "wine: files appeared beside the .exe: $(ls -A "$work/usb")"; exit 1; }
  rm -rf "$work"
}
export LC_ALL=C.UTF-8 WINEDEBUG=-all
mkdir -p "$work/home" "$work/linux"
export WINEPREFIX
WINEPREFIX=$(HOME=$work/home USER=Батболд sh "$shared/prefix.sh" "$work/prefix")
profile=$WINEPREFIX/drive_c/users/Батболд
for d in Desktop Documents Downloads; do
  if [ -L "$profile/$d" ]; then rm "$profile/$d"; mkdir "$profile/$d"; fi
done
docs=$profile/Documents/'Khoroo Map'  # C:\users\Батболд\Documents\Khoroo Map
windocs='C:\users\Батболд\Documents\Khoroo Map'
mkdir -p "$docs"

# win runs the release .exe under wine as Батболд; lnx runs the Linux
# binary with its own empty home.
win() { HOME=$work/home USER=Батболд /usr/lib/wine/wine64 "$exe" "$@"; }
lnx() { HOME=$work/home "$lin" "$@"; }
# winpath prints the Windows path (Z:\...) of a Linux file.
winpath() { printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"; }
