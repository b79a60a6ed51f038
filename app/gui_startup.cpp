#include "gui_startup.h"

#include "explorer_service.h"
#include "main_window.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace bt::app {

namespace {

const QString kDemoArchiveName = QStringLiteral("demo-chain.btarchive");

// Written beside the demo index while it is imported: an index left by an interrupted
// import is imported again rather than shown incomplete.
QString importMarkerPath(const QString& indexPath)
{
    return indexPath + QStringLiteral(".importing");
}

void removeIndexFiles(const QString& indexPath)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(indexPath + QLatin1String(suffix));
}

void printLine(FILE* stream, const QString& line)
{
    QTextStream(stream) << QCoreApplication::applicationName() << ": " << line << '\n';
}

} // namespace

GuiStartup::GuiStartup(QCommandLineParser& parser)
    : m_parser(parser),
      m_demo(QStringLiteral("demo"),
             QCoreApplication::translate("main", "Open the demo chain (imported on first use from the installed "
                                                 "archive).")),
      m_quitAfterOpen(QStringLiteral("quit-after-open"),
                      QCoreApplication::translate("main", "Quit once the index is open, printing a summary (for "
                                                          "tests of installed packages)."))
{
    parser.addOption(m_demo);
    parser.addOption(m_quitAfterOpen);
    // The installed desktop entry's name (packaging/), so that a Wayland compositor
    // matches the windows to the entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.batterytrace.Explorer"));
}

bool GuiStartup::opensIndex() const
{
    return m_parser.isSet(m_demo);
}

QString GuiStartup::demoArchivePath()
{
    const QString fromEnvironment = qEnvironmentVariable("BT_DEMO_ARCHIVE");
    if (!fromEnvironment.isEmpty()) return QFileInfo::exists(fromEnvironment) ? fromEnvironment : QString();

    const QDir exeDir(QCoreApplication::applicationDirPath());
    for (const QString& relative : {QStringLiteral("../share/batterytrace/"), QStringLiteral("../Resources/")}) {
        const QString candidate = exeDir.absoluteFilePath(relative + kDemoArchiveName);
        if (QFileInfo::exists(candidate)) return QDir::cleanPath(candidate);
    }
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                  QStringLiteral("batterytrace/") + kDemoArchiveName);
}

QString GuiStartup::demoIndexPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-chain.sqlite"));
}

bool GuiStartup::apply(ui::MainWindow& window) const
{
    using facade::ExplorerService;
    ExplorerService* service = window.service();
    const bool quitAfterOpen = m_parser.isSet(m_quitAfterOpen);

    if (quitAfterOpen) {
        // Quits once an index is open and no job (the demo import) writes it any more.
        auto summaryWanted = std::make_shared<bool>(false);
        auto finish = [](const facade::IndexSummary& s) {
            printLine(stdout, QStringLiteral("opened %1: %2 blocks, %3 verified, %4 failed")
                                  .arg(QDir::toNativeSeparators(s.path))
                                  .arg(s.blocks)
                                  .arg(s.verifiedBlocks)
                                  .arg(s.failedBlocks));
            QCoreApplication::exit(0);
        };
        QObject::connect(service, &ExplorerService::indexOpened, &window,
                         [service, finish](quint64, const facade::IndexSummary& s) {
                             if (!service->isBusy()) finish(s);
                         });
        QObject::connect(service, &ExplorerService::summaryChanged, &window,
                         [summaryWanted, finish](const facade::IndexSummary& s, facade::IndexChange) {
                             if (*summaryWanted) finish(s);
                         });
        QObject::connect(service, &ExplorerService::jobFinished, &window,
                         [service, summaryWanted](quint64, const facade::JobResult& r) {
                             if (r.outcome != facade::JobResult::Outcome::Completed) {
                                 printLine(stderr, QStringLiteral("the job did not complete: %1").arg(r.message));
                                 QCoreApplication::exit(1);
                                 return;
                             }
                             // Open already: the summary as the job left the index. If
                             // not, the service opens it now, and indexOpened follows.
                             if (!service->isIndexOpen()) return;
                             *summaryWanted = true;
                             service->refreshSummary();
                         });
        QObject::connect(service, &ExplorerService::indexOpenFailed, &window,
                         [](quint64, const QString& path, const facade::ServiceError& e) {
                             printLine(stderr, QStringLiteral("cannot open %1: %2").arg(path, e.message));
                             QCoreApplication::exit(1);
                         });
    }

    if (!m_parser.isSet(m_demo)) return true;

    const QString archive = demoArchivePath();
    if (archive.isEmpty()) {
        printLine(stderr, QCoreApplication::translate("main", "no demo chain is installed (%1 not found beside the "
                                                              "program nor in the data folders)")
                              .arg(kDemoArchiveName));
        return false;
    }
    const QString index = demoIndexPath();
    const QString marker = importMarkerPath(index);
    if (QFileInfo::exists(index) && !QFileInfo::exists(marker)) {
        window.openIndexFile(index);
        return true;
    }
    // First use, or an import that did not finish: import (again) from the archive.
    removeIndexFiles(index);
    QDir().mkpath(QFileInfo(index).absolutePath());
    QFile markerFile(marker);
    if (!markerFile.open(QIODevice::WriteOnly)) {
        printLine(stderr, QStringLiteral("cannot write %1: %2").arg(marker, markerFile.errorString()));
        return false;
    }
    markerFile.close();
    QObject::connect(service, &ExplorerService::jobFinished, &window, [marker](quint64, const facade::JobResult& r) {
        if (r.kind == facade::JobKind::Import && r.outcome == facade::JobResult::Outcome::Completed)
            QFile::remove(marker);
    });
    window.importArchiveFile(archive, index);
    return true;
}

} // namespace bt::app
