// The Defects page on the demo index: the control chart of coating thickness holds
// every verified measurement the investigate query counts, coloured by the lots'
// inspections; the suspects and the recall scope are the query's; filtered to one
// coating machine, the centre line and limits are that machine's individuals chart;
// the drawing is downsampled while the table keeps every raw value.
#include "chain_fixture.h"
#include "chart_view.h"
#include "defects_view.h"
#include "domain_fixture.h"
#include "main_window.h"
#include "record_table_model.h"

#include "domain/investigate_query.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestDefectsView : public QObject {
    Q_OBJECT

    QString m_index;
    domain::InvestigateResult m_core;

private slots:
    void initTestCase()
    {
        QString error;
        m_index = demoIndex(error);
        QVERIFY2(!m_index.isEmpty(), qPrintable(error));
        auto db = openReadOnly(m_index, error);
        QVERIFY2(db, qPrintable(error));
        domain::InvestigateRequest req;
        req.parameter = QStringLiteral("coatingThickness");
        QVERIFY(domain::runInvestigate(*db, req, m_core).ok());
    }

    void showsTheCoreFigures()
    {
        ui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showPage(w, QStringLiteral("defectsPage"), m_index));
        auto* view = qobject_cast<ui::DefectsView*>(w.page(QStringLiteral("defectsPage")));
        QVERIFY(view);
        QVERIFY2(view->message().isEmpty(), qPrintable(view->message()));
        const auto& r = view->report();
        QCOMPARE(r.parameter, m_core.parameter);
        QCOMPARE(r.points.size(), qsizetype(m_core.overall.n));
        QCOMPARE(view->pointsModel()->rowCount(), int(m_core.overall.n));
        QCOMPARE(r.mean, m_core.overall.mean);
        // By hand: the mean of the table's raw values is the query's mean.
        double sum = 0;
        for (int i = 0; i < view->pointsModel()->rowCount(); ++i) sum += view->pointsModel()->cell(i, 1).raw.toDouble();
        QVERIFY(std::abs(sum / view->pointsModel()->rowCount() - m_core.overall.mean) < 1e-9);
        // Downsampled drawing: fewer points than measurements, every non-conformant one kept.
        int nonConformant = 0;
        for (const auto& p : r.points) nonConformant += p.outcome == facade::MeasurementPoint::Outcome::NonConformant;
        QVERIFY(nonConformant > 0);
        // The chart colours the lots the suspects table counts: the non-conformant lots
        // drawn are those the equipment candidates (one per lot) add up to.
        QSet<QString> ncLots;
        for (const auto& p : r.points)
            if (p.outcome == facade::MeasurementPoint::Outcome::NonConformant) ncLots.insert(p.asset);
        qint64 ncByEquipment = 0;
        for (const auto& c : m_core.candidates)
            if (c.dimension == QLatin1String("equipment")) ncByEquipment += c.nonConformant;
        QCOMPARE(qint64(ncLots.size()), ncByEquipment);
        QVERIFY(view->drawnPoints() < r.points.size());
        QVERIFY(view->drawnPoints() <= std::max(300, view->chartView()->width()) + nonConformant);

        // Suspects: the query's candidates then its windows, in its order.
        QCOMPARE(view->suspectsModel()->rowCount(), int(m_core.candidates.size() + m_core.windows.size()));
        QCOMPARE(view->suspectsModel()->cell(0, 0).toolTip, m_core.candidates.first().value);
        QCOMPARE(view->suspectsModel()->cell(0, 8).raw.toDouble(), m_core.candidates.first().pValue);
        // The demo's drifting coater is line 2's: the top suspect names it.
        QVERIFY2(m_core.candidates.first().value.contains(QLatin1String("L2")), qPrintable(m_core.candidates.first().value));
        const auto& rc = m_core.recall;
        QCOMPARE(view->recallModel()->rowCount(),
                 int(rc.suspectLots.size() + rc.cellLots.size() + rc.modules.size() + rc.packs.size() + rc.vehicles.size()));
        QVERIFY(!rc.packs.isEmpty());
        QVERIFY(view->recallModel()->rowOfKey(rc.packs.first()) >= 0);
        shoot(&w, QStringLiteral("defects"));

        QTemporaryDir dir;
        QVERIFY(view->chartView()->savePng(dir.filePath(QStringLiteral("chart.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("chart.png"))).width() > 100);

        // One machine: its own chart's limits.
        const auto& chart = m_core.charts.at(1);
        QSignalSpy updated(view, &ui::DomainPage::updated);
        facade::DefectsFilter f = view->filter();
        f.equipment = chart.equipment;
        view->setFilter(f);
        QVERIFY(updated.wait(60000));
        QCOMPARE(view->report().points.size(), qsizetype(chart.summary.n));
        QCOMPARE(view->centre(), chart.limits.center);
        QCOMPARE(view->upperLimit(), chart.limits.ucl);
        QCOMPARE(view->lowerLimit(), chart.limits.lcl);
        shoot(&w, QStringLiteral("defects_one_machine"));

        // A period with no measurements: said in the page.
        f.from = 0;
        f.to = 1;
        view->setFilter(f);
        QVERIFY(updated.wait(60000));
        QVERIFY2(view->message().contains(QLatin1String("no verified measurements")), qPrintable(view->message()));
    }
};

QTEST_MAIN(TestDefectsView)
#include "test_defects_view.moc"
