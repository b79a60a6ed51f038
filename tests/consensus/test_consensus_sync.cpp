// Consortium chains synced end to end. Nothing here can produce a live proof-of-
// authority chain (geth, Besu and GoQuorum are not available; anvil seals no Clique or
// BFT blocks), so a JSON-RPC server in this test serves blocks as a Besu or GoQuorum
// node would — eth_chainId, eth_blockNumber, eth_getBlockByNumber, eth_getBlockByHash,
// eth_getBlockReceipts over HTTP/1.1, batches included — and the real SyncEngine syncs
// them into a real index: the GoQuorum IBFT 1.0 export (101 blocks) and the Besu
// Clique chain of the shared vectors, and IBFT 2.0 / QBFT / Clique chains sealed here.
// Then `status` (IndexReader) and offline `verify` (IndexVerifier) on the result, a
// resumed sync that must continue the validator set (votes and the recent-signers
// window across the resume), a node serving a block with a forged committed seal, an
// index whose engine is unknown, an edited consensus record, the archive-import path
// (ChainWriter::append, no engine known beforehand), and a QBFT chain whose validators
// come from a contract.
#include "index/index_db.h"
#include "index/index_reader.h"
#include "sync/chain_writer.h"
#include "sync/sync_engine.h"
#include "verify/index_verifier.h"

#include "codec/keccak.h"
#include "consensus/istanbul_extra.h"
#include "consensus_chain.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <map>

using namespace bt;
using namespace bt::consensus;
using namespace bt::test;
using nlohmann::json;

namespace {

// A node that serves `blocks[0..head]` of one chain.
class RpcTestServer : public QObject {
public:
    RpcTestServer(std::vector<ChainBlock> blocks, std::uint64_t chainId)
        : m_blocks(std::move(blocks)), m_chainId(chainId), m_head(m_blocks.size() - 1)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()); }
    void setHead(std::uint64_t head) { m_head = std::min<std::uint64_t>(head, m_blocks.size() - 1); }
    // Serves `b` in place of the block with that number.
    void replace(const ChainBlock& b) { m_blocks.at(b.header.number) = b; }
    int requests = 0;

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0) return;
            qsizetype length = 0;
            for (const QByteArray& line : buf.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:")) length = line.mid(15).trimmed().toInt();
            if (buf.size() < end + 4 + length) return;
            const QByteArray body = buf.mid(end + 4, length);
            buf.remove(0, end + 4 + length);
            const QByteArray reply = QByteArray::fromStdString(answer(body).dump());
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
        }
    }

    json answer(const QByteArray& body)
    {
        ++requests;
        json req = json::parse(body.toStdString(), nullptr, false);
        if (req.is_array()) {
            json out = json::array();
            for (const auto& r : req) out.push_back(one(r));
            return out;
        }
        return one(req);
    }

    const ChainBlock* byTag(const json& tag) const
    {
        if (!tag.is_string()) return nullptr;
        const std::string t = tag.get<std::string>();
        std::uint64_t n = m_head;
        if (t != "latest") {
            auto v = U256::fromHexQuantity(t);
            if (!v) return nullptr;
            n = v->low64();
        }
        return n <= m_head ? &m_blocks[n] : nullptr;
    }

    json one(const json& r) const
    {
        json out{{"jsonrpc", "2.0"}, {"id", r.value("id", json())}};
        const std::string m = r.value("method", "");
        const json& p = r.value("params", json::array());
        if (m == "eth_chainId") {
            out["result"] = U256(m_chainId).toHexQuantity();
        } else if (m == "eth_blockNumber") {
            out["result"] = U256(m_head).toHexQuantity();
        } else if (m == "eth_getBlockByNumber") {
            const ChainBlock* b = byTag(p.at(0));
            out["result"] = b ? rpcBlock(*b, p.size() > 1 && p[1].get<bool>()) : json();
        } else if (m == "eth_getBlockByHash") {
            out["result"] = json();
            for (std::uint64_t n = 0; n <= m_head; ++n)
                if (toHex(m_blocks[n].hash) == p.at(0).get<std::string>())
                    out["result"] = rpcBlock(m_blocks[n], p.size() > 1 && p[1].get<bool>());
        } else if (m == "eth_getBlockReceipts") {
            const ChainBlock* b = byTag(p.at(0));
            out["result"] = b ? rpcReceipts(*b) : json();
        } else {
            out["error"] = {{"code", -32601}, {"message", "the method " + m + " does not exist/is not available"}};
        }
        return out;
    }

    QTcpServer m_server;
    std::vector<ChainBlock> m_blocks;
    std::uint64_t m_chainId;
    std::uint64_t m_head;
    std::map<QTcpSocket*, QByteArray> m_buffers;
};

struct SyncOutcome {
    SyncEngine::Result result = SyncEngine::Result::Failed;
    QString message;
    std::uint64_t failedBlocks = 0;
};

// SyncEngine in a worker thread, as the CLI and the GUI run it.
SyncOutcome runSync(const QString& url, const QString& db, std::optional<EngineKind> engine = {},
                    std::optional<std::uint64_t> epoch = {})
{
    SyncOptions o;
    o.endpoint.url = QUrl(url);
    o.endpoint.timeoutMs = 10000;
    o.dbPath = db;
    o.engine = engine;
    o.epoch = epoch;
    o.blocksPerRequest = 5;
    QThread thread;
    auto* e = new SyncEngine(o);
    e->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, e, &QObject::deleteLater);
    SyncOutcome out;
    QObject::connect(e, &SyncEngine::progressChanged, e, [&out](const SyncProgress& p) { out.failedBlocks = p.failedBlocks; },
                     Qt::DirectConnection);
    QSignalSpy done(e, &SyncEngine::finished);
    thread.start();
    QMetaObject::invokeMethod(e, &SyncEngine::start, Qt::QueuedConnection);
    if (!done.wait(120000)) {
        e->requestCancel();
        done.wait(10000);
    }
    thread.quit();
    thread.wait();
    if (!done.isEmpty()) {
        out.result = done.first().at(0).value<SyncEngine::Result>();
        out.message = done.first().at(1).toString();
    } else {
        out.message = QStringLiteral("timed out");
    }
    return out;
}

IndexStatus statusOf(const QString& path)
{
    IndexDb db;
    IndexStatus s;
    if (!db.open(path, IndexDb::Mode::ReadOnly).ok()) return s;
    IndexReader(db).status(s);
    return s;
}

VerifyReport verifyOffline(const QString& path, bool update = false)
{
    IndexDb db;
    VerifyReport r;
    if (IndexError e = db.open(path, update ? IndexDb::Mode::ReadWrite : IndexDb::Mode::ReadOnly); !e.ok()) {
        r.failures.push_back({0, {}, -1, QStringLiteral("open"), e.message});
        return r;
    }
    IndexVerifyOptions opt;
    opt.updateStatuses = update;
    if (IndexError e = IndexVerifier().run(db, opt, r); !e.ok()) r.failures.push_back({0, {}, -1, QStringLiteral("run"), e.message});
    return r;
}

std::vector<QString> failures(const QString& path)
{
    IndexDb db;
    std::vector<QString> out;
    if (!db.open(path, IndexDb::Mode::ReadOnly).ok()) return out;
    std::vector<StoredFailure> fs;
    IndexReader(db).failures(fs);
    for (const auto& f : fs) out.push_back(QStringLiteral("block %1 %2: %3").arg(f.blockNumber).arg(f.check, f.detail));
    return out;
}

QString joined(const std::vector<QString>& v) { return QStringList(v.begin(), v.end()).join(QStringLiteral("\n")); }

QString reportText(const VerifyReport& r)
{
    QStringList s;
    for (const auto& f : r.failures) s << QStringLiteral("block %1 %2: %3").arg(f.blockNumber).arg(f.check, f.detail);
    return s.join(QStringLiteral("\n"));
}

std::vector<ChainBlock> vectorChain(const char* path, EngineKind engine)
{
    std::string error;
    auto c = loadVectorChain(path, engine, error);
    if (!c) qFatal("%s", error.c_str());
    return *c;
}

bool execSql(const QString& path, const QString& sql)
{
    IndexDb db;
    if (!db.open(path, IndexDb::Mode::ReadWrite).ok()) return false;
    QSqlQuery q(db.db());
    return q.exec(sql);
}

}  // namespace

class ConsensusSync : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dbPath(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void istanbulExportSyncsAndVerifies()
    {
        RpcTestServer node(vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy),
                           1337);
        const QString db = dbPath("ibft1.db");
        const auto run = runSync(node.url(), db);
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        QVERIFY2(failures(db).empty(), qPrintable(joined(failures(db))));
        const IndexStatus s = statusOf(db);
        QCOMPARE(s.engine, QStringLiteral("ibft"));
        QCOMPARE(s.blocks, std::uint64_t(101));
        QCOMPARE(s.verifiedBlocks, std::uint64_t(101));
        QCOMPARE(s.validators.size(), std::size_t(5));
        QVERIFY(s.validatorSetUnverifiable.isEmpty());
        QCOMPARE(s.quorumHeldBlocks, std::uint64_t(100));
        QCOMPARE(s.quorumMissedBlocks, std::uint64_t(0));
        const VerifyReport r = verifyOffline(db);
        QVERIFY2(r.ok(), qPrintable(reportText(r)));
        QCOMPARE(r.engine, QStringLiteral("ibft"));
        QCOMPARE(r.quorumHeldBlocks, std::uint64_t(100));
        QCOMPARE(r.validators, s.validators);
        // Per block: proposer and the four committers, as recovered.
        IndexDb idx;
        QVERIFY(idx.open(db, IndexDb::Mode::ReadOnly).ok());
        QSqlQuery q(idx.db());
        QVERIFY(q.exec(QStringLiteral("SELECT engine, hex(proposer), committer_count, quorum, quorum_held FROM consensus_blocks "
                                      "WHERE number = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ibft"));
        QCOMPARE(q.value(1).toString().toLower(), QStringLiteral("065541903bf3bb8c088a18046b441f5d286288c9"));
        QCOMPARE(q.value(2).toInt(), 4);
        QCOMPARE(q.value(3).toInt(), 3);
        QCOMPARE(q.value(4).toInt(), 1);
    }

    void cliqueChainSyncs()
    {
        RpcTestServer node(vectorChain("clique/besu-clique-to-pos-chain.json", EngineKind::Clique), 4);
        const QString db = dbPath("clique.db");
        const auto run = runSync(node.url(), db);
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        QVERIFY2(failures(db).empty(), qPrintable(joined(failures(db))));
        const IndexStatus s = statusOf(db);
        QCOMPARE(s.engine, QStringLiteral("clique"));
        QCOMPARE(s.transactions, std::uint64_t(4));
        QCOMPARE(s.validators, std::vector<QString>{QStringLiteral("0x3b63a1ee47ffd227458746ca9bb079d0d3cbb4bd")});
        QVERIFY2(verifyOffline(db).ok(), qPrintable(reportText(verifyOffline(db))));
    }

    void forgedCommittedSealIsRecorded()
    {
        auto blocks = vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy);
        auto e = *decodeIstanbulExtra(blocks[50].header.extraData);
        e.committedSeals[0].bytes[5] ^= 0x40;
        BlockHeader h = blocks[50].header;
        h.extraData = encodeIstanbulExtra(e);
        const ChainBlock forged = chainBlock(EngineKind::IstanbulLegacy, h);
        QCOMPARE(forged.hash, blocks[50].hash);  // links, and the node's hash claim holds
        RpcTestServer node(blocks, 1337);
        node.replace(forged);
        const QString db = dbPath("forged.db");
        const auto run = runSync(node.url(), db);
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        const auto f = failures(db);
        QVERIFY2(f.size() == 1 && f[0].startsWith(QStringLiteral("block 50 consensus:")), qPrintable(joined(f)));
        qInfo("%s", qPrintable(f[0]));
        const IndexStatus s = statusOf(db);
        QCOMPARE(s.failedBlocks, std::uint64_t(1));
        QCOMPARE(s.consensusFailedBlocks, std::uint64_t(1));
        const VerifyReport r = verifyOffline(db);
        QCOMPARE(r.failures.size(), std::size_t(1));
        QCOMPARE(r.failures[0].blockNumber, std::uint64_t(50));
        QCOMPARE(r.failures[0].check, QStringLiteral("consensus"));
    }

    void resumedSyncContinuesTheValidatorSet()
    {
        // Clique: a vote before the resume and one after it add a signer; a signer that
        // sealed the last block of the first run may not seal the first of the second.
        auto keys = testKeys(4);
        const Address d = keys[3].address;
        SealedChain c(EngineKind::Clique, keys, 3, 8);
        c.add({.vote = Vote{d, true}});                              // 1
        c.add({.proposer = 0});                                      // 2
        c.add({.proposer = 2, .vote = Vote{d, true}});               // 3: d joins
        c.setValidators({keys[0].address, keys[1].address, keys[2].address, d});
        c.add({.proposer = 3});                                      // 4: d seals
        c.add({.proposer = 3});                                      // 5: d again, within its window
        RpcTestServer node(c.blocks(), 99);
        const QString db = dbPath("resume-clique.db");
        node.setHead(2);
        QVERIFY(runSync(node.url(), db).result == SyncEngine::Result::Completed);
        node.setHead(5);
        const auto run = runSync(node.url(), db);
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        const auto f = failures(db);
        QVERIFY2(f.size() == 1 && f[0].startsWith(QStringLiteral("block 5 consensus: signer sealed too recently")),
                 qPrintable(joined(f)));
        const IndexStatus s = statusOf(db);
        QCOMPARE(s.validators.size(), std::size_t(4));
        QCOMPARE(s.validatorSetAt, std::optional<std::uint64_t>(3));
        // Offline, from the anchor, the same outcome (and the stored state agrees).
        const VerifyReport r = verifyOffline(db);
        QCOMPARE(r.failures.size(), std::size_t(1));
        QCOMPARE(r.failures[0].blockNumber, std::uint64_t(5));

        // QBFT: the same across a resume, with ⌈2N/3⌉ quorums.
        auto qkeys = testKeys(5);
        SealedChain q(EngineKind::Qbft, qkeys, 4);
        q.add({.proposer = 0, .vote = Vote{qkeys[4].address, true}});
        q.add({.proposer = 1, .vote = Vote{qkeys[4].address, true}});
        q.add({.proposer = 2, .vote = Vote{qkeys[4].address, true}});
        q.setValidators({qkeys[0].address, qkeys[1].address, qkeys[2].address, qkeys[3].address, qkeys[4].address});
        q.add({.proposer = 4});
        q.add({.committers = std::vector<std::size_t>{0, 1, 4}});  // 3 of 5: short of ⌈10/3⌉ = 4
        RpcTestServer qnode(q.blocks(), 1338);
        const QString qdb = dbPath("resume-qbft.db");
        qnode.setHead(1);
        QVERIFY(runSync(qnode.url(), qdb).result == SyncEngine::Result::Completed);
        qnode.setHead(5);
        QVERIFY(runSync(qnode.url(), qdb).result == SyncEngine::Result::Completed);
        const auto qf = failures(qdb);
        QVERIFY2(qf.size() == 1 && qf[0].contains(QStringLiteral("quorum not reached")) && qf[0].startsWith(QStringLiteral("block 5")),
                 qPrintable(joined(qf)));
        const IndexStatus qs = statusOf(qdb);
        QCOMPARE(qs.engine, QStringLiteral("qbft"));
        QCOMPARE(qs.validators.size(), std::size_t(5));
        QCOMPARE(qs.quorumHeldBlocks, std::uint64_t(4));
        QCOMPARE(qs.quorumMissedBlocks, std::uint64_t(1));
        QCOMPARE(verifyOffline(qdb).failures.size(), std::size_t(1));
    }

    void ibft2ChainSyncsWithBesuHashes()
    {
        SealedChain c(EngineKind::Ibft2, testKeys(4), 4);
        for (int i = 0; i < 12; ++i) c.add({.round = std::uint64_t(i % 3)});
        QVERIFY(c.blocks()[5].hash != keccak256(c.blocks()[5].headerRlp));
        RpcTestServer node(c.blocks(), 2018);
        const QString db = dbPath("ibft2.db");
        const auto run = runSync(node.url(), db);
        QVERIFY2(run.result == SyncEngine::Result::Completed, qPrintable(run.message));
        QVERIFY2(failures(db).empty(), qPrintable(joined(failures(db))));
        QCOMPARE(statusOf(db).engine, QStringLiteral("ibft2"));
        QCOMPARE(statusOf(db).anchorHash, QString::fromStdString(toHex(c.blocks()[0].hash)));
        QVERIFY(verifyOffline(db).ok());
        // Another engine on resume is refused, with the reason.
        const auto wrong = runSync(node.url(), db, EngineKind::Qbft);
        QCOMPARE(wrong.result, SyncEngine::Result::Failed);
        QVERIFY2(wrong.message.contains(QStringLiteral("ibft2")) && wrong.message.contains(QStringLiteral("--engine qbft")),
                 qPrintable(wrong.message));
    }

    void qbftValidatorContractIsNeverPassed()
    {
        SealedChain c(EngineKind::Qbft, testKeys(4), 4);
        c.add();
        c.add({.listed = std::vector<Address>{}});
        c.add({.listed = std::vector<Address>{}});
        RpcTestServer node(c.blocks(), 1339);
        const QString db = dbPath("contract.db");
        QVERIFY(runSync(node.url(), db).result == SyncEngine::Result::Completed);
        const auto f = failures(db);
        QCOMPARE(f.size(), std::size_t(2));
        QVERIFY2(f[0].contains(QStringLiteral("validator set not verifiable from headers")), qPrintable(joined(f)));
        const IndexStatus s = statusOf(db);
        QCOMPARE(s.failedBlocks, std::uint64_t(2));
        QVERIFY(s.validatorSetUnverifiable.contains(QStringLiteral("validator contract")));
    }

    void unknownEngineInTheIndex()
    {
        SealedChain c(EngineKind::Qbft, testKeys(4), 4);
        c.add();
        c.add();
        RpcTestServer node(c.blocks(), 1340);
        const QString db = dbPath("aura.db");
        QVERIFY(runSync(node.url(), db).result == SyncEngine::Result::Completed);
        QVERIFY(execSql(db, QStringLiteral("UPDATE meta SET value = 'aura' WHERE key = 'consensus_engine'")));
        const auto run = runSync(node.url(), db);
        QCOMPARE(run.result, SyncEngine::Result::Failed);
        QVERIFY2(run.message.contains(QStringLiteral("\"aura\"")), qPrintable(run.message));
        const VerifyReport r = verifyOffline(db);
        QCOMPARE(r.failedBlocks, std::uint64_t(3));  // every block, never a pass
        QVERIFY(r.failures[0].detail.contains(QStringLiteral("does not know")));
    }

    void editedConsensusRecordIsCaught()
    {
        RpcTestServer node(vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy),
                           1337);
        const QString db = dbPath("edited.db");
        QVERIFY(runSync(node.url(), db).result == SyncEngine::Result::Completed);
        QVERIFY(execSql(db, QStringLiteral("UPDATE consensus_blocks SET proposer = zeroblob(20) WHERE number = 7")));
        QVERIFY(execSql(db, QStringLiteral("UPDATE consensus_blocks SET quorum_held = 0 WHERE number = 9")));
        const VerifyReport r = verifyOffline(db, true);
        QCOMPARE(r.failures.size(), std::size_t(2));
        QVERIFY2(r.failures[0].detail.contains(QStringLiteral("(proposer)")), qPrintable(reportText(r)));
        QVERIFY2(r.failures[1].detail.contains(QStringLiteral("(quorum)")), qPrintable(reportText(r)));
        QCOMPARE(statusOf(db).failedBlocks, std::uint64_t(2));  // the statuses now say so
    }

    void archiveImportPathDetectsTheEngine()
    {
        // As an archive import does: blocks verified with no engine known, appended through
        // ChainWriter; the first block decides the engine, which is recorded with it.
        const auto blocks = vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy);
        const QString path = dbPath("import.db");
        {
            IndexDb db;
            QVERIFY(db.open(path, IndexDb::Mode::Create).ok());
            VerifyOptions opt;
            opt.chainId = U256(1337);
            ChainWriter chain(db, opt);
            QVERIFY(chain.load().ok());
            QVERIFY(chain.pin(Anchor{0, blocks[0].hash}, QStringLiteral("archive"), QStringLiteral("1337")).ok());
            for (const auto& b : blocks) {
                RawBlock raw;
                raw.headerRlp = b.headerRlp;
                VerifiedBlock v = verifyBlock(raw, opt);
                ChainWriter::Outcome outcome;
                QVERIFY(chain.append(raw, v, true, outcome).ok());
                QVERIFY2(v.ok(), v.failures.empty() ? "" : v.failures[0].detail.c_str());
            }
            QVERIFY(chain.flush().ok());
            QCOMPARE(chain.consensus()->kind, EngineKind::IstanbulLegacy);
        }
        QCOMPARE(statusOf(path).engine, QStringLiteral("ibft"));
        QCOMPARE(statusOf(path).quorumHeldBlocks, std::uint64_t(100));
        QVERIFY(verifyOffline(path).ok());
    }
};

QTEST_GUILESS_MAIN(ConsensusSync)
#include "test_consensus_sync.moc"
