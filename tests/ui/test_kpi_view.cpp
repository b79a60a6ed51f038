// The KPIs page on the demo index shows the kpi query's figures: the totals in the
// tiles, one row per month with its defect rate, the due-diligence times per
// supplier, the recovery per element against the EU targets, the carriers'
// incidents; the before/after defect rate is the months' failed / tested summed on
// each side of the change date.
#include "chain_fixture.h"
#include "domain_fixture.h"
#include "kpi_view.h"
#include "main_window.h"
#include "record_table_model.h"

#include "domain/kpi_query.h"
#include "explorer_service.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>

using namespace bt;
using namespace bt::test;

class TestKpiView : public QObject {
    Q_OBJECT

    QString m_index;
    domain::KpiResult m_core;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
        auto db = openReadOnly(m_index, error);
        QVERIFY2(db, qPrintable(error));
        domain::KpiRequest req;
        req.byMonth = true;
        QVERIFY(domain::runKpi(*db, req, m_core).ok());
        QVERIFY(m_core.months.size() >= 10);
    }

    void saysLoadingUntilTheFirstAnswer()
    {
        // A large index takes seconds to answer: the page must not keep saying that no
        // index is open meanwhile.
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* view = qobject_cast<ui::KpiView*>(w.page(QStringLiteral("kpisPage")));
        QVERIFY(view);
        auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        w.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(pages->indexOf(view));
        QVERIFY2(view->message().startsWith(QLatin1String("No index is open")), qPrintable(view->message()));
        QSignalSpy opened(w.service(), &facade::ExplorerService::indexOpened);
        QSignalSpy updated(view, &ui::DomainPage::updated);
        w.openIndexFile(m_index);
        QVERIFY(opened.wait(60000));
        if (updated.isEmpty()) QCOMPARE(view->message(), QStringLiteral("Loading…"));
        QVERIFY(!updated.isEmpty() || updated.wait(60000));
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
    }

    void showsTheCoreFigures()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showPage(w, QStringLiteral("kpisPage"), m_index));
        auto* view = qobject_cast<ui::KpiView*>(w.page(QStringLiteral("kpisPage")));
        QVERIFY(view);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));

        // One row per month, with the core's label, tested, failed and rate.
        auto* months = view->monthsModel();
        QCOMPARE(months->rowCount(), int(m_core.months.size()));
        for (int i = 0; i < months->rowCount(); ++i) {
            const auto& m = m_core.months.at(i);
            QCOMPARE(months->cell(i, 0).text, m.label);
            QCOMPARE(months->cell(i, 2).raw.toDouble(), double(m.defects.tested));
            QCOMPARE(months->cell(i, 3).raw.toDouble(), double(m.defects.failed));
            if (m.defects.rate) QCOMPARE(months->cell(i, 1).raw.toDouble(), *m.defects.rate);
        }
        // By hand: the total rate is the sum of failed over the sum of tested.
        qint64 tested = 0, failed = 0;
        for (const auto& m : m_core.months) {
            tested += m.defects.tested;
            failed += m.defects.failed;
        }
        QCOMPARE(tested, m_core.total.defects.tested);
        QCOMPARE(failed, m_core.total.defects.failed);
        QVERIFY(view->report().total.defectRate);
        QCOMPARE(*view->report().total.defectRate, double(failed) / double(tested));
        auto* tile = w.findChild<QLabel*>(QStringLiteral("defectRateTile"));
        QVERIFY(tile->text().contains(QLocale().toString(100.0 * double(failed) / double(tested), 'f', 2)));
        QCOMPARE(tile->toolTip(), m_core.definitions.value(QStringLiteral("defect rate")));
        QVERIFY(!tile->toolTip().isEmpty());

        // Before / after a change date: July 2025 (the demo's process change at mid-span).
        view->setChangeDate(QDate(2025, 7, 1));
        qint64 tb = 0, fb = 0, ta = 0, fa = 0;
        for (const auto& m : m_core.months) {
            const bool after = QDateTime::fromSecsSinceEpoch(m.from, Qt::UTC).date() >= QDate(2025, 7, 1);
            (after ? ta : tb) += m.defects.tested;
            (after ? fa : fb) += m.defects.failed;
        }
        QVERIFY(tb > 0 && ta > 0);
        QCOMPARE(*view->defectRateBefore(), double(fb) / double(tb));
        QCOMPARE(*view->defectRateAfter(), double(fa) / double(ta));
        // The demo's process change lowers the defect rate (DESIGN.md: 5 % → 2 %).
        QVERIFY2(*view->defectRateAfter() < *view->defectRateBefore(), "the rate did not fall after the change");

        // Due diligence, recovery and carriers: the core's rows.
        QCOMPARE(view->dueDiligenceModel()->rowCount(), int(m_core.total.dueDiligence.size()));
        for (int i = 0; i < view->dueDiligenceModel()->rowCount(); ++i) {
            QCOMPARE(view->dueDiligenceModel()->cell(i, 0).text, m_core.total.dueDiligence.at(i).supplier);
            QCOMPARE(view->dueDiligenceModel()->cell(i, 2).raw.toDouble(), *m_core.total.dueDiligence.at(i).medianDays);
            QCOMPARE(view->dueDiligenceModel()->cell(i, 3).raw.toDouble(), *m_core.total.dueDiligence.at(i).p90Days);
        }
        QCOMPARE(view->recoveryModel()->rowCount(), int(m_core.total.recycling.elements.size()));
        bool sawCo = false;
        for (int i = 0; i < view->recoveryModel()->rowCount(); ++i) {
            const auto& e = m_core.total.recycling.elements.at(i);
            QCOMPARE(view->recoveryModel()->cell(i, 0).text, e.element);
            QCOMPARE(view->recoveryModel()->cell(i, 3).raw.toDouble(), *e.rate);
            if (e.element == QLatin1String("Co")) {
                sawCo = true;
                QCOMPARE(*e.target2027, 0.90);  // EU 2023/1542 Annex XII Part C
                QCOMPARE(*e.target2031, 0.95);
                QCOMPARE(view->recoveryModel()->cell(i, 4).raw.toDouble(), 0.90);
            }
            if (e.element == QLatin1String("Li")) QCOMPARE(view->recoveryModel()->cell(i, 5).raw.toDouble(), 0.80);
        }
        QVERIFY(sawCo);
        QCOMPARE(view->carriersModel()->rowCount(), int(m_core.total.logistics.carriers.size()));
        qint64 shipments = 0;
        for (int i = 0; i < view->carriersModel()->rowCount(); ++i)
            shipments += qint64(view->carriersModel()->cell(i, 1).raw.toDouble());
        QCOMPARE(shipments, m_core.total.logistics.shipments);
        shoot(&w, QStringLiteral("kpis"));
    }
};

QTEST_MAIN(TestKpiView)
#include "test_kpi_view.moc"
