#!/usr/bin/env bash
# The man page of batterytrace-cli agrees with the program's help: every command of
# `--help` has its section, every option of `help <command>` is in that section, the
# version is the project's, and groff reads the page without a warning.
#   check-man-page.sh <batterytrace-cli> <batterytrace-cli.1> <project version>
set -euo pipefail
cli=$1 page=$2 version=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

[ -s "$page" ] || { echo "FAIL: no man page at $page (built by the bt_man_page target)" >&2; exit 1; }

# The commands: the rows of the "Commands:" table of --help.
mapfile -t commands < <("$cli" --help | awk '/^Commands:$/ {t = 1; next} t && /^$/ {exit} t && /^  [^ ]/ {print $1}')
((${#commands[@]} > 0)) || fail "no commands found in '$cli --help'"

# The page, one section per command (".SS name" up to the next section).
section() { awk -v name="$1" '$0 == ".SS " name {s = 1; next} s && /^\.S[SH] / {exit} s' "$page"; }

for command in "${commands[@]}"; do
  roff_name=${command//-/\\-}
  text=$(section "$roff_name")
  if [ -z "$text" ]; then
    fail "the man page has no section for the command '$command'"
    continue
  fi
  # Every long option of the command, as the page writes it (\-\-name).
  while read -r option; do
    roff_option=${option//-/\\-}
    grep -qF -- "$roff_option" <<<"$text" || fail "the man page's '$command' section lacks $option"
  done < <("$cli" help "$command" | awk '/^Options:$/ {t = 1; next} t' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
done

# The global options.
while read -r option; do
  grep -qF -- "${option//-/\\-}" "$page" || fail "the man page lacks the global option $option"
done < <("$cli" --help | awk '/^Global options:$/ {t = 1; next} t && /^$/ {exit} t' | grep -oE -- '--[a-z][a-z0-9-]*')

grep -q "^\.TH .*\"BatteryTrace $version\"" "$page" || fail "the man page's .TH line does not carry version $version"

warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1 || true)
[ -z "$warnings" ] || fail "groff warns about the man page:
$warnings"

if ((failures)); then
  echo "$failures problem(s) in $page; it is generated from the program's help by" \
       "packaging/man/make-man-page.cmake (rebuild; if the help's layout changed, adapt the script)" >&2
  exit 1
fi
echo "man page OK: ${#commands[@]} commands (${commands[*]})"
