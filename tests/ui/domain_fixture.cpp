#include "domain_fixture.h"

#include "archive/chain_archive.h"
#include "domain_page.h"
#include "explorer_service.h"
#include "main_window.h"

#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace bt::test {

QString demoIndex(QString& error)
{
    static QTemporaryDir dir;
    static QString made;
    if (!made.isEmpty()) return made;
    const QString archive =
        QDir(QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"))).filePath(QStringLiteral("resources/demo/demo-chain.btarchive"));
    if (!QFileInfo::exists(archive)) {
        error = QStringLiteral("no demo archive at %1").arg(archive);
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    IndexDb db;
    if (IndexError e = db.open(path, IndexDb::Mode::Create); !e.ok()) {
        error = e.message;
        return {};
    }
    const ArchiveResult r = importArchive(archive, db, std::nullopt);
    db.close();
    if (!r.ok || r.failedBlocks != 0) {
        error = QStringLiteral("import of the demo archive: %1 (%2 failed blocks)").arg(r.message).arg(r.failedBlocks);
        return {};
    }
    made = path;
    return made;
}

std::unique_ptr<IndexDb> openReadOnly(const QString& path, QString& error)
{
    auto db = std::make_unique<IndexDb>();
    if (IndexError e = db->open(path, IndexDb::Mode::ReadOnly); !e.ok()) {
        error = e.message;
        return nullptr;
    }
    return db;
}

bool showPage(ui::MainWindow& window, const QString& objectName, const QString& path, int timeoutMs)
{
    auto* page = qobject_cast<ui::DomainPage*>(window.page(objectName));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    if (!page || !pages || !navigation) return false;
    QSignalSpy updated(page, &ui::DomainPage::updated);
    QSignalSpy opened(window.service(), &facade::ExplorerService::indexOpened);
    window.openIndexFile(path);
    if (!opened.wait(timeoutMs)) return false;
    navigation->setCurrentRow(pages->indexOf(page));
    return !updated.isEmpty() || updated.wait(timeoutMs);
}

}  // namespace bt::test
