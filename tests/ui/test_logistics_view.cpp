// The Logistics page on the demo index: one row per shipment of the shipments query,
// with its readings, alarms and excursions; choosing the reefer shipment with an
// excursion shows its series and its excursions as the query gives them, and a
// shipment that does not exist is said in the page.
#include "chain_fixture.h"
#include "domain_fixture.h"
#include "explorer_table_view.h"
#include "logistics_view.h"
#include "main_window.h"
#include "record_table_model.h"

#include "domain/shipment_query.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestLogisticsView : public QObject {
    Q_OBJECT

    QString m_index;
    domain::ShipmentsResult m_all;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
        auto db = openReadOnly(m_index, error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(domain::runShipments(*db, {}, m_all).ok());
        QVERIFY(m_all.withExcursions > 0);
    }

    void showsTheCoreFigures()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showPage(w, QStringLiteral("logisticsPage"), m_index));
        auto* view = qobject_cast<ui::LogisticsView*>(w.page(QStringLiteral("logisticsPage")));
        QVERIFY(view);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
        auto* list = view->shipmentsModel();
        QCOMPARE(list->rowCount(), int(m_all.shipments.size()));
        QCOMPARE(qint64(m_all.shipments.size()), m_all.shipmentsTotal);
        int withExcursions = 0;
        for (int i = 0; i < list->rowCount(); ++i) {
            const auto& s = m_all.shipments.at(i);
            QCOMPARE(list->key(i), s.sscc);
            QCOMPARE(list->cell(i, 1).text, s.carrier);
            QCOMPARE(list->cell(i, 5).raw.toDouble(), double(s.readings));
            QCOMPARE(list->cell(i, 6).raw.toDouble(), double(s.alarms));
            QCOMPARE(list->cell(i, 7).raw.toDouble(), double(s.excursions.size()));
            withExcursions += !s.excursions.isEmpty();
        }
        QCOMPARE(qint64(withExcursions), m_all.withExcursions);

        // The first shipment with an excursion, with its full series.
        QString sscc;
        for (const auto& s : m_all.shipments)
            if (!s.excursions.isEmpty()) {
                sscc = s.sscc;
                break;
            }
        QString error;
        auto db = openReadOnly(m_index, error);
        domain::ShipmentsRequest one;
        one.shipment = sscc;
        domain::ShipmentsResult core;
        QVERIFY(domain::runShipments(*db, one, core).ok());
        QCOMPARE(core.shipments.size(), qsizetype(1));
        const auto& s = core.shipments.first();

        QSignalSpy shown(view, &ui::LogisticsView::shipmentShown);
        view->selectShipment(sscc);
        QVERIFY(shown.wait(30000));
        QCOMPARE(view->selected().sscc, sscc);
        QCOMPARE(view->readingsModel()->rowCount(), int(s.series.size()));
        QCOMPARE(view->excursionsModel()->rowCount(), int(s.excursions.size()));
        for (int i = 0; i < view->excursionsModel()->rowCount(); ++i) {
            QCOMPARE(view->excursionsModel()->cell(i, 0).text, s.excursions.at(i).type);
            QCOMPARE(view->excursionsModel()->cell(i, 3).raw.toDouble(), double(s.excursions.at(i).readings));
            QCOMPARE(view->excursionsModel()->cell(i, 4).raw.toDouble(), s.excursions.at(i).worst);
        }
        // By hand: every reading outside the limits is marked so in the readings table.
        int outside = 0, marked = 0;
        for (const auto& p : s.series) outside += p.outside;
        for (int i = 0; i < view->readingsModel()->rowCount(); ++i) marked += !view->readingsModel()->cell(i, 5).text.isEmpty();
        QVERIFY(outside > 0);
        QCOMPARE(marked, outside);
        // Units as people write them, not UN/ECE codes: the demo's readings are in CEL and P1.
        QSet<QString> units;
        for (int i = 0; i < view->readingsModel()->rowCount(); ++i) units.insert(view->readingsModel()->cell(i, 3).text);
        QCOMPARE(units, (QSet<QString>{QStringLiteral("°C"), QStringLiteral("%")}));
        QCOMPARE(list->rowOfKey(sscc), view->primaryTable()->currentIndex().row());
        shoot(&w, QStringLiteral("logistics"));

        // A shipment the index does not hold.
        view->selectShipment(QStringLiteral("urn:epc:id:sscc:0000000.0000000000"));
        QTRY_VERIFY(!view->message().isEmpty());
        QVERIFY2(view->message().contains(QLatin1String("0000000.0000000000")), qPrintable(view->message()));
    }
};

QTEST_MAIN(TestLogisticsView)
#include "test_logistics_view.moc"
