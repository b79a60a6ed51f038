// The Lineage page on the demo index: the global search finds a pack by its serial and
// opens it here; the graph holds the lineage query's assets and edges, laid out by dot
// and drawn; the mass balance is the query's; a lot with a compliance problem is
// marked; clicking a node shows its event with the transaction that anchored it;
// the drawing exports as SVG and PNG; an asset that does not exist is said in the page.
#include "chain_fixture.h"
#include "domain_fixture.h"
#include "explorer_service.h"
#include "lineage_view.h"
#include "main_window.h"
#include "record_table_model.h"

#include "domain/compliance_query.h"
#include "domain/lineage_query.h"

#include <QFile>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestLineageView : public QObject {
    Q_OBJECT

    QString m_index;
    QString m_pack;  // a pack holding material from a flagged lot
    domain::LineageResult m_core;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
        auto db = openReadOnly(m_index, error);
        QVERIFY2(db, qPrintable(error));
        domain::ComplianceResult c;
        QVERIFY(domain::runCompliance(*db, {}, c).ok());
        QVERIFY(!c.packs.isEmpty());
        m_pack = c.packs.first().uri;
        domain::LineageRequest req;
        req.asset = m_pack;
        req.maxNodes = 2000;
        QVERIFY(domain::runLineage(*db, req, m_core).ok());
    }

    void searchOpensThePackHere()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(w.service(), &facade::ExplorerService::indexOpened);
        w.openIndexFile(m_index);
        QVERIFY(opened.wait(30000));
        auto* view = qobject_cast<ui::LineageView*>(w.page(QStringLiteral("lineagePage")));
        QVERIFY(view);
        QSignalSpy drawn(view, &ui::LineageView::graphDrawn);
        // The serial alone ("…/21/PK-000123" → "PK-000123") finds the pack.
        const QString serial = m_pack.mid(m_pack.lastIndexOf(QLatin1Char('/')) + 1);
        w.searchFor(serial);
        QVERIFY(drawn.wait(60000));
        QCOMPARE(view->report().asset, m_pack);
        QVERIFY(view->isVisible());

        // The query's assets and edges; every asset drawn.
        QCOMPARE(view->report().nodes.size(), m_core.nodes.size());
        QCOMPARE(view->report().edges.size(), m_core.edges.size());
        QCOMPARE(view->nodesModel()->rowCount(), int(m_core.nodes.size()));
        QCOMPARE(view->drawnNodes(), int(m_core.nodes.size()));
        for (int i = 0; i < int(m_core.nodes.size()); ++i) QCOMPARE(view->nodesModel()->key(i), m_core.nodes.at(i).uri);
        // The mass balance: one row per (element, mine), shares summing to what was traced.
        int rows = 0;
        for (const auto& b : m_core.massBalance) {
            double sum = 0;
            for (const auto& m : b.mines) {
                QCOMPARE(view->originsModel()->cell(rows, 0).text, b.element);
                QCOMPARE(view->originsModel()->cell(rows, 1).text, m.mine);
                QCOMPARE(view->originsModel()->cell(rows, 4).raw.toDouble(), m.share);
                sum += m.share;
                ++rows;
            }
            if (!b.mines.isEmpty()) QVERIFY(std::abs(sum + b.untracedShare - 1.0) < 1e-6);
        }
        QCOMPARE(view->originsModel()->rowCount(), rows);
        QVERIFY(rows > 0);
        // The pack holds flagged material: some upstream lot carries the red mark.
        int flagged = 0;
        for (const auto& n : view->report().nodes) flagged += n.flagged;
        QVERIFY(flagged > 0);
        shoot(&w, QStringLiteral("lineage"));

        // Click the pack: its event, anchored by a transaction of the index.
        QSignalSpy event(view, &ui::LineageView::eventShown);
        const auto& root = view->report().nodes.first();
        view->selectNode(root.id);
        QVERIFY(event.wait(30000));
        const auto& d = view->eventDetails();
        QVERIFY2(d.error.ok(), qPrintable(d.error.message));
        QVERIFY(d.document.contains(QLatin1String("\"type\"")));
        QString error;
        auto tx = queryValue(m_index,
                             QStringLiteral("SELECT hash FROM transactions WHERE block_number = %1 AND tx_index = "
                                            "(SELECT tx_index FROM trace_events WHERE id = %2)")
                                 .arg(d.blockNumber)
                                 .arg(d.eventId),
                             error);
        QVERIFY2(tx, qPrintable(error));
        QCOMPARE(d.transaction, *tx);
        QCOMPARE(d.status, QStringLiteral("verified"));
        QVERIFY(!d.recorderName.isEmpty());
        shoot(&w, QStringLiteral("lineage_event"));

        QTemporaryDir dir;
        QVERIFY(view->exportSvg(dir.filePath(QStringLiteral("g.svg"))));
        QFile svg(dir.filePath(QStringLiteral("g.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains(m_pack.mid(m_pack.lastIndexOf(QLatin1Char('/')) + 1).toUtf8()));
        QVERIFY(view->exportPng(dir.filePath(QStringLiteral("g.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("g.png"))).width() > 100);

        // Downstream from the same pack: to its vehicle.
        view->showAsset(m_pack, true);
        QVERIFY(drawn.wait(60000));
        QVERIFY(view->report().downstream);
        bool vehicle = false;
        for (const auto& n : view->report().nodes) vehicle = vehicle || n.kind == QLatin1String("vehicle");
        QVERIFY(vehicle);
        // No empty origin-shares table downstream: that tab is off, the assets show.
        auto* tabs = view->findChild<QTabWidget*>(QStringLiteral("lineageTabs"));
        QVERIFY(tabs);
        QVERIFY(!tabs->isTabEnabled(0));
        QCOMPARE(tabs->currentIndex(), 1);
        shoot(&w, QStringLiteral("lineage_downstream"));

        // Bad input: an asset the index does not hold.
        QSignalSpy updated(view, &ui::DomainPage::updated);
        view->showAsset(QStringLiteral("PK-DOES-NOT-EXIST"), false);
        QVERIFY(updated.wait(30000));
        QVERIFY2(view->message().contains(QLatin1String("PK-DOES-NOT-EXIST")), qPrintable(view->message()));
        QVERIFY2(view->message().startsWith(QLatin1String("Not found")), qPrintable(view->message()));
        QCOMPARE(view->drawnNodes(), 0);
        shoot(&w, QStringLiteral("lineage_not_found"));
    }
};

QTEST_MAIN(TestLineageView)
#include "test_lineage_view.moc"
