// investigate on a dense process stream: the benchmark's generated index (200k events,
// six coaters measuring a few rolls a day each for a year). Each cell lot takes one roll
// from an even line and one from an odd one, so COATER-1 and COATER-2 feed the same cell
// lots and share their inspection outcomes: only the chart tells them apart. COATER-2
// drifts thick for three weeks from 2025-05-01; over a year the run rules also fire now
// and then on every stable coater. The drifting coater must rank first and its window,
// not a year of scattered alarms, must define the recall.
#include "domain/investigate_query.h"
#include "domain/utc_time.h"
#include "index/index_db.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace bt;
using namespace bt::domain;

class TestInvestigateDense : public QObject {
    Q_OBJECT

private slots:
    void driftingCoaterDefinesTheRecall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dense.sqlite"));
        QProcess gen;
        gen.start(QStringLiteral(BT_BENCH_DOMAIN_PATH), {QStringLiteral("generate"), QStringLiteral("--db"), path,
                                                          QStringLiteral("--events"), QStringLiteral("200000")});
        QVERIFY(gen.waitForFinished(300000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

        IndexDb db;
        QVERIFY(db.open(path, IndexDb::Mode::ReadOnly).ok());
        InvestigateRequest req;
        req.parameter = QStringLiteral("coatingThickness");
        InvestigateResult r;
        const QueryError e = runInvestigate(db, req, r);
        QVERIFY2(e.ok(), qPrintable(e.message));

        QVERIFY(!r.candidates.isEmpty());
        QCOMPARE(r.candidates[0].dimension, QStringLiteral("equipment"));
        QVERIFY2(r.candidates[0].value.endsWith(QLatin1String("COATER-2")), qPrintable(r.candidates[0].value));
        // Its partner shares the outcomes (same p-value) but not the shift.
        const auto partner = std::find_if(r.candidates.begin(), r.candidates.end(),
                                          [](const Candidate& c) { return c.value.endsWith(QLatin1String("COATER-1")); });
        QVERIFY(partner != r.candidates.end());
        QCOMPARE(partner->pValue, r.candidates[0].pValue);
        QVERIFY(r.candidates[0].pValue < 1e-6);
        QVERIFY2(r.candidates[0].meanShiftSigma > 0.1 && r.candidates[0].meanShiftSigma > 3 * std::abs(partner->meanShiftSigma),
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.candidates[0].meanShiftSigma).arg(partner->meanShiftSigma)));

        // The alarms of the stable coaters: present, but no window of theirs.
        int stableAlarms = 0;
        for (const EquipmentChart& c : r.charts)
            if (!c.equipment.endsWith(QLatin1String("COATER-2"))) stableAlarms += c.outOfControl;
        QVERIFY2(stableAlarms > 0, "the run rules fire now and then on a stable process");

        QVERIFY(r.recall.equipment.endsWith(QLatin1String("COATER-2")));
        // Rolls measured from 2025-04-30 to 05-21 drift; a later alarm may join the window
        // within the 7-day merge gap, a year of scattered ones may not.
        const qint64 driftFrom = *parseDateTime("2025-04-30T00:00:00Z");
        const qint64 driftTo = *parseDateTime("2025-05-29T00:00:00Z");
        QVERIFY2(r.recall.from >= driftFrom && r.recall.to <= driftTo,
                 qPrintable(QStringLiteral("window %1 to %2").arg(QString::fromStdString(formatDateTime(r.recall.from)),
                                                                  QString::fromStdString(formatDateTime(r.recall.to)))));
        QVERIFY(r.recall.to - r.recall.from >= 14 * 86400);
        QVERIFY(!r.recall.packs.isEmpty());
        QVERIFY2(r.recall.packs.size() < 600, qPrintable(QString::number(r.recall.packs.size())));  // of ~5,600 packs
    }
};

QTEST_GUILESS_MAIN(TestInvestigateDense)
#include "test_investigate_dense.moc"
