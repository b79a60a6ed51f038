// One subcommand of batterytrace-cli. A command is a small class in app/cli/ that says
// its name, one line for the command list, its options and arguments, and runs; the
// dispatcher does the parsing, the help text and the usage errors for all of them.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace bt::cli {

class Dispatcher;

// Exit codes of every command: scripts tell a failed run from a mistyped one.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// What a command gets when it runs.
struct Invocation {
    const QCommandLineParser& parser;  // the command's own options, already parsed
    QStringList arguments;             // the positional arguments after the command name
    QTextStream& out;
    QTextStream& err;
    const Dispatcher& dispatcher;      // for usage errors and for commands about commands
};

class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the command list in --help.
    virtual QString summary() const = 0;
    // A paragraph for `help <command>`; the summary unless a command says more.
    virtual QString description() const { return summary(); }
    // The arguments after the options in the usage line, e.g. "[<command>]".
    virtual QString argumentsSyntax() const { return {}; }
    // The command's own options; -h/--help is added by the dispatcher.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Returns the process exit code (kExitOk, kExitFailure, kExitUsage).
    virtual int run(const Invocation& invocation) const = 0;
};

} // namespace bt::cli
