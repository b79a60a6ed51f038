// Parses the global options, picks the subcommand, parses its options, and writes the
// help and the usage errors, so that each command only does its own work.
#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace bt::cli {

class Dispatcher {
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)

public:
    Dispatcher(QString program, QString version, std::vector<std::unique_ptr<Command>> commands);

    // `arguments` as from QCoreApplication::arguments(): the program first. Returns the
    // process exit code.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

    const Command* find(const QString& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

    void printHelp(QTextStream& stream) const;
    void printCommandHelp(const Command& command, QTextStream& stream) const;
    void printVersion(QTextStream& stream) const;
    // Writes "<program>: <message>" and where to find help to `err`; returns kExitUsage.
    int usageError(QTextStream& err, const QString& message, const Command* command = nullptr) const;

private:
    int runCommand(const Command& command, const QStringList& arguments, QTextStream& out,
                   QTextStream& err) const;

    QString m_program;
    QString m_version;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace bt::cli
