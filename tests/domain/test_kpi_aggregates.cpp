// The daily KPI aggregates (schema step 4) stay equal to the rows they sum: random
// inserts, updates of ok (a semantic re-check) and of time, and deletes (a
// reorganisation's rollback) on inspections and shipping, then the aggregate tables
// compared with GROUP BY over the rows. Also the step's backfill, on an index that
// held rows before the step.
#include "index/index_db.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace bt;

namespace {

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql)) return true;
    qWarning("%s", qPrintable(sql));
    return false;
}

QList<QVariantList> rows(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    QList<QVariantList> out;
    if (!q.exec(sql)) return out;
    while (q.next()) {
        QVariantList r;
        for (int i = 0; i < q.record().count(); ++i) r << q.value(i);
        out << r;
    }
    return out;
}

const char* kInspectionsFromRows =
    "SELECT (time - ((time % 86400) + 86400) % 86400) / 86400 AS d, ok, count(*), coalesce(sum(tested), 0), "
    "coalesce(sum(failed), 0), coalesce(sum(disposition = 'non_conformant'), 0) FROM inspections GROUP BY d, ok ORDER BY d, ok";
const char* kInspectionsAggregated =
    "SELECT day, ok, inspections, tested, failed, nonconformant FROM kpi_inspections WHERE inspections != 0 ORDER BY day, ok";
const char* kShippingFromRows =
    "SELECT (time - ((time % 86400) + 86400) % 86400) / 86400 AS d, coalesce(carrier, '') AS c, ok, count(*) FROM shipping "
    "GROUP BY d, c, ok ORDER BY d, c, ok";
const char* kShippingAggregated =
    "SELECT day, carrier, ok, shipments FROM kpi_shipping WHERE shipments != 0 ORDER BY day, carrier, ok";

}  // namespace

class TestKpiAggregates : public QObject {
    Q_OBJECT

private slots:
    void followInsertsUpdatesAndDeletes()
    {
        QTemporaryDir dir;
        IndexDb idx;
        QVERIFY(idx.open(dir.filePath(QStringLiteral("a.sqlite")), IndexDb::Mode::Create).ok());
        QSqlDatabase& db = idx.db();
        std::mt19937 rng(7);
        const char* dispositions[] = {"conformant", "non_conformant", "in_progress"};
        const char* carriers[] = {"NULL", "'c1'", "'c2'"};
        QVERIFY(db.transaction());
        for (int i = 0; i < 2000; ++i) {
            // Times around the epoch too: the day is floor(time / 86400) on both sides.
            const qint64 t = qint64(rng() % (40 * 86400)) - 5 * 86400;
            QVERIFY(exec(db, QStringLiteral("INSERT INTO inspections VALUES(%1, 0, 1, 'cap', %2, %3, '%4', x'00', %5, %6)")
                                 .arg(i).arg(rng() % 100).arg(rng() % 5).arg(QLatin1String(dispositions[rng() % 3]))
                                 .arg(t).arg(rng() % 4 != 0)));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO shipping VALUES(%1, 's%2', x'00', %3, NULL, NULL, NULL, %4, %5)")
                                 .arg(i).arg(i).arg(QLatin1String(carriers[rng() % 3])).arg(t).arg(rng() % 4 != 0)));
        }
        QVERIFY(db.commit());
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)), rows(db, QLatin1String(kInspectionsFromRows)));
        QCOMPARE(rows(db, QLatin1String(kShippingAggregated)), rows(db, QLatin1String(kShippingFromRows)));

        QVERIFY(exec(db, QStringLiteral("UPDATE inspections SET ok = 0 WHERE event_id % 7 = 0")));
        QVERIFY(exec(db, QStringLiteral("UPDATE shipping SET ok = 1 - ok WHERE event_id % 5 = 0")));
        QVERIFY(exec(db, QStringLiteral("UPDATE inspections SET time = time + 86400, disposition = 'non_conformant' WHERE event_id % 11 = 0")));
        QVERIFY(exec(db, QStringLiteral("UPDATE shipping SET carrier = 'c3' WHERE event_id % 13 = 0")));
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)), rows(db, QLatin1String(kInspectionsFromRows)));
        QCOMPARE(rows(db, QLatin1String(kShippingAggregated)), rows(db, QLatin1String(kShippingFromRows)));

        QVERIFY(exec(db, QStringLiteral("DELETE FROM inspections WHERE event_id > 1500")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM shipping WHERE event_id > 1200")));
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)), rows(db, QLatin1String(kInspectionsFromRows)));
        QCOMPARE(rows(db, QLatin1String(kShippingAggregated)), rows(db, QLatin1String(kShippingFromRows)));

        QVERIFY(exec(db, QStringLiteral("DELETE FROM inspections")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM shipping")));
        QVERIFY(rows(db, QLatin1String(kInspectionsAggregated)).isEmpty());
        QVERIFY(rows(db, QLatin1String(kShippingAggregated)).isEmpty());
    }

    void backfillOfAnOlderIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            IndexDb idx;
            QVERIFY(idx.open(path, IndexDb::Mode::Create).ok());
            QSqlDatabase& db = idx.db();
            for (int i = 0; i < 50; ++i) {
                QVERIFY(exec(db, QStringLiteral("INSERT INTO inspections VALUES(%1, 0, 1, 'cap', 10, %2, 'conformant', x'00', %3, 1)")
                                     .arg(i).arg(i % 3).arg(i * 20000)));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO shipping VALUES(%1, 's', x'00', 'c', NULL, NULL, NULL, %2, 1)")
                                     .arg(i).arg(i * 20000)));
            }
            // Back to the schema before the aggregates, holding the same rows.
            for (const char* sql : {"DROP TABLE kpi_inspections", "DROP TABLE kpi_shipping", "DROP INDEX due_diligence_time",
                                    "DROP TRIGGER kpi_inspections_insert", "DROP TRIGGER kpi_inspections_delete",
                                    "DROP TRIGGER kpi_inspections_update", "DROP TRIGGER kpi_shipping_insert",
                                    "DROP TRIGGER kpi_shipping_delete", "DROP TRIGGER kpi_shipping_update"})
                QVERIFY(exec(db, QLatin1String(sql)));
            QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = 3")));
        }
        IndexDb idx;
        QVERIFY(idx.open(path, IndexDb::Mode::ReadWrite).ok());
        QSqlDatabase& db = idx.db();
        QCOMPARE(rows(db, QStringLiteral("PRAGMA user_version")).value(0).value(0).toInt(), IndexDb::schemaVersion());
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)), rows(db, QLatin1String(kInspectionsFromRows)));
        QCOMPARE(rows(db, QLatin1String(kShippingAggregated)), rows(db, QLatin1String(kShippingFromRows)));
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)).size(), 12);  // 50 rows, one each 20000 s
    }
};

QTEST_GUILESS_MAIN(TestKpiAggregates)
#include "test_kpi_aggregates.moc"
