// batterytrace: the desktop application. Sets up the application, reads the command
// line and shows ui's MainWindow; everything else lives in ui/ and core/.
#include "gui_startup.h"
#include "main_window.h"
#include "shutdown_signal_watcher.h"

#include <bt/version.h>

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // First, so that a stop signal during start-up also ends the program cleanly.
    bt::app::ShutdownSignalWatcher::installHandlers();
    QApplication app(argc, argv);
    bt::app::ShutdownSignalWatcher shutdownWatcher;
    QObject::connect(&shutdownWatcher, &bt::app::ShutdownSignalWatcher::shutdownRequested, &app,
                     &QCoreApplication::quit);

    QApplication::setApplicationName(QStringLiteral("batterytrace"));
    QApplication::setOrganizationName(QStringLiteral("BatteryTrace"));
    QApplication::setApplicationVersion(QStringLiteral(BT_VERSION_STRING));

    // The system locale picks the language; English (the source text) when no translation fits.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("batterytrace"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "BatteryTrace Explorer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore and verify EV-battery supply-chain events recorded on an EVM consortium chain."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The value name stays untranslated, like the option name: it is typed, not read.
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the index database at <path>."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    const bt::app::GuiStartup startup(parser);  // --demo, --quit-after-open (packaging/README.md)
    parser.process(app);

    bt::ui::MainWindow window;
    if (parser.isSet(dbOption) && !startup.opensIndex()) window.openIndexFile(parser.value(dbOption));
    if (!startup.apply(window)) return 2;
    QApplication::setWindowIcon(window.windowIcon());
    window.show();
    return QApplication::exec();
}
