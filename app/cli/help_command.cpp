#include "cli/help_command.h"

#include "cli/dispatcher.h"

namespace bt::cli {

QString HelpCommand::name() const
{
    return QStringLiteral("help");
}

QString HelpCommand::summary() const
{
    return tr("Show the list of commands, or the usage and options of one command.");
}

QString HelpCommand::argumentsSyntax() const
{
    return QStringLiteral("[<command>]");
}

int HelpCommand::run(const Invocation& inv) const
{
    if (inv.arguments.isEmpty()) {
        inv.dispatcher.printHelp(inv.out);
        return kExitOk;
    }
    if (inv.arguments.size() > 1)
        return inv.dispatcher.usageError(inv.err, tr("help takes one command, got %1").arg(inv.arguments.size()),
                                         this);
    const Command* command = inv.dispatcher.find(inv.arguments.constFirst());
    if (!command) return inv.dispatcher.usageError(inv.err, tr("unknown command '%1'").arg(inv.arguments.constFirst()));
    inv.dispatcher.printCommandHelp(*command, inv.out);
    return kExitOk;
}

} // namespace bt::cli
