// A node that lies about one block (a proxy in the test alters one field of its
// header, of one of its transactions, or of one log of one of its receipts, in every
// answer about that block): the sync completes, but that block is reported failed,
// with the check that caught it, in the index, by `status` and by `verify` (exit 1,
// naming the block); the other blocks are verified.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"
#include "tamper_proxy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

Q_DECLARE_METATYPE(bt::test::ProxyRule)

class TestTamperedNode : public QObject {
    Q_OBJECT

    AnvilNode m_anvil;
    QTemporaryDir m_dir;
    std::unique_ptr<ChainBuilder> m_chain;
    std::uint64_t m_head = 0;
    static constexpr std::uint64_t kBlock = 4;  // the block the proxy lies about

    static ProxyRule rule(ProxyRule::Kind kind, std::string field, nlohmann::json value = nullptr, int tx = 0, int log = 0)
    {
        ProxyRule r;
        r.kind = kind;
        r.block = kBlock;
        r.field = std::move(field);
        r.value = std::move(value);
        r.txIndex = tx;
        r.logIndex = log;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_anvil.start(), qPrintable(m_anvil.error()));
        m_chain = std::make_unique<ChainBuilder>(m_anvil.url());
        QVERIFY2(m_chain->init(), qPrintable(m_chain->error()));
        auto emitter = m_chain->deployLogEmitter();
        QVERIFY2(emitter, qPrintable(m_chain->error()));
        QVERIFY2(m_chain->mineBlocksWithLogs(*emitter, 6, 3), qPrintable(m_chain->error()));
        QVERIFY2(m_chain->mineEmpty(2), qPrintable(m_chain->error()));
        m_head = m_chain->blockNumber().value_or(0);
        auto b = m_chain->rpc().call(QStringLiteral("eth_getBlockByNumber"), {U256(kBlock).toHexQuantity(), true});
        QVERIFY(b && b->is_object());
        QCOMPARE((*b)["transactions"].size(), std::size_t(3));  // block 4 is one of the log-emitting blocks
    }

    void alteredBlockIsReportedFailed_data()
    {
        QTest::addColumn<ProxyRule>("tamper");
        QTest::addColumn<QStringList>("syncChecks");    // recorded by the sync for block 4
        QTest::addColumn<QStringList>("verifyChecks");  // found again by `verify`, offline
        QTest::addColumn<bool>("breaksChain");          // block 4's hash differs from the one block 5 links to

        using K = ProxyRule::Kind;
        QTest::newRow("header gasUsed") << rule(K::HeaderField, "gasUsed") << QStringList{QStringLiteral("block-hash")}
                                        << QStringList{QStringLiteral("receipt-totals")} << true;
        QTest::newRow("header extraData") << rule(K::HeaderField, "extraData", "0x626174747279")
                                          << QStringList{QStringLiteral("block-hash")} << QStringList{} << true;
        QTest::newRow("header stateRoot") << rule(K::HeaderField, "stateRoot") << QStringList{QStringLiteral("block-hash")}
                                          << QStringList{} << true;
        QTest::newRow("transaction value") << rule(K::TxField, "value", nullptr, 1)
                                           << QStringList{QStringLiteral("tx-hash"), QStringLiteral("transactions-root")}
                                           << QStringList{QStringLiteral("transactions-root")} << false;
        QTest::newRow("transaction input") << rule(K::TxField, "input", "0x00", 2)
                                           << QStringList{QStringLiteral("tx-hash"), QStringLiteral("transactions-root")}
                                           << QStringList{QStringLiteral("transactions-root")} << false;
        QTest::newRow("receipt log data") << rule(K::LogData, "data", "0xdeadbeef", 1, 0)
                                          << QStringList{QStringLiteral("receipts-root")}
                                          << QStringList{QStringLiteral("receipts-root")} << false;
    }

    void alteredBlockIsReportedFailed()
    {
        QFETCH(ProxyRule, tamper);
        QFETCH(QStringList, syncChecks);
        QFETCH(QStringList, verifyChecks);
        QFETCH(bool, breaksChain);

        TamperProxy proxy(m_anvil.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        proxy.addRule(tamper);
        const QString db = m_dir.filePath(QStringLiteral("%1.btx").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const CliRun sync = runCli({QStringLiteral("sync"), QStringLiteral("--rpc"), proxy.url().toString(),
                                    QStringLiteral("--db"), db, QStringLiteral("--quiet")});
        QVERIFY2(proxy.hits() > 0, "the proxy never altered an answer: the test would prove nothing");
        QVERIFY2(sync.finished && sync.exitCode == 0, qPrintable(QStringLiteral("expected the sync to complete: %1").arg(sync.describe())));
        QVERIFY2(sync.out.contains(QStringLiteral("indexed through block %1").arg(m_head)), qPrintable(sync.describe()));

        // The index holds the node's blocks (as served), block 4 among them failed.
        QString error;
        auto stored = queryRows(db, QStringLiteral("SELECT DISTINCT check_name FROM failures WHERE block_number = %1").arg(kBlock), error);
        QVERIFY2(stored, qPrintable(error));
        for (const QString& c : syncChecks)
            QVERIFY2(stored->contains(c), qPrintable(QStringLiteral("expected a %1 failure recorded for block %2; recorded: %3")
                                                         .arg(c)
                                                         .arg(kBlock)
                                                         .arg(stored->join(u','))));
        auto others = queryRows(db, QStringLiteral("SELECT DISTINCT block_number FROM failures WHERE block_number NOT IN (%1, %2)").arg(kBlock).arg(kBlock + 1), error);
        QVERIFY2(others && others->isEmpty(), qPrintable(QStringLiteral("failures recorded for other blocks: %1").arg(others ? others->join(u',') : error)));

        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        QCOMPARE(st->value(QStringLiteral("blocks")).toInteger(), qint64(m_head + 1));
        QVERIFY2(st->value(QStringLiteral("failedBlocks")).toInteger() >= 1, "status shows no failed block");
        if (breaksChain) {
            // Block 5 links to the real block 4: the chain from the checkpoint breaks at 4.
            QCOMPARE(st->value(QStringLiteral("firstBrokenLink")).toInteger(), qint64(kBlock));
            QCOMPARE(st->value(QStringLiteral("verifiedBlocks")).toInteger(), qint64(kBlock));
        } else {
            QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(1));
            QCOMPARE(st->value(QStringLiteral("verifiedBlocks")).toInteger(), qint64(m_head));
        }

        // Offline, from the stored raw data: verify exits 1 and names block 4 and the check.
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 1, qPrintable(verify.describe()));
        QVERIFY2(verify.out.contains(QStringLiteral("FAILED block %1 ").arg(kBlock)),
                 qPrintable(QStringLiteral("expected verify to name block %1: %2").arg(kBlock).arg(verify.describe())));
        for (const QString& c : verifyChecks)
            QVERIFY2(verify.out.contains(QStringLiteral(": %1: ").arg(c)), qPrintable(QStringLiteral("expected %1: %2").arg(c, verify.describe())));
        if (breaksChain)
            QVERIFY2(verify.out.contains(QStringLiteral("FAILED block %1 ").arg(kBlock + 1)) && verify.out.contains(QStringLiteral(": parent-link: ")),
                     qPrintable(verify.describe()));
        // After verify has updated the statuses, block 4 is still shown failed.
        auto status4 = queryRows(db, QStringLiteral("SELECT status FROM blocks WHERE number = %1").arg(kBlock), error);
        QVERIFY2(status4 && status4->size() == 1, qPrintable(error));
        QVERIFY2(status4->first() != QLatin1String("0"), "block 4 is shown verified after `verify`");
    }

    // The same through SyncEngine: its progress counts the failed block.
    void engineCountsTheFailedBlock()
    {
        TamperProxy proxy(m_anvil.url());
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        proxy.addRule(rule(ProxyRule::Kind::LogData, "data", "0x01", 0, 2));
        const QString db = m_dir.filePath(QStringLiteral("engine.btx"));
        EngineRun run(testSyncOptions(proxy.url(), db));
        run.start();
        QVERIFY2(run.wait(30000), "the sync did not finish within 30 s");
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        QVERIFY(proxy.hits() > 0);
        QCOMPARE(run.lastProgress.failedBlocks, std::uint64_t(1));
        QVERIFY2(run.message.contains(QStringLiteral("1 with failed checks")), qPrintable(run.message));
    }
};

QTEST_GUILESS_MAIN(TestTamperedNode)
#include "test_tampered_node.moc"
