// One byte flipped in a stored raw encoding (a header, a transaction envelope, a
// receipt) or a derived row edited, after a clean sync from a real node: `verify`
// exits 1 and names the block and the check, and the status the GUI reads
// (blocks.status, `status --json`) shows the block failed. The untouched copy
// verifies, so it is the flipped byte that is caught.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestTamperedIndex : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clean;
    std::uint64_t m_head = 0;
    static constexpr std::uint64_t kBlock = 3;

    // `hex` ("0x…") with byte `at` XOR 0x01.
    static QString flipped(const QString& hex, int at)
    {
        QByteArray bytes = QByteArray::fromHex(hex.mid(2).toLatin1());
        if (at < 0) at += int(bytes.size());
        bytes[at] = char(bytes[at] ^ 0x01);
        return QString::fromLatin1(bytes.toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AnvilNode anvil;
        QVERIFY2(anvil.start(), qPrintable(anvil.error()));
        ChainBuilder chain(anvil.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        auto emitter = chain.deployLogEmitter();
        QVERIFY2(emitter, qPrintable(chain.error()));
        QVERIFY2(chain.mineBlocksWithLogs(*emitter, 4, 3), qPrintable(chain.error()));
        QVERIFY2(chain.mineEmpty(2), qPrintable(chain.error()));
        m_head = chain.blockNumber().value_or(0);
        m_clean = m_dir.filePath(QStringLiteral("clean.btx"));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), anvil.url().toString(),
                                    QStringLiteral("--db"), m_clean, QStringLiteral("--quiet")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const QString diff = compareWithNode(m_clean, chain.rpc());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY2(!QFile::exists(m_clean + QStringLiteral("-wal")) || QFile(m_clean + QStringLiteral("-wal")).size() == 0,
                 "the CLI left a WAL behind: copies of the file would miss data");
    }

    void flippedByteIsCaught_data()
    {
        QTest::addColumn<QString>("select");   // the raw value to flip
        QTest::addColumn<QString>("update");   // %1: the flipped value, as hex
        QTest::addColumn<int>("at");           // which byte (negative: from the end)
        QTest::addColumn<QStringList>("checks");
        QTest::addColumn<int>("tx");           // the transaction named, or -1

        const QString b = QString::number(kBlock);
        QTest::newRow("header_rlp: a parentHash byte")
            << QStringLiteral("SELECT header_rlp FROM blocks WHERE number = %1").arg(b)
            << QStringLiteral("UPDATE blocks SET header_rlp = x'%1' WHERE number = %2").arg(QStringLiteral("%1"), b) << 10
            << QStringList{QStringLiteral("block-hash")} << -1;
        QTest::newRow("header_rlp: the last byte")
            << QStringLiteral("SELECT header_rlp FROM blocks WHERE number = %1").arg(b)
            << QStringLiteral("UPDATE blocks SET header_rlp = x'%1' WHERE number = %2").arg(QStringLiteral("%1"), b) << -1
            << QStringList{QStringLiteral("block-hash")} << -1;
        QTest::newRow("transactions.envelope: a calldata byte")
            << QStringLiteral("SELECT envelope FROM transactions WHERE block_number = %1 AND tx_index = 1").arg(b)
            << QStringLiteral("UPDATE transactions SET envelope = x'%1' WHERE block_number = %2 AND tx_index = 1").arg(QStringLiteral("%1"), b)
            << -70 << QStringList{QStringLiteral("tx-hash"), QStringLiteral("transactions-root")} << 1;
        QTest::newRow("transactions.receipt: a log data byte")
            << QStringLiteral("SELECT receipt FROM transactions WHERE block_number = %1 AND tx_index = 2").arg(b)
            << QStringLiteral("UPDATE transactions SET receipt = x'%1' WHERE block_number = %2 AND tx_index = 2").arg(QStringLiteral("%1"), b)
            << -5 << QStringList{QStringLiteral("receipts-root")} << -1;
        QTest::newRow("logs.data: a derived row")
            << QStringLiteral("SELECT data FROM logs WHERE block_number = %1 AND log_index = 0").arg(b)
            << QStringLiteral("UPDATE logs SET data = x'%1' WHERE block_number = %2 AND log_index = 0").arg(QStringLiteral("%1"), b)
            << 0 << QStringList{QStringLiteral("receipt-encoding")} << 0;
    }

    void flippedByteIsCaught()
    {
        QFETCH(QString, select);
        QFETCH(QString, update);
        QFETCH(int, at);
        QFETCH(QStringList, checks);
        QFETCH(int, tx);

        const QString db = m_dir.filePath(QStringLiteral("%1.btx").arg(QTest::currentDataTag()).replace(u' ', u'_').replace(u':', u'_'));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_clean, db));
        QString error;
        auto before = queryRows(db, select, error);
        QVERIFY2(before && before->size() == 1, qPrintable(error));
        QVERIFY2(execSql(db, {update.arg(flipped(before->first(), at))}, error), qPrintable(error));
        auto after = queryRows(db, select, error);
        QVERIFY2(after && after->first() != before->first(), "the byte was not flipped");

        // Before re-verification the stored status is still the sync's: verified.
        auto st0 = cliStatus(db, error);
        QVERIFY2(st0, qPrintable(error));
        QCOMPARE(st0->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));

        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 1, qPrintable(QStringLiteral("expected exit 1: %1").arg(verify.describe())));
        QVERIFY2(verify.out.contains(QStringLiteral("FAILED block %1 ").arg(kBlock)),
                 qPrintable(QStringLiteral("expected verify to name block %1: %2").arg(kBlock).arg(verify.describe())));
        for (const QString& c : checks)
            QVERIFY2(verify.out.contains(QStringLiteral(": %1: ").arg(c)), qPrintable(QStringLiteral("expected check %1: %2").arg(c, verify.describe())));
        if (tx >= 0)
            QVERIFY2(verify.out.contains(QStringLiteral("FAILED block %1 ").arg(kBlock)) &&
                         verify.out.contains(QStringLiteral(" transaction %1: ").arg(tx)),
                     qPrintable(verify.describe()));

        // The JSON report says the same.
        const CliRun json = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        bool named = false;
        for (const auto& f : report.value(QStringLiteral("failures")).toArray())
            named = named || (f.toObject().value(QStringLiteral("block")).toInteger() == qint64(kBlock) &&
                              checks.contains(f.toObject().value(QStringLiteral("check")).toString()));
        QVERIFY2(named, qPrintable(json.out));

        // What the GUI shows: the block's stored status and the status counts.
        auto status = queryRows(db, QStringLiteral("SELECT status FROM blocks WHERE number = %1").arg(kBlock), error);
        QVERIFY2(status && status->size() == 1, qPrintable(error));
        QVERIFY2(status->first() != QLatin1String("0"), "the block is still shown verified after verify found it failed");
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        QVERIFY2(st->value(QStringLiteral("failedBlocks")).toInteger() >= 1, "status shows no failed block");
        QVERIFY2(st->value(QStringLiteral("verifiedBlocks")).toInteger() < qint64(m_head + 1), "status shows every block verified");
    }

    void untouchedCopyVerifies()
    {
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), m_clean});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        QString error;
        auto st = cliStatus(m_clean, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->value(QStringLiteral("verifiedBlocks")).toInteger(), qint64(m_head + 1));
    }
};

QTEST_GUILESS_MAIN(TestTamperedIndex)
#include "test_tampered_index.moc"
