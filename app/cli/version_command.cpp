#include "cli/version_command.h"

#include "cli/dispatcher.h"

namespace bt::cli {

QString VersionCommand::name() const
{
    return QStringLiteral("version");
}

QString VersionCommand::summary() const
{
    return tr("Show the version.");
}

int VersionCommand::run(const Invocation& inv) const
{
    if (!inv.arguments.isEmpty())
        return inv.dispatcher.usageError(inv.err, tr("version takes no arguments"), this);
    inv.dispatcher.printVersion(inv.out);
    return kExitOk;
}

} // namespace bt::cli
