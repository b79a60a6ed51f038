// batterytrace-cli: the command-line front end. QtCore only: it never loads a GUI library,
// so it runs on servers and in CI without a display.
#include "cli/command_list.h"
#include "cli/dispatcher.h"

#include <bt/version.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batterytrace-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BatteryTrace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BT_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const bt::cli::Dispatcher dispatcher(QCoreApplication::applicationName(),
                                         QCoreApplication::applicationVersion(), bt::cli::makeCommands());
    return dispatcher.run(QCoreApplication::arguments(), out, err);
}
