// The node stops in the middle of a sync: the CLI exits non-zero with an error that
// names the endpoint, everything already indexed is intact (verify exits 0, a prefix
// of the chain); anvil comes back with the same chain (--dump-state on exit, then
// --load-state: the blocks, their hashes and receipts survive the restart), and a
// resume completes with the index equal to the node's chain.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestNodeStopped : public QObject {
    Q_OBJECT

    static qint64 indexedBlocks(const QString& db)
    {
        QString error;
        auto rows = queryRows(db, QStringLiteral("SELECT count(*) FROM blocks"), error);
        return rows && !rows->isEmpty() ? rows->first().toLongLong() : -1;
    }

private slots:
    void nodeStopsMidSyncThenComesBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(QStringLiteral("anvil-state.json"));
        const QStringList chainArgs{QStringLiteral("--hardfork"), QStringLiteral("cancun"), QStringLiteral("--prune-history")};
        AnvilNode anvil;
        QVERIFY2(anvil.start(chainArgs + QStringList{QStringLiteral("--dump-state"), state}), qPrintable(anvil.error()));
        std::uint64_t head = 0;
        std::vector<QString> hashes;  // a few block hashes, to compare after the restart
        {
            ChainBuilder chain(anvil.url());
            QVERIFY2(chain.init(), qPrintable(chain.error()));
            auto emitter = chain.deployLogEmitter();
            QVERIFY2(emitter, qPrintable(chain.error()));
            for (int stretch = 0; stretch < 3; ++stretch) {
                QVERIFY2(chain.mineBlocksWithLogs(*emitter, 15, 40), qPrintable(chain.error()));
                QVERIFY2(chain.mineEmpty(1000), qPrintable(chain.error()));
            }
            head = chain.blockNumber().value_or(0);
            for (std::uint64_t n : {std::uint64_t(1), head / 2, head}) {
                auto b = chain.rpc().call(QStringLiteral("eth_getBlockByNumber"), {U256(n).toHexQuantity(), false});
                QVERIFY(b && b->is_object());
                hashes.push_back(QString::fromStdString((*b)["hash"].get<std::string>()));
            }
        }
        const qint64 total = qint64(head) + 1;
        const QString endpoint = anvil.url().toString();

        const QString db = dir.filePath(QStringLiteral("stopped.btx"));
        const QStringList syncArgs{QStringLiteral("sync"), QStringLiteral("--rpc"), endpoint, QStringLiteral("--db"), db,
                                   QStringLiteral("--quiet"), QStringLiteral("--timeout"), QStringLiteral("2")};
        auto cli = startCli(syncArgs);
        QVERIFY2(cli->waitForStarted(10000), qPrintable(cli->errorString()));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && cli->state() != QProcess::NotRunning && indexedBlocks(db) <= 0) QTest::qWait(5);
        QVERIFY2(cli->state() != QProcess::NotRunning,
                 "the sync ended before the node could be stopped mid-way; the chain is too short for this machine");
        anvil.stop();  // SIGTERM: anvil writes its state file on the way out
        QVERIFY2(QFileInfo(state).size() > 0, "anvil left no state file");

        QVERIFY2(waitFinished(*cli, 30000), "the sync did not give up within 30 s of the node stopping");
        const QString err = QString::fromUtf8(cli->readAllStandardError());
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli->exitCode() == 1, qPrintable(QStringLiteral("expected exit 1, got %1: %2").arg(cli->exitCode()).arg(err)));
        QVERIFY2(err.contains(QStringLiteral("sync failed: ")) && err.contains(endpoint),
                 qPrintable(QStringLiteral("expected an error naming %1: %2").arg(endpoint, err)));

        QString error;
        auto st = cliStatus(db, error);
        QVERIFY2(st, qPrintable(error));
        const qint64 blocks = st->value(QStringLiteral("blocks")).toInteger();
        QVERIFY2(blocks > 0 && blocks < total,
                 qPrintable(QStringLiteral("expected part of the %1 blocks indexed, status says %2").arg(total).arg(blocks)));
        QCOMPARE(st->value(QStringLiteral("missingBlocks")).toInteger(), qint64(0));
        QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
        qInfo("the node stopped with %lld of %lld blocks indexed", blocks, total);

        // The same chain comes back on the same port.
        QVERIFY2(anvil.restart(chainArgs + QStringList{QStringLiteral("--load-state"), state}), qPrintable(anvil.error()));
        BlockingRpc node(testEndpoint(anvil.url()));
        std::size_t i = 0;
        for (std::uint64_t n : {std::uint64_t(1), head / 2, head}) {
            auto b = node.call(QStringLiteral("eth_getBlockByNumber"), {U256(n).toHexQuantity(), false});
            QVERIFY2(b && b->is_object(), qPrintable(QStringLiteral("block %1 missing after --load-state").arg(n)));
            QCOMPARE(QString::fromStdString((*b)["hash"].get<std::string>()), hashes[i++]);
        }
        // What was indexed before the stop is a prefix of that chain.
        QString diff = compareWithNode(db, node, std::uint64_t(blocks - 1));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        const CliRun resume = runCli(syncArgs, 120000);
        QVERIFY2(resume.finished && resume.exitCode == 0, qPrintable(resume.describe()));
        diff = compareWithNode(db, node);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const CliRun verifyAll = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db}, 120000);
        QVERIFY2(verifyAll.exitCode == 0, qPrintable(verifyAll.describe()));
    }
};

QTEST_GUILESS_MAIN(TestNodeStopped)
#include "test_node_stopped.moc"
