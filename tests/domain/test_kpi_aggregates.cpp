// The daily KPI aggregates (schema step 4) stay equal to the rows they sum: random
// inserts, updates of ok (a semantic re-check) and of time, and deletes (a
// reorganisation's rollback) on inspections and shipping, then the aggregate tables
// compared with GROUP BY over the rows. The reviews with their receipts (step 5) stay
// equal to the view that defines them through the same kinds of change on the four
// tables it reads. Also both steps' backfill, on an index that held rows before them.
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
const char* kReviewsKept = "SELECT * FROM kpi_reviews ORDER BY event_id, seq";
const char* kReviewsFromRows = "SELECT * FROM kpi_reviews_v ORDER BY event_id, seq";

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

    void reviewReceiptsFollowTheirRows()
    {
        QTemporaryDir dir;
        IndexDb idx;
        QVERIFY(idx.open(dir.filePath(QStringLiteral("r.sqlite")), IndexDb::Mode::Create).ok());
        QSqlDatabase& db = idx.db();
        std::mt19937 rng(11);
        auto add = [&](int i) {
            // Shipment i: shipped (twice for some, by another shipper), received by one of
            // three participants, carrying one or two of 40 lots; reviews of random lots.
            const qint64 t = qint64(rng() % (60 * 86400));
            const int receiver = int(rng() % 3) + 1;
            const int lots[] = {int(rng() % 40), int(rng() % 40)};
            bool ok = exec(db, QStringLiteral("INSERT INTO shipping VALUES(%1, 's%2', x'0%3', NULL, NULL, NULL, NULL, %4, 1)")
                                   .arg(10000 + i).arg(i).arg(rng() % 9 + 1).arg(t - 86400));
            if (i % 5 == 0)
                ok = ok && exec(db, QStringLiteral("INSERT INTO shipping VALUES(%1, 's%2', x'0%3', NULL, NULL, NULL, NULL, %4, 1)")
                                        .arg(15000 + i).arg(i).arg(rng() % 9 + 1).arg(t - 3600));
            ok = ok && exec(db, QStringLiteral("INSERT INTO receiving VALUES(%1, 's%2', x'0%3', NULL, NULL, NULL, %4, %5)")
                                    .arg(20000 + i).arg(i).arg(receiver).arg(t).arg(rng() % 4 != 0));
            for (int k = 0; k < 1 + int(i % 2); ++k)
                ok = ok && exec(db, QStringLiteral("INSERT INTO shipment_goods VALUES(%1, %2, %3, 1, 'KGM')").arg(20000 + i).arg(k).arg(lots[k]));
            ok = ok && exec(db, QStringLiteral("INSERT INTO due_diligence VALUES(%1, 0, %2, x'0%3', 'oecd', 'ok', %4, %5)")
                                    .arg(30000 + i).arg(rng() % 40).arg(rng() % 3 + 1).arg(qint64(rng() % (60 * 86400)))
                                    .arg(rng() % 5 != 0));
            return ok;
        };
        QVERIFY(db.transaction());
        // Reviews before and after the receipts they are timed from: half the
        // shipments come after every review was indexed.
        for (int i = 0; i < 300; ++i) QVERIFY(add(i));
        QVERIFY(db.commit());
        QVERIFY(rows(db, QLatin1String(kReviewsKept)).size() == 300);
        QCOMPARE(rows(db, QLatin1String(kReviewsKept)), rows(db, QLatin1String(kReviewsFromRows)));
        const auto withReceipt = rows(db, QStringLiteral("SELECT count(received_verified), count(received_any), "
                                                         "count(supplier_any) FROM kpi_reviews"));
        QVERIFY2(withReceipt.value(0).value(0).toInt() > 20 && withReceipt.value(0).value(1).toInt() >
                                                                   withReceipt.value(0).value(0).toInt(),
                 "the random rows give some reviews a receipt, more of them when unverified receipts count");

        for (const char* sql : {"UPDATE receiving SET ok = 1 - ok WHERE event_id % 7 = 0",
                                "UPDATE receiving SET time = time - 20 * 86400 WHERE event_id % 11 = 0",
                                "UPDATE receiving SET receiver = x'01' WHERE event_id % 13 = 0",
                                "UPDATE due_diligence SET time = time + 10 * 86400, ok = 1 - ok WHERE event_id % 3 = 0",
                                "UPDATE shipping SET shipper = x'0a' WHERE event_id % 4 = 0",
                                "UPDATE shipping SET sscc = 's1' WHERE event_id % 17 = 0",
                                "UPDATE shipment_goods SET asset_id = 7 WHERE event_id % 19 = 0"}) {
            QVERIFY(exec(db, QLatin1String(sql)));
            QCOMPARE(rows(db, QLatin1String(kReviewsKept)), rows(db, QLatin1String(kReviewsFromRows)));
        }
        // A rollback deletes event rows table by table, in either order.
        for (const char* sql : {"DELETE FROM receiving WHERE event_id > 20250", "DELETE FROM shipment_goods WHERE event_id > 20200",
                                "DELETE FROM shipping WHERE event_id > 10150", "DELETE FROM due_diligence WHERE event_id > 30280"}) {
            QVERIFY(exec(db, QLatin1String(sql)));
            QCOMPARE(rows(db, QLatin1String(kReviewsKept)), rows(db, QLatin1String(kReviewsFromRows)));
        }
        for (const char* sql : {"DELETE FROM shipment_goods", "DELETE FROM receiving", "DELETE FROM shipping", "DELETE FROM due_diligence"})
            QVERIFY(exec(db, QLatin1String(sql)));
        QVERIFY(rows(db, QLatin1String(kReviewsKept)).isEmpty());
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
                QVERIFY(exec(db, QStringLiteral("INSERT INTO shipping VALUES(%1, 's%1', x'0%2', 'c', NULL, NULL, NULL, %3, 1)")
                                     .arg(i).arg(i % 4 + 1).arg(i * 20000)));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO receiving VALUES(%1, 's%2', x'05', NULL, NULL, NULL, %3, 1)")
                                     .arg(100 + i).arg(i).arg(i * 20000 + 3600)));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO shipment_goods VALUES(%1, 0, %2, 1, 'KGM')").arg(100 + i).arg(i % 10)));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO due_diligence VALUES(%1, 0, %2, x'05', NULL, NULL, %3, 1)")
                                     .arg(200 + i).arg(i % 10).arg(i * 20000 + 7200)));
            }
            // Back to the schema before the aggregates, holding the same rows.
            for (const char* sql : {"DROP VIEW kpi_reviews_v", "DROP TABLE kpi_reviews", "DROP INDEX due_diligence_asset","DROP TABLE kpi_inspections", "DROP TABLE kpi_shipping", "DROP INDEX due_diligence_time",
                                    "DROP TRIGGER kpi_inspections_insert", "DROP TRIGGER kpi_inspections_delete",
                                    "DROP TRIGGER kpi_inspections_update", "DROP TRIGGER kpi_shipping_insert",
                                    "DROP TRIGGER kpi_shipping_delete", "DROP TRIGGER kpi_shipping_update"})
                QVERIFY(exec(db, QLatin1String(sql)));
            for (const char* table : {"review", "receipt", "goods", "shipping"})
                for (const char* change : {"insert", "update", "delete"})
                    QVERIFY(exec(db, QStringLiteral("DROP TRIGGER kpi_reviews_%1_%2").arg(QLatin1String(table), QLatin1String(change))));
            QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = 3")));
        }
        IndexDb idx;
        QVERIFY(idx.open(path, IndexDb::Mode::ReadWrite).ok());
        QSqlDatabase& db = idx.db();
        QCOMPARE(rows(db, QStringLiteral("PRAGMA user_version")).value(0).value(0).toInt(), IndexDb::schemaVersion());
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)), rows(db, QLatin1String(kInspectionsFromRows)));
        QCOMPARE(rows(db, QLatin1String(kShippingAggregated)), rows(db, QLatin1String(kShippingFromRows)));
        QCOMPARE(rows(db, QLatin1String(kInspectionsAggregated)).size(), 12);  // 50 rows, one each 20000 s
        QCOMPARE(rows(db, QLatin1String(kReviewsKept)), rows(db, QLatin1String(kReviewsFromRows)));
        QCOMPARE(rows(db, QStringLiteral("SELECT count(received_verified) FROM kpi_reviews")).value(0).value(0).toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestKpiAggregates)
#include "test_kpi_aggregates.moc"
