// kill -9 of the CLI in the middle of a sync of a few thousand blocks (log-heavy
// stretches between long runs of empty blocks), three times, each time checked with
// `status` to be really mid-way; every interrupted index verifies and equals a prefix
// of the node's chain; the last resume completes, and the index then equals the
// node's chain block by block, with no gap and no duplicate.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestKillResume : public QObject {
    Q_OBJECT

    // Blocks in the index, read directly (cheap enough to poll every few ms).
    static qint64 indexedBlocks(const QString& db)
    {
        QString error;
        auto rows = queryRows(db, QStringLiteral("SELECT count(*) FROM blocks"), error);
        return rows && !rows->isEmpty() ? rows->first().toLongLong() : -1;
    }

private slots:
    void killNineThenResume()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AnvilNode anvil;
        // Cancun with pruned state history: anvil mines thousands of blocks in a
        // second this way (from Prague on, each block costs more than the last).
        QVERIFY2(anvil.start({QStringLiteral("--hardfork"), QStringLiteral("cancun"), QStringLiteral("--prune-history")}),
                 qPrintable(anvil.error()));
        ChainBuilder chain(anvil.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        QElapsedTimer building;
        building.start();
        auto emitter = chain.deployLogEmitter();
        QVERIFY2(emitter, qPrintable(chain.error()));
        for (int stretch = 0; stretch < 4; ++stretch) {
            QVERIFY2(chain.mineBlocksWithLogs(*emitter, 15, 40), qPrintable(chain.error()));
            QVERIFY2(chain.mineEmpty(1000), qPrintable(chain.error()));
        }
        auto head = chain.blockNumber();
        QVERIFY2(head, qPrintable(chain.error()));
        const qint64 total = qint64(*head) + 1;
        QVERIFY2(total > 4000, qPrintable(QStringLiteral("%1 blocks").arg(total)));
        qInfo("chain of %lld blocks built in %lld ms", total, building.elapsed());

        const QString db = dir.filePath(QStringLiteral("killed.btx"));
        const QStringList syncArgs{QStringLiteral("sync"), QStringLiteral("--rpc"), anvil.url().toString(),
                                   QStringLiteral("--db"), db, QStringLiteral("--quiet")};
        qint64 before = 0;
        for (int kill = 1; kill <= 3; ++kill) {
            auto cli = startCli(syncArgs);
            QVERIFY2(cli->waitForStarted(10000), qPrintable(cli->errorString()));
            // Wait until this run has committed blocks of its own, then kill -9.
            QElapsedTimer t;
            t.start();
            qint64 seen = before;
            while (t.elapsed() < 30000 && cli->state() != QProcess::NotRunning && seen <= before) {
                QTest::qWait(5);
                seen = std::max(seen, indexedBlocks(db));
            }
            QVERIFY2(cli->state() != QProcess::NotRunning,
                     qPrintable(QStringLiteral("kill %1: the sync ended (exit %2, %3) before it could be killed mid-way; "
                                               "the chain is too short for this machine")
                                    .arg(kill)
                                    .arg(cli->exitCode())
                                    .arg(QString::fromUtf8(cli->readAllStandardError()))));
            QVERIFY2(seen > before, qPrintable(QStringLiteral("kill %1: no block committed within 30 s").arg(kill)));
            cli->kill();  // SIGKILL
            QVERIFY(waitFinished(*cli, 10000));
            QCOMPARE(cli->exitStatus(), QProcess::CrashExit);

            QString error;
            auto st = cliStatus(db, error);
            QVERIFY2(st, qPrintable(error));
            const qint64 blocks = st->value(QStringLiteral("blocks")).toInteger();
            QVERIFY2(blocks > before && blocks < total,
                     qPrintable(QStringLiteral("kill %1: expected the index mid-way (more than %2, fewer than %3 blocks), "
                                               "status says %4")
                                    .arg(kill)
                                    .arg(before)
                                    .arg(total)
                                    .arg(blocks)));
            QCOMPARE(st->value(QStringLiteral("missingBlocks")).toInteger(), qint64(0));
            QCOMPARE(st->value(QStringLiteral("failedBlocks")).toInteger(), qint64(0));
            QCOMPARE(st->value(QStringLiteral("head")).toObject().value(QStringLiteral("number")).toInteger(), blocks - 1);
            // What a killed sync leaves is whole blocks of the node's chain, verified.
            const QString diff = compareWithNode(db, chain.rpc(), std::uint64_t(blocks - 1));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(diff)));
            const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
            QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
            qInfo("kill %d: %lld of %lld blocks indexed", kill, blocks, total);
            before = blocks;
        }

        const CliRun resume = runCli(syncArgs, 120000);
        QVERIFY2(resume.finished && resume.exitCode == 0, qPrintable(resume.describe()));
        QVERIFY2(resume.out.contains(QStringLiteral("indexed through block %1 (%2 blocks this run")
                                         .arg(total - 1)
                                         .arg(total - before)),
                 qPrintable(QStringLiteral("expected the resume to index exactly the %1 missing blocks: %2")
                                .arg(total - before)
                                .arg(resume.describe())));
        const QString diff = compareWithNode(db, chain.rpc());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QString error;
        auto dups = queryRows(db, QStringLiteral("SELECT count(*), count(DISTINCT hash) FROM transactions"), error);
        QVERIFY2(dups, qPrintable(error));
        QCOMPARE(dups->first().section(u'|', 0, 0), dups->first().section(u'|', 1, 1));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db}, 120000);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "test_kill_resume.moc"
