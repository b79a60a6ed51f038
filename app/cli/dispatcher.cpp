#include "cli/dispatcher.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <utility>

namespace bt::cli {

namespace {

constexpr qsizetype kHelpWidth = 80;
constexpr qsizetype kMaxNameColumn = 28;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              Dispatcher::tr("Show this help; with a command, that command's help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              Dispatcher::tr("Show the version and exit."));
}

QString optionNames(const QCommandLineOption& option)
{
    QStringList parts;
    for (const QString& name : option.names())
        parts << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = parts.join(QStringLiteral(", "));
    // Align long-only options with the long names of options that have a short one.
    if (option.names().constFirst().size() > 1) text.prepend(QStringLiteral("    "));
    if (!option.valueName().isEmpty()) text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

// Words of `text` in lines of at most kHelpWidth columns (a longer word gets a line of its
// own); every line but the first starts with `indent` spaces, the first continues `lead`.
// A line break in `text` starts a new line (an empty line stays empty).
QString wrap(const QString& lead, const QString& text, qsizetype indent)
{
    QString result;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        QString line = p == 0 ? lead : QString(indent, QLatin1Char(' '));
        qsizetype lineWords = 0;
        for (const QString& word : paragraphs.at(p).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (lineWords > 0 && line.size() + 1 + word.size() > kHelpWidth) {
                result += line + QLatin1Char('\n');
                line = QString(indent, QLatin1Char(' '));
                lineWords = 0;
            }
            if (lineWords > 0) line += QLatin1Char(' ');
            line += word;
            ++lineWords;
        }
        result += (lineWords > 0 ? line : line.trimmed()) + QLatin1Char('\n');
    }
    return result;
}

// Two columns: names padded to a common width, then text wrapped at kHelpWidth.
void printTable(QTextStream& s, const QList<std::pair<QString, QString>>& rows)
{
    qsizetype nameWidth = 0;
    for (const auto& [name, text] : rows) nameWidth = std::max(nameWidth, name.size());
    nameWidth = std::min(nameWidth, kMaxNameColumn);
    const qsizetype indent = 2 + nameWidth + 2;
    for (const auto& [name, text] : rows) {
        QString lead = QStringLiteral("  ") + name;
        if (name.size() > nameWidth) {
            s << lead << '\n';
            lead.clear();
        }
        s << wrap(lead.leftJustified(indent, QLatin1Char(' ')), text, indent);
    }
}

} // namespace

Dispatcher::Dispatcher(QString program, QString version, std::vector<std::unique_ptr<Command>> commands)
    : m_program(std::move(program)), m_version(std::move(version)), m_commands(std::move(commands))
{
}

int Dispatcher::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    QCommandLineParser parser;
    // Everything from the command name on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments)) return usageError(err, parser.errorText());

    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(version)) {
        printVersion(out);
        return kExitOk;
    }
    if (parser.isSet(help)) {
        if (rest.isEmpty()) {
            printHelp(out);
            return kExitOk;
        }
        const Command* command = find(rest.constFirst());
        if (!command) return usageError(err, tr("unknown command '%1'").arg(rest.constFirst()));
        printCommandHelp(*command, out);
        return kExitOk;
    }
    if (rest.isEmpty()) {
        err << tr("%1: no command given").arg(m_program) << "\n\n";
        printHelp(err);
        return kExitUsage;
    }
    const Command* command = find(rest.constFirst());
    if (!command) return usageError(err, tr("unknown command '%1'").arg(rest.constFirst()));
    return runCommand(*command, rest, out, err);
}

int Dispatcher::runCommand(const Command& command, const QStringList& arguments, QTextStream& out,
                           QTextStream& err) const
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOptions(command.options());
    // arguments[0] is the command name, where the parser expects the program.
    if (!parser.parse(arguments)) return usageError(err, parser.errorText(), &command);
    if (parser.isSet(help)) {
        printCommandHelp(command, out);
        return kExitOk;
    }
    return command.run(Invocation{parser, parser.positionalArguments(), out, err, *this});
}

const Command* Dispatcher::find(const QString& name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&](const auto& c) { return c->name() == name; });
    return it == m_commands.end() ? nullptr : it->get();
}

void Dispatcher::printHelp(QTextStream& s) const
{
    s << tr("Usage: %1 [global options] <command> [options] [arguments]").arg(m_program) << "\n\n"
      << wrap(QString(), tr("The command-line tool of BatteryTrace Explorer, over the same core as the "
                            "desktop application."), 0)
      << '\n' << tr("Global options:") << '\n';
    printTable(s, {{optionNames(helpOption()), helpOption().description()},
                   {optionNames(versionOption()), versionOption().description()}});
    s << '\n' << tr("Commands:") << '\n';
    QList<std::pair<QString, QString>> rows;
    for (const auto& c : m_commands) rows.append({c->name(), c->summary()});
    printTable(s, rows);
    s << '\n' << tr("Run '%1 help <command>' for the options of a command.").arg(m_program) << '\n';
}

void Dispatcher::printCommandHelp(const Command& command, QTextStream& s) const
{
    QString usage = QStringLiteral("%1 %2 [options]").arg(m_program, command.name());
    if (!command.argumentsSyntax().isEmpty()) usage += QLatin1Char(' ') + command.argumentsSyntax();
    s << tr("Usage: %1").arg(usage) << "\n\n"
      << wrap(QString(), command.description(), 0) << '\n' << tr("Options:") << '\n';
    QList<std::pair<QString, QString>> rows;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    rows.append({optionNames(help), help.description()});
    for (const QCommandLineOption& o : command.options()) rows.append({optionNames(o), o.description()});
    printTable(s, rows);
}

void Dispatcher::printVersion(QTextStream& s) const
{
    s << m_program << ' ' << m_version << '\n';
}

int Dispatcher::usageError(QTextStream& err, const QString& message, const Command* command) const
{
    err << m_program << ": " << message << '\n';
    if (command)
        err << tr("Run '%1 help %2' for its usage.").arg(m_program, command->name()) << '\n';
    else
        err << tr("Run '%1 --help' for the list of commands.").arg(m_program) << '\n';
    return kExitUsage;
}

} // namespace bt::cli
