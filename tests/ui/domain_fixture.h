// What the domain pages' tests stand on: the bundled demo chain (resources/demo,
// recorded from a real anvil run of the simulator) imported by core into an index of
// the test's own — once per test process — and the window opened on one page.
#pragma once

#include "index/index_db.h"

#include <QString>

#include <memory>

namespace bt::ui {
class DomainPage;
class MainWindow;
}  // namespace bt::ui

namespace bt::test {

// The path of the imported demo index; empty (and `error`) when it cannot be made.
QString demoIndex(QString& error);
// A read connection of the test's own to `path`, for running the core queries.
std::unique_ptr<IndexDb> openReadOnly(const QString& path, QString& error);
// Opens `path` in the window, shows the page `objectName` and waits for its first
// answer (DomainPage::updated). False on a timeout.
bool showPage(ui::MainWindow& window, const QString& objectName, const QString& path, int timeoutMs = 60000);

}  // namespace bt::test
