// A reorganisation made through anvil's own RPC (anvil_reorg) while SyncEngine
// follows the head with no confirmations: the engine emits reorganised() with the
// common ancestor, rolls the index back, and afterwards the index equals the node's
// chain block by block, with no block or transaction of the abandoned branch left.
#include "anvil_node.h"
#include "chain_builder.h"
#include "integration_support.h"

#include "codec/keccak.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bt;
using namespace bt::test;

class TestReorg : public QObject {
    Q_OBJECT

    // A transaction signed by `key`, for anvil_reorg to put in a replacement block.
    static std::optional<std::string> signedRaw(ChainBuilder& chain, int key, std::uint64_t nonce, const std::string& note)
    {
        Transaction tx;
        tx.type = TxType::DynamicFee;
        tx.chainId = chain.chainId();
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = U256(1'000'000'000);
        tx.maxFeePerGas = U256(50'000'000'000ull);
        tx.gasLimit = 100000;
        tx.to = *addressOf(ChainBuilder::labelKey("reorg payee"));
        tx.value = U256(7);
        tx.data = Bytes(note.begin(), note.end());
        auto sig = sign(tx.signingHash(), ChainBuilder::devKey(key));
        if (!sig || !tx.setSignature(*sig)) return std::nullopt;
        return toHex(tx.encode());
    }

    static QStringList hashesOf(const QString& db, std::uint64_t from, std::uint64_t to, QString& error)
    {
        auto rows = queryRows(db, QStringLiteral("SELECT hash FROM blocks WHERE number BETWEEN %1 AND %2 ORDER BY number").arg(from).arg(to), error);
        return rows ? *rows : QStringList();
    }

private slots:
    void reorgWhileFollowing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AnvilNode anvil;
        QVERIFY2(anvil.start(), qPrintable(anvil.error()));
        ChainBuilder chain(anvil.url());
        QVERIFY2(chain.init(), qPrintable(chain.error()));
        auto emitter = chain.deployLogEmitter();
        QVERIFY2(emitter, qPrintable(chain.error()));
        auto head = chain.mineBlocksWithLogs(*emitter, 12, 3);
        QVERIFY2(head, qPrintable(chain.error()));
        const std::uint64_t h = *head;

        const QString db = dir.filePath(QStringLiteral("follow.btx"));
        SyncOptions opt = testSyncOptions(anvil.url(), db);
        opt.follow = true;
        opt.confirmations = 0;
        EngineRun run(opt);
        run.start();
        QTRY_VERIFY2_WITH_TIMEOUT(run.lastProgress.phase == QLatin1String("following") && run.lastProgress.indexedTo == h,
                                  qPrintable(QStringLiteral("expected the engine to follow at block %1; phase %2 at %3, finished %4: %5")
                                                 .arg(h)
                                                 .arg(run.lastProgress.phase)
                                                 .arg(run.lastProgress.indexedTo)
                                                 .arg(run.finished)
                                                 .arg(run.message)),
                                  30000);
        QString diff = compareWithNode(db, chain.rpc(), h);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QString error;
        const QStringList abandoned = hashesOf(db, h - 3, h, error);
        QCOMPARE(abandoned.size(), 4);
        auto abandonedTxs = queryRows(db, QStringLiteral("SELECT hash FROM transactions WHERE block_number > %1").arg(h - 4), error);
        QVERIFY2(abandonedTxs && abandonedTxs->size() == 12, qPrintable(error));

        // 1. The last 4 blocks replaced by blocks of the same height, one carrying a
        //    transaction of ours: the head number does not move.
        auto raw = signedRaw(chain, 3, 0, "replacement branch");
        QVERIFY(raw);
        auto r = chain.rpc().call(QStringLiteral("anvil_reorg"), {4, nlohmann::json::array({nlohmann::json::array({*raw, 1})})});
        QVERIFY2(r, qPrintable(chain.rpc().lastError().toString()));
        QCOMPARE(chain.blockNumber().value_or(0), h);
        const QStringList replaced = hashesOf(db, h - 3, h, error);
        QTRY_VERIFY2_WITH_TIMEOUT(!run.reorganisations.empty(), "no reorganised() signal within 15 s of anvil_reorg", 15000);
        QCOMPARE(run.reorganisations.front().first, quint64(h));
        QCOMPARE(run.reorganisations.front().second, quint64(h - 4));
        QTRY_VERIFY2_WITH_TIMEOUT((diff = compareWithNode(db, chain.rpc())).isEmpty(), qPrintable(diff), 15000);
        // Our transaction is indexed in the second replacement block.
        const QString rawHash = QString::fromStdString(toHex(keccak256(*fromHex(*raw)), false));
        auto replacementTx = queryRows(db, QStringLiteral("SELECT block_number FROM transactions WHERE hash = x'%1'").arg(rawHash), error);
        QVERIFY2(replacementTx, qPrintable(error));
        QCOMPARE(*replacementTx, QStringList{QString::number(h - 2)});

        // 2. A deeper one that also lengthens the chain, in one batch, so that the
        //    engine may see the longer chain first and find the break by parent hash.
        auto raw2 = signedRaw(chain, 3, 0, "second replacement branch");
        QVERIFY(raw2);
        const std::size_t before = run.reorganisations.size();
        auto batch = chain.rpc().batch({{QStringLiteral("anvil_reorg"), {6, nlohmann::json::array({nlohmann::json::array({*raw2, 0})})}},
                                        {QStringLiteral("anvil_mine"), {"0x5"}}});
        QVERIFY2(batch, qPrintable(chain.rpc().lastError().toString()));
        QCOMPARE(chain.blockNumber().value_or(0), h + 5);
        QTRY_VERIFY2_WITH_TIMEOUT(run.reorganisations.size() > before, "no reorganised() signal for the second reorganisation", 15000);
        QCOMPARE(run.reorganisations.back().second, quint64(h - 6));
        QTRY_VERIFY2_WITH_TIMEOUT((diff = compareWithNode(db, chain.rpc())).isEmpty(), qPrintable(diff), 15000);

        // Nothing of the abandoned branches is left: not their blocks, not their transactions.
        for (const QString& stale : abandoned + replaced) {
            auto n = queryRows(db, QStringLiteral("SELECT count(*) FROM blocks WHERE hash = %1").arg(QStringLiteral("x'") + stale.mid(2) + u'\''), error);
            QVERIFY2(n && n->first() == QLatin1String("0"), qPrintable(QStringLiteral("stale block %1 still indexed").arg(stale)));
        }
        for (const QString& stale : *abandonedTxs) {
            auto n = queryRows(db, QStringLiteral("SELECT count(*) FROM transactions WHERE hash = x'%1'").arg(stale.mid(2)), error);
            QVERIFY2(n && n->first() == QLatin1String("0"), qPrintable(QStringLiteral("transaction %1 of an abandoned block still indexed").arg(stale)));
        }

        run.cancel();
        QVERIFY2(run.wait(10000), "the engine did not stop within 10 s of requestCancel()");
        QVERIFY2(run.result == SyncEngine::Result::Cancelled, qPrintable(run.message));
        const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }
};

QTEST_GUILESS_MAIN(TestReorg)
#include "test_reorg.moc"
