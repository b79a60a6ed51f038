# Writes the man page of batterytrace-cli from the program's own help, so that the two
# cannot drift apart: the global options and the list of commands from `--help`, and
# each command's synopsis, description and options from `help <command>`. The other
# sections are written by hand in the template.
#
#   cmake -DCLI=<batterytrace-cli> -DTEMPLATE=<batterytrace-cli.1.in> -DOUTPUT=<.1 file>
#         -DVERSION=<project version> -P make-man-page.cmake
#
# It reads the layout app/cli/dispatcher.cpp prints: "Usage: ..." first, paragraphs,
# then tables under "Global options:", "Commands:" or "Options:" whose rows start with
# two spaces (name, two or more spaces, text) and continue with deeper indentation.
cmake_minimum_required(VERSION 3.25)

foreach(var CLI TEMPLATE OUTPUT VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "make-man-page.cmake: -D${var}=... is required")
  endif()
endforeach()

# Characters CMake lists treat specially (";", and brackets, which hold ";" together)
# have stand-ins until the end.
set(_semi "%BT-SEMICOLON%")
set(_lbracket "%BT-LBRACKET%")
set(_rbracket "%BT-RBRACKET%")

function(_bt_run_cli out_var)
  execute_process(COMMAND "${CLI}" ${ARGN}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc ENCODING UTF-8)
  if(NOT rc EQUAL 0)
    string(JOIN " " args ${ARGN})
    message(FATAL_ERROR "make-man-page.cmake: '${CLI} ${args}' failed (${rc}):\n${err}")
  endif()
  string(REPLACE ";" "${_semi}" out "${out}")
  string(REPLACE "[" "${_lbracket}" out "${out}")
  string(REPLACE "]" "${_rbracket}" out "${out}")
  string(REPLACE "\n" ";" out "${out}")
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# Text for roff: backslashes escaped, no line starting with a control character.
function(_bt_roff_text out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# An option or command name ("-h, --help", "--db <PATH>"): the names bold with real
# minus signs, the value name italic.
function(_bt_roff_name out_var name)
  set(value "")
  if(name MATCHES "^([^<]*[^ <]) (<.*>)$")
    set(name "${CMAKE_MATCH_1}")
    set(value "${CMAKE_MATCH_2}")
  endif()
  string(REPLACE "\\" "\\e" name "${name}")
  string(REPLACE "-" "\\-" name "${name}")
  string(REPLACE ", " "\\fR, \\fB" name "${name}")
  set(text "\\fB${name}\\fR")
  if(value)
    string(REPLACE "\\" "\\e" value "${value}")
    string(REPLACE "-" "\\-" value "${value}")
    set(text "${text} \\fI${value}\\fR")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Parses the lines of one help text into:
#   <prefix>_USAGE         the text after "Usage: "
#   <prefix>_DESCRIPTION   roff paragraphs
#   <prefix>_TABLES        names of the tables found ("Global options", "Commands", "Options")
#   <prefix>_<table>_NAMES / _TEXTS   the rows (table names with spaces as underscores)
macro(_bt_parse_help prefix lines)
  set(${prefix}_USAGE "")
  set(${prefix}_DESCRIPTION "")
  set(${prefix}_TABLES "")
  set(_section usage)
  set(_table "")
  set(_paragraph "")
  foreach(_line IN LISTS ${lines})
    if(_section STREQUAL "usage" AND _line MATCHES "^Usage: (.*)$")
      set(${prefix}_USAGE "${CMAKE_MATCH_1}")
      set(_section description)
    elseif(_line MATCHES "^([A-Z][a-z]+( [a-z]+)?):$")
      # A table heading.
      string(REPLACE " " "_" _table "${CMAKE_MATCH_1}")
      list(APPEND ${prefix}_TABLES "${_table}")
      set(${prefix}_${_table}_NAMES "")
      set(${prefix}_${_table}_TEXTS "")
      set(_text_column 0)
      set(_section table)
    elseif(_section STREQUAL "table" AND _line STREQUAL "")
      set(_section after)
    elseif(_section STREQUAL "table")
      # A line indented to the text column continues the last row's text; any other
      # line starts a row (long-only options are indented a little, to align names).
      string(REGEX MATCH "^ *" _lead "${_line}")
      string(LENGTH "${_lead}" _indent)
      string(STRIP "${_line}" _stripped)
      if(_text_column GREATER 0 AND _indent GREATER_EQUAL _text_column)
        list(POP_BACK ${prefix}_${_table}_TEXTS _text)
        string(STRIP "${_text} ${_stripped}" _text)
        list(APPEND ${prefix}_${_table}_TEXTS "${_text}")
      elseif(_stripped MATCHES "^([^ ]+( [^ ]+)*)(  +(.*))?$")
        list(APPEND ${prefix}_${_table}_NAMES "${CMAKE_MATCH_1}")
        list(APPEND ${prefix}_${_table}_TEXTS "${CMAKE_MATCH_4}")
        if(_text_column EQUAL 0 AND NOT CMAKE_MATCH_4 STREQUAL "")
          string(REGEX MATCH "^ *[^ ]+( [^ ]+)*  +" _head "${_line}")
          string(LENGTH "${_head}" _text_column)
        endif()
      endif()
    elseif(_section STREQUAL "description")
      if(_line STREQUAL "")
        if(NOT _paragraph STREQUAL "")
          string(APPEND ${prefix}_DESCRIPTION ".PP\n${_paragraph}")
          set(_paragraph "")
        endif()
      else()
        _bt_roff_text(_text "${_line}")
        string(APPEND _paragraph "${_text}\n")
      endif()
    endif()
  endforeach()
  if(NOT _paragraph STREQUAL "")
    string(APPEND ${prefix}_DESCRIPTION ".PP\n${_paragraph}")
  endif()
endmacro()

# A table as roff: one tagged paragraph per row.
function(_bt_roff_table out_var names texts)
  set(roff "")
  foreach(name text IN ZIP_LISTS ${names} ${texts})
    _bt_roff_name(name "${name}")
    _bt_roff_text(text "${text}")
    string(APPEND roff ".TP\n${name}\n${text}\n")
  endforeach()
  set(${out_var} "${roff}" PARENT_SCOPE)
endfunction()

_bt_run_cli(_top_lines --help)
_bt_parse_help(TOP _top_lines)
foreach(table Global_options Commands)
  if(NOT table IN_LIST TOP_TABLES OR NOT TOP_${table}_NAMES)
    message(FATAL_ERROR "make-man-page.cmake: no '${table}' table in '${CLI} --help': has its layout changed?")
  endif()
endforeach()
_bt_roff_table(BT_MAN_GLOBAL_OPTIONS TOP_Global_options_NAMES TOP_Global_options_TEXTS)

set(BT_MAN_COMMANDS "")
foreach(command summary IN ZIP_LISTS TOP_Commands_NAMES TOP_Commands_TEXTS)
  _bt_run_cli(_command_lines help "${command}")
  _bt_parse_help(CMD _command_lines)
  if(CMD_USAGE STREQUAL "" OR NOT "Options" IN_LIST CMD_TABLES)
    message(FATAL_ERROR "make-man-page.cmake: '${CLI} help ${command}' has no usage line or options")
  endif()
  # The usage line: the program and command bold, the rest as printed.
  set(_rest "")
  if(CMD_USAGE MATCHES "^[^ ]+ [^ ]+ (.*)$")
    set(_rest "${CMAKE_MATCH_1}")
  endif()
  _bt_roff_text(_rest "${_rest}")
  string(REPLACE "-" "\\-" _name "${command}")
  _bt_roff_text(summary "${summary}")
  _bt_roff_table(_options CMD_Options_NAMES CMD_Options_TEXTS)
  if(CMD_DESCRIPTION STREQUAL ".PP\n${summary}\n")
    set(CMD_DESCRIPTION "")  # no more than the summary
  endif()
  if(NOT _rest STREQUAL "")
    string(PREPEND _rest "\n")
  endif()
  string(APPEND BT_MAN_COMMANDS
         ".SS ${_name}\n${summary}\n.PP\n.B batterytrace\\-cli ${_name}${_rest}\n"
         "${CMD_DESCRIPTION}.PP\nOptions:\n.RS\n${_options}.RE\n")
endforeach()

string(REGEX REPLACE "\n$" "" BT_MAN_GLOBAL_OPTIONS "${BT_MAN_GLOBAL_OPTIONS}")
string(REGEX REPLACE "\n$" "" BT_MAN_COMMANDS "${BT_MAN_COMMANDS}")
set(BT_MAN_VERSION "${VERSION}")
string(TIMESTAMP BT_MAN_DATE "%Y-%m-%d" UTC)  # SOURCE_DATE_EPOCH when set: reproducible
file(READ "${TEMPLATE}" _template)
string(CONFIGURE "${_template}" _page @ONLY)
string(REPLACE "${_semi}" ";" _page "${_page}")
string(REPLACE "${_lbracket}" "[" _page "${_page}")
string(REPLACE "${_rbracket}" "]" _page "${_page}")
file(WRITE "${OUTPUT}.tmp" "${_page}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
