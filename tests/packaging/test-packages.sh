#!/usr/bin/env bash
# Builds the .deb and the .tar.gz with cpack, checks what they hold, installs the .deb on
# this machine with apt, checks the installed programs and files (versions, the GUI
# started offscreen on the demo chain, AppStream and desktop entry validation, that
# every library the programs load comes from a declared dependency), removes the
# package and whatever it pulled in, then runs the .tar.gz from a folder of its own.
#   test-packages.sh <build dir> <project version> [<cpack>]
# Needs root and Debian (CI's disposable machine): exits 77 (skipped) without them, or
# when a batterytrace package is installed here already (not ours to replace).
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
cpack=${3:-$(dirname "$(command -v cmake)")/cpack}
app_id=io.github.batterytrace.Explorer
work=$build/packaging-test
demo_installed=/usr/share/batterytrace/demo-chain.btarchive
started=$SECONDS

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - started)); }
skip() { echo "SKIPPED: $*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "installs a .deb on this machine: needs root (CI runs it as root)"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "needs Debian's apt and dpkg"
if dpkg-query -W -f='${Status}' batterytrace 2>/dev/null | grep -q 'ok installed'; then
  skip "a batterytrace package is installed here already; remove it to run this test"
fi
for tool in "$cpack" appstreamcli desktop-file-validate dpkg-shlibdeps file readelf; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/install-deps installs what this test needs)"
done

rm -rf "$work"
mkdir -p "$work/out"

# ---- The packages ------------------------------------------------------------------
step "cpack -G 'DEB;TGZ'"
if ! (cd "$build" && "$cpack" -G "DEB;TGZ" -B "$work/out") >"$work/cpack.log" 2>&1; then
  tail -n 40 "$work/cpack.log" >&2
  die "cpack failed (log: $work/cpack.log)"
fi
shopt -s nullglob
debs=("$work"/out/batterytrace_"$version"_*.deb)
tgzs=("$work"/out/batterytrace-"$version"-*.tar.gz)
shopt -u nullglob
((${#debs[@]} == 1)) || die "expected one batterytrace_${version}_*.deb in $work/out"
((${#tgzs[@]} == 1)) || die "expected one batterytrace-${version}-*.tar.gz in $work/out"
deb=${debs[0]} tgz=${tgzs[0]}
stat -c '%n %s' "$deb" "$tgz" | awk '{printf "%s  %d KiB\n", $1, $2 / 1024}'

step "what the .deb holds"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|')
expected=(
  /usr/bin/batterytrace /usr/bin/batterytrace-cli
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/batterytrace-cli.1.gz /usr/share/doc/batterytrace/copyright
)
icon_sizes=(16 22 24 32 48 64 128 256 512)
for size in "${icon_sizes[@]}"; do expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"); done
for file in "${expected[@]}"; do
  grep -qxF "$file" <<<"$contents" || fail "the .deb lacks $file"
done
have_demo=1
if ! grep -qxF "$demo_installed" <<<"$contents"; then
  have_demo=0
  fail "the .deb lacks the demo chain, $demo_installed: it is part of the product. Commit" \
       "resources/demo/demo-chain.btarchive (or configure with -DBT_DEMO_ARCHIVE=<archive>) and rebuild."
fi
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "the .deb's Version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
# Linked libraries (from dpkg-shlibdeps) and the plugins Qt loads with dlopen.
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libssl3 libqt6sql6-sqlite libqt6svg6; do
  grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "the .deb does not depend on $package"
done

# ---- Install it ----------------------------------------------------------------------
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' | sort; }
installed_packages >"$work/packages.before"
cleanup() {
  # Remove the package and whatever it pulled in, so the machine is as it was.
  if dpkg-query -W -f='${Status}' batterytrace 2>/dev/null | grep -q 'ok installed'; then
    step "removing the package"
    installed_packages >"$work/packages.installed"
    mapfile -t pulled < <(comm -13 "$work/packages.before" "$work/packages.installed")
    echo "purging what the test installed: ${pulled[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${pulled[@]}" >"$work/remove.log" 2>&1 ||
      { cat "$work/remove.log" >&2; fail "apt-get purge ${pulled[*]} failed"; }
    installed_packages >"$work/packages.after"
    if ! cmp -s "$work/packages.before" "$work/packages.after"; then
      fail "the installed packages differ from before the test:"
      diff "$work/packages.before" "$work/packages.after" >&2 || true
    fi
    [ ! -e /usr/bin/batterytrace ] && [ ! -e /usr/share/batterytrace ] || fail "files remain after removal"
  fi
}
trap cleanup EXIT

step "apt-get install ./$(basename "$deb")"
# Without Recommends: only what the package declares it needs. The path tells apt a file.
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  die "apt-get install failed"
fi
grep -E '^(Setting up|The following NEW)' "$work/install.log" || true

# ---- Check what is installed ---------------------------------------------------------
step "versions"
out=$(batterytrace-cli --version) && [ "$out" = "batterytrace-cli $version" ] ||
  fail "batterytrace-cli --version printed '$out', not 'batterytrace-cli $version'"
out=$(QT_QPA_PLATFORM=offscreen batterytrace --version 2>/dev/null) && [ "$out" = "batterytrace $version" ] ||
  fail "batterytrace --version printed '$out', not 'batterytrace $version'"
echo "batterytrace-cli --version: $(batterytrace-cli --version); batterytrace --version: $out"

step "translations (embedded in the GUI)"
for check in "de:Lieferketten-Ereignisse" "zh_CN:浏览并验证"; do
  lang=${check%%:*} text=${check#*:}
  out=$(LANGUAGE=$lang LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen batterytrace --help 2>/dev/null) || true
  grep -q "$text" <<<"$out" || fail "LANGUAGE=$lang batterytrace --help is not translated (no '$text')"
done
echo "LANGUAGE=de and LANGUAGE=zh_CN: batterytrace --help is translated"

step "binaries"
for exe in /usr/bin/batterytrace /usr/bin/batterytrace-cli; do
  file "$exe"
  file "$exe" | grep -q ', stripped' || fail "$exe is not stripped"
  ! readelf -d "$exe" | grep -qE 'R(UN)?PATH' || fail "$exe has an RPATH or RUNPATH"
done

step "desktop entry, AppStream metadata, icons, man page"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate failed"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate failed"
newest=$(grep -oE '<release [^>]*version="[^"]+"' "/usr/share/metainfo/$app_id.metainfo.xml" | head -n 1 |
         sed -E 's/.*version="([^"]+)"/\1/')
[ "$newest" = "$version" ] ||
  fail "the newest <release> of the metainfo is '$newest', not $version: add one to packaging/linux/$app_id.metainfo.xml"
for size in "${icon_sizes[@]}"; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x$size PNG"
done
out=$(MANWIDTH=80 man /usr/share/man/man1/batterytrace-cli.1.gz 2>&1) || true
grep -q 'archive import' <<<"$out" || fail "the installed man page does not render"

# Every shared object a program loaded (linked or dlopen'd: Qt's plugins) must belong to
# a package that installing batterytrace pulls in, so that a machine with nothing else
# gets it. LD_DEBUG=libs logs each object's initialisation with its path.
declared_closure() {
  local names
  names=$(dpkg-query -W -f='${Depends}, ${Pre-Depends}' batterytrace | tr ',|' '\n\n' |
          sed -E 's/\(.*\)//; s/:any//; s/ //g' | grep -v '^$' | sort -u)
  # shellcheck disable=SC2086
  apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances batterytrace $names 2>/dev/null | grep -v '^ ' | tr -d '<>' | sort -u
}
check_loaded() {  # <log of LD_DEBUG=libs> <what ran>
  local closure object candidate package line missing=0 objects=()
  local -A owner=()
  closure=$(declared_closure)
  mapfile -t objects < <(grep -oE 'calling init: /[^ ]+' "$1" | awk '{print $3}' | sort -u)
  # The owning package of each object, from one dpkg-query: dpkg knows a file by the path
  # its package lists, /lib/... or /usr/lib/..., the symbolic link or its target.
  candidates() { printf '%s\n' "$1" "/usr$1" "${1#/usr}" "$(readlink -f "$1")" "/usr$(readlink -f "$1")"; }
  while IFS= read -r line; do
    package=${line%%: *}
    owner[${line#*: }]=${package%%:*}
  done < <(for object in "${objects[@]}"; do candidates "$object"; done | sort -u |
           xargs dpkg-query -S 2>/dev/null | grep -v '^diversion' || true)
  for object in "${objects[@]}"; do
    package="?"
    while read -r candidate; do
      if [ -n "${owner[$candidate]:-}" ]; then package=${owner[$candidate]}; break; fi
    done < <(candidates "$object")
    [ "$package" = batterytrace ] && continue
    if ! grep -qxF "$package" <<<"$closure"; then
      fail "$2 loaded $object (package $package), which batterytrace does not depend on"
      missing=1
    fi
  done
  ((missing)) || echo "$2: ${#objects[@]} shared objects, all from declared dependencies"
  printf '%s\n' "${objects[@]}" | grep -F /plugins/ | sed 's|.*/plugins/|  plugin: |' || true
}

# The GUI with a home of its own, on the offscreen platform; with $libs_log set, the
# libraries it loads are logged there.
libs_log=
run_gui() {  # <home> <log> <batterytrace> [options]
  local home=$1 log=$2 debug=()
  shift 2
  mkdir -p "$home/runtime"
  chmod 700 "$home/runtime"
  [ -z "$libs_log" ] || debug=(LD_DEBUG=libs "LD_DEBUG_OUTPUT=$libs_log")
  env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u DISPLAY -u WAYLAND_DISPLAY \
    HOME="$home" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen \
    timeout 240 env "${debug[@]}" "$@" >"$log.out" 2>"$log.err"
}
gui_opened() {  # <log> [expected failed blocks]: the line --quit-after-open prints
  local line
  line=$(grep -E '^batterytrace: opened ' "$1.out" || true)
  echo "${line:-(nothing printed)}"
  [[ $line =~ :\ ([0-9]+)\ blocks,\ ([0-9]+)\ verified,\ ([0-9]+)\ failed$ ]] || return 1
  ((BASH_REMATCH[1] > 0 && BASH_REMATCH[3] == 0))
}

if ((have_demo)); then
  step "the installed GUI, offscreen: batterytrace --demo --quit-after-open (imports the demo chain)"
  t0=$SECONDS
  libs_log=$work/gui-libs
  if run_gui "$work/home" "$work/gui-first" batterytrace --demo --quit-after-open && gui_opened "$work/gui-first"; then
    echo "started, imported and opened the demo chain in $((SECONDS - t0)) s"
  else
    tail -n 20 "$work/gui-first.err" >&2
    fail "the installed GUI did not open the demo chain (log: $work/gui-first.*)"
  fi
  libs_log=
  cat "$work"/gui-libs.* >"$work/gui-libs.log" 2>/dev/null || true
  check_loaded "$work/gui-libs.log" "batterytrace --demo"

  step "again: opens the index imported before"
  run_gui "$work/home" "$work/gui-second" batterytrace --demo --quit-after-open && gui_opened "$work/gui-second" ||
    fail "the second start did not open the demo index (log: $work/gui-second.*)"

  step "the installed CLI on the demo index"
  index=$(find "$work/home" -name demo-chain.sqlite | head -n 1)
  if [ -n "$index" ] && LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/cli-libs" batterytrace-cli status --db "$index"; then
    cat "$work"/cli-libs.* >"$work/cli-libs.log" 2>/dev/null || true
    check_loaded "$work/cli-libs.log" "batterytrace-cli status"
  else
    fail "batterytrace-cli status --db ${index:-(no demo index)} failed"
  fi
else
  step "the installed GUI, offscreen (no demo chain: a start on a missing index)"
  run_gui "$work/home" "$work/gui-first" batterytrace --quit-after-open --db "$work/none.sqlite" || true
  grep -q 'cannot open' "$work/gui-first.err" || fail "the installed GUI did not start (log: $work/gui-first.*)"
fi

trap - EXIT
cleanup

# ---- The .tar.gz: anywhere, with the distribution's Qt -----------------------------
step "the .tar.gz, unpacked in a folder of its own"
mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
root=$(find "$work/tgz" -mindepth 1 -maxdepth 1 -type d)
for file in bin/batterytrace bin/batterytrace-cli share/doc/batterytrace/copyright \
            "share/applications/$app_id.desktop" share/man/man1/batterytrace-cli.1.gz; do
  [ -e "$root/$file" ] || fail "the .tar.gz lacks $file"
done
out=$("$root/bin/batterytrace-cli" --version) && [ "$out" = "batterytrace-cli $version" ] ||
  fail "the .tar.gz's batterytrace-cli --version printed '$out'"
if ((have_demo)); then
  [ -e "$root/share/batterytrace/demo-chain.btarchive" ] || fail "the .tar.gz lacks share/batterytrace/demo-chain.btarchive"
  if run_gui "$work/home-tgz" "$work/gui-tgz" "$root/bin/batterytrace" --demo --quit-after-open &&
     gui_opened "$work/gui-tgz"; then
    echo "the unpacked GUI found its demo chain beside it and opened it"
  else
    tail -n 20 "$work/gui-tgz.err" >&2
    fail "the GUI of the .tar.gz did not open its demo chain (log: $work/gui-tgz.*)"
  fi
fi

step "done"
if ((failures)); then
  echo "$failures problem(s); logs and packages in $work" >&2
  exit 1
fi
echo "packages OK in $((SECONDS - started)) s: $(basename "$deb"), $(basename "$tgz")"
