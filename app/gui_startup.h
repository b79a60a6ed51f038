// Start-up options of batterytrace that concern installed copies of it (see
// packaging/README.md):
//   --demo             opens the demo chain: on first use, imports the archive the
//                      package installed (share/batterytrace/demo-chain.btarchive) into
//                      the user's data folder, then opens that index;
//   --quit-after-open  quits once the index is open (and its import done), printing a
//                      one-line summary; exit code 0, or 1 when opening or importing
//                      failed. For smoke tests of packages, on the offscreen platform.
#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace bt::ui {
class MainWindow;
}

namespace bt::app {

class GuiStartup {
public:
    // Adds the options to `parser`, before it processes the command line, and names
    // the installed desktop entry (QGuiApplication::setDesktopFileName).
    explicit GuiStartup(QCommandLineParser& parser);

    // After processing: true when `--db` must not be applied (--demo opens the index).
    bool opensIndex() const;
    // Starts what the options ask for on `window`. False, after a message on stderr,
    // when the program cannot go on (the exit code is then 2).
    bool apply(ui::MainWindow& window) const;

    // The installed demo chain archive, or empty when there is none. Looked for, in
    // order: $BT_DEMO_ARCHIVE; <dir of the executable>/../share/batterytrace/ (Linux
    // packages, the .tar.gz, Windows); <bundle>/Contents/Resources/ (macOS); the XDG
    // data folders ($XDG_DATA_DIRS/batterytrace/).
    static QString demoArchivePath();
    // Where --demo keeps the imported demo index: <app data folder>/demo-chain.sqlite.
    static QString demoIndexPath();

private:
    const QCommandLineParser& m_parser;
    QCommandLineOption m_demo;
    QCommandLineOption m_quitAfterOpen;
};

} // namespace bt::app
