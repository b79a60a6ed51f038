#include "sync/sync_engine.h"

#include "chain/rpc_block.h"
#include "codec/keccak.h"
#include "codec/rpc_json.h"
#include "consensus/engine_detection.h"

#include <QThread>
#include <QTimer>

#include <algorithm>

namespace bt {

namespace {

std::string hexQuantity(std::uint64_t n) { return U256(n).toHexQuantity(); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

// A node's header for a block, hashed from its fields (never its "hash" claim).
struct NodeHeader {
    std::uint64_t number = 0;
    Hash32 hash;          // recomputed
    Hash32 claimedHash;
};

// On consensus chains the hash follows the engine's rule (IBFT 2.0/QBFT/Istanbul hash
// the header with parts of extraData removed).
bt::Result<NodeHeader> nodeHeader(const nlohmann::json& block, const std::optional<consensus::EngineConfig>& engine)
{
    BT_TRY(BlockHeader h, rpcjson::header(block));
    BT_TRY(Hash32 claimed, rpcjson::fixedData<32>(block, "hash"));
    const Hash32 hash = engine ? consensus::engineBlockHash(engine->kind, h) : h.hash();
    return NodeHeader{h.number, hash, claimed};
}

// Node errors that mean "this method does not exist here".
bool isMethodMissing(const RpcError& e)
{
    if (e.kind != RpcError::Kind::Rpc) return false;
    const QString m = e.message.toLower();
    return e.rpcCode == -32601 || m.contains(QLatin1String("not found")) || m.contains(QLatin1String("not supported")) ||
           m.contains(QLatin1String("does not exist")) || m.contains(QLatin1String("unsupported"));
}

}  // namespace

struct SyncEngine::Prepared {
    RawBlock raw;
    VerifiedBlock verified;
};

struct SyncEngine::BatchResult {
    int generation = 0;
    std::uint64_t first = 0;
    std::uint64_t count = 0;
    std::vector<std::unique_ptr<Prepared>> blocks;
    QString error;
    bool receiptsMissing = false;             // eth_getBlockReceipts refused: fall back
    std::vector<nlohmann::json> blockJsons;   // fallback: blocks waiting for their receipts
};

SyncEngine::SyncEngine(SyncOptions options, QObject* parent) : QObject(parent), m_opt(std::move(options))
{
    qRegisterMetaType<bt::SyncProgress>();
    qRegisterMetaType<bt::SyncEngine::Result>();
    const int threads = m_opt.verifyThreads > 0 ? m_opt.verifyThreads : std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(threads);
}

SyncEngine::~SyncEngine()
{
    m_cancel = true;
    m_pool.waitForDone();
    stopSink();
}

void SyncEngine::stopSink()
{
    if (!m_sink) return;
    if (m_writerThread.isRunning()) {
        QMetaObject::invokeMethod(m_sink, [sink = m_sink] { sink->close(); }, Qt::BlockingQueuedConnection);
        m_writerThread.quit();
        m_writerThread.wait();
    }
    delete m_sink;
    m_sink = nullptr;
}

void SyncEngine::requestCancel() noexcept { m_cancel = true; }

bool SyncEngine::stopping() const noexcept { return m_done || m_cancel.load(); }

void SyncEngine::start()
{
    m_sinceStart.start();
    m_sinceProgress.start();
    m_rpc = new RpcClient(m_opt.endpoint, this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::refreshHead);

    m_db = std::make_unique<IndexDb>();
    if (IndexError e = m_db->open(m_opt.dbPath, IndexDb::Mode::Create); !e.ok()) return fail(e.message);
    m_sink = new BlockSink(m_opt.dbPath);
    m_sink->moveToThread(&m_writerThread);
    m_writerThread.setObjectName(QStringLiteral("index writer"));
    m_writerThread.start();
    connect(m_sink, &BlockSink::failed, this, [this](const QString& m) { fail(m); });
    connect(m_sink, &BlockSink::committed, this, [this](quint64, quint64 blocks) {
        m_unwritten -= std::min<std::uint64_t>(m_unwritten, blocks);
        for (quint64 i = 0; i < blocks && !m_unwrittenBytes.empty(); ++i) {
            m_bufferedBytes -= m_unwrittenBytes.front();
            m_unwrittenBytes.pop_front();
        }
        pump();
    });
    bool opened = false;
    QMetaObject::invokeMethod(m_sink, [&opened, sink = m_sink] { opened = sink->open(); }, Qt::BlockingQueuedConnection);
    if (!opened) return fail(m_sink->error());
    m_progress.phase = QStringLiteral("connecting");
    emitProgress(true);
    connectNode();
}

void SyncEngine::callOne(const QString& method, nlohmann::json params,
                         std::function<void(const nlohmann::json&)> onResult)
{
    std::vector<RpcCall> calls{RpcCall{method, std::move(params)}};
    m_rpc->send(calls, [this, calls, onResult = std::move(onResult)](const RpcReply& reply) {
        if (stopping()) return finish(m_cancel ? Result::Cancelled : Result::Failed, QStringLiteral("cancelled"));
        if (!reply.error.ok()) return fail(reply.error.toString());
        nlohmann::json result;
        if (RpcError e = RpcClient::parseSingle(reply.body, calls[0], m_rpc->endpoint().displayName(), result); !e.ok())
            return fail(e.toString());
        onResult(result);
    });
}

void SyncEngine::connectNode()
{
    callOne(QStringLiteral("eth_chainId"), nlohmann::json::array(), [this](const nlohmann::json& r) {
        if (!r.is_string()) return fail(QStringLiteral("eth_chainId at %1: not a quantity").arg(m_rpc->endpoint().displayName()));
        onChainId(qs(r.get<std::string>()));
    });
}

void SyncEngine::onChainId(const QString& chainIdHex)
{
    auto id = U256::fromHexQuantity(chainIdHex.toStdString());
    if (!id) return fail(QStringLiteral("eth_chainId at %1: \"%2\" is not a quantity").arg(m_rpc->endpoint().displayName(), chainIdHex));
    m_chainId = qs(id->toDecimal());
    m_verify.chainId = *id;
    if (auto stored = m_db->meta(QStringLiteral("chain_id")); stored && *stored != m_chainId)
        return fail(QStringLiteral("%1 indexes chain %2, but the node at %3 serves chain %4; use another index file")
                        .arg(m_opt.dbPath, *stored, m_rpc->endpoint().displayName(), m_chainId));
    m_chain = std::make_unique<ChainWriter>(*m_db, m_verify);
    if (IndexError e = m_chain->load(); !e.ok()) return fail(e.message);
    // Consensus: an index keeps the engine it recorded when it was pinned.
    if (const auto& engine = m_chain->consensus()) {
        if (m_opt.engine && *m_opt.engine != engine->kind)
            return fail(QStringLiteral("%1 indexes a %2 chain; --engine %3 does not apply to it (use another index file)")
                            .arg(m_opt.dbPath, qs(std::string(consensus::engineName(engine->kind))),
                                 qs(std::string(consensus::engineName(*m_opt.engine)))));
        if (m_opt.epoch && *m_opt.epoch != engine->epoch)
            return fail(QStringLiteral("%1 was indexed with epoch %2; --epoch %3 does not apply to it")
                            .arg(m_opt.dbPath)
                            .arg(engine->epoch)
                            .arg(*m_opt.epoch));
        m_verify.consensus = *engine;
    }
    checkAnchor();
}

void SyncEngine::checkAnchor()
{
    const auto& anchor = m_chain->anchor();
    if (anchor) {
        if (m_opt.checkpoint && *m_opt.checkpoint != anchor->hash)
            return fail(QStringLiteral("%1 is already pinned to block %2 %3, not to %4")
                            .arg(m_opt.dbPath)
                            .arg(anchor->number)
                            .arg(qs(toHex(anchor->hash)), qs(toHex(*m_opt.checkpoint))));
        // The node must serve the chain the index is pinned to.
        callOne(QStringLiteral("eth_getBlockByNumber"), {hexQuantity(anchor->number), false},
                [this](const nlohmann::json& r) {
                    const auto& a = *m_chain->anchor();
                    if (!m_verify.consensus && r.is_object()) {
                        // An index pinned before consensus checks: its engine from the anchor.
                        if (auto hdr = rpcjson::header(r)) {
                            auto detected = consensus::detectEngine(*hdr);
                            consensus::EngineConfig engine;
                            engine.kind = m_opt.engine ? *m_opt.engine : detected ? detected->kind : consensus::EngineKind::Pos;
                            if (m_opt.epoch) engine.epoch = *m_opt.epoch;
                            m_verify.consensus = engine;
                            m_chain->setConsensus(engine);
                        }
                    }
                    auto h = nodeHeader(r, m_verify.consensus);
                    if (!h || h->hash != a.hash)
                        return fail(QStringLiteral("%1 is pinned to block %2 %3, but the node at %4 serves %5 there: "
                                                   "another chain; use another index file")
                                        .arg(m_opt.dbPath)
                                        .arg(a.number)
                                        .arg(qs(toHex(a.hash)), m_rpc->endpoint().displayName(),
                                             h ? qs(toHex(h->hash)) : QStringLiteral("no such block")));
                    checkResume();
                });
        return;
    }
    auto pinFrom = [this](const nlohmann::json& r, const QString& source) {
        if (r.is_null()) {
            return fail(source == QLatin1String("checkpoint")
                            ? QStringLiteral("the node at %1 does not know the checkpoint block %2")
                                  .arg(m_rpc->endpoint().displayName(), qs(toHex(*m_opt.checkpoint)))
                            : QStringLiteral("the node at %1 has no genesis block").arg(m_rpc->endpoint().displayName()));
        }
        // The anchor decides the consensus engine (unless the user did), and with it
        // the hash rule the anchor itself is checked with.
        auto anchorHeader = rpcjson::header(r);
        if (!anchorHeader) return fail(QStringLiteral("the node at %1 sent a malformed block: %2")
                                           .arg(m_rpc->endpoint().displayName(), qs(anchorHeader.error().message())));
        if (!m_verify.consensus) {
            consensus::EngineConfig engine;
            if (m_opt.engine) {
                engine.kind = *m_opt.engine;
            } else {
                auto detected = consensus::detectEngine(*anchorHeader);
                if (!detected) return fail(QStringLiteral("consensus engine: %1").arg(qs(detected.error().message())));
                engine.kind = detected->kind;
            }
            if (m_opt.epoch) engine.epoch = *m_opt.epoch;
            m_verify.consensus = engine;
            m_chain->setConsensus(engine);
        }
        auto h = nodeHeader(r, m_verify.consensus);
        if (!h) return fail(QStringLiteral("the node at %1 sent a malformed block: %2")
                                .arg(m_rpc->endpoint().displayName(), qs(h.error().message())));
        if (h->hash != h->claimedHash)
            return fail(QStringLiteral("the node at %1 claims block %2 has hash %3, but its header hashes to %4")
                            .arg(m_rpc->endpoint().displayName())
                            .arg(h->number)
                            .arg(qs(toHex(h->claimedHash)), qs(toHex(h->hash))));
        if (m_opt.checkpoint && h->hash != *m_opt.checkpoint)
            return fail(QStringLiteral("the node at %1 answered the checkpoint %2 with block %3")
                            .arg(m_rpc->endpoint().displayName(), qs(toHex(*m_opt.checkpoint)), qs(toHex(h->hash))));
        if (IndexError e = m_chain->pin(Anchor{h->number, h->hash}, source, m_chainId); !e.ok()) return fail(e.message);
        checkResume();
    };
    if (m_opt.checkpoint)
        callOne(QStringLiteral("eth_getBlockByHash"), {toHex(*m_opt.checkpoint), false},
                [pinFrom](const nlohmann::json& r) { pinFrom(r, QStringLiteral("checkpoint")); });
    else
        callOne(QStringLiteral("eth_getBlockByNumber"), {"0x0", false},
                [pinFrom](const nlohmann::json& r) { pinFrom(r, QStringLiteral("genesis")); });
}

void SyncEngine::checkResume()
{
    const auto last = m_chain->lastNumber();
    m_progress.startedAt = m_chain->nextNumber();
    m_progress.indexedTo = last.value_or(0);
    if (!last) {
        m_nextFetch = m_chain->nextNumber();
        return refreshHead();
    }
    // The chain may have reorganised while we were away: compare our last block.
    walkBack(*last, *last + 1);
}

void SyncEngine::refreshHead()
{
    if (stopping()) return finish(Result::Cancelled, QStringLiteral("cancelled"));
    callOne(QStringLiteral("eth_blockNumber"), nlohmann::json::array(), [this](const nlohmann::json& r) {
        auto head = r.is_string() ? U256::fromHexQuantity(r.get<std::string>()) : std::nullopt;
        if (!head || !head->fitsUint64())
            return fail(QStringLiteral("eth_blockNumber at %1: not a block number").arg(m_rpc->endpoint().displayName()));
        const std::uint64_t h = head->low64();
        const std::uint64_t confirmed = h >= m_opt.confirmations ? h - m_opt.confirmations : 0;
        std::uint64_t target = m_opt.to ? std::min(*m_opt.to, confirmed) : confirmed;
        if (h < m_opt.confirmations && !m_chain->lastNumber() && m_chain->nextNumber() > 0) target = 0;
        const auto last = m_chain->lastNumber();
        if (m_opt.follow && last && *last <= target) {
            // While following, also catch reorganisations that did not lengthen the chain.
            const std::uint64_t lastNumber = *last;
            callOne(QStringLiteral("eth_getBlockByNumber"), {hexQuantity(lastNumber), false},
                    [this, lastNumber, target](const nlohmann::json& b) {
                        auto nh = b.is_null() ? bt::Result<NodeHeader>(Error(Errc::InvalidJson))
                                              : nodeHeader(b, m_verify.consensus);
                        if (!nh || nh->hash != m_chain->last()->hash) return walkBack(lastNumber, lastNumber + 1);
                        m_target = target;
                        m_haveTarget = true;
                        m_progress.phase = QStringLiteral("following");
                        pump();
                    });
            return;
        }
        m_target = target;
        m_haveTarget = true;
        m_progress.target = target;
        m_progress.phase = QStringLiteral("syncing");
        pump();
    });
}

void SyncEngine::pump()
{
    if (stopping()) {
        if (m_inFlightBatches == 0 && m_verifyingBatches == 0)
            finish(m_cancel ? Result::Cancelled : Result::Failed, QStringLiteral("cancelled"));
        return;
    }
    if (m_walkingBack || !m_haveTarget) return;
    m_progress.target = std::max(m_target, m_progress.target);
    const int maxBatches = std::max(2, m_opt.endpoint.maxInFlight);
    while (m_inFlightBatches < maxBatches && m_nextFetch <= m_target &&
           m_inFlightBlocks + m_ready.size() + m_unwritten < m_opt.maxBufferedBlocks &&
           m_bufferedBytes < m_opt.maxBufferedBytes) {
        const std::uint64_t count =
            std::min<std::uint64_t>(std::uint64_t(std::max(1, m_opt.blocksPerRequest)), m_target - m_nextFetch + 1);
        sendBatch(m_nextFetch, count);
        m_nextFetch += count;
    }
    if (m_inFlightBatches == 0 && m_verifyingBatches == 0 && m_ready.empty() && m_nextFetch > m_target) caughtUp();
}

void SyncEngine::sendBatch(std::uint64_t first, std::uint64_t count)
{
    std::vector<RpcCall> calls;
    calls.reserve(count * 2);
    for (std::uint64_t n = first; n < first + count; ++n) {
        calls.push_back({QStringLiteral("eth_getBlockByNumber"), {hexQuantity(n), true}});
        if (m_blockReceipts) calls.push_back({QStringLiteral("eth_getBlockReceipts"), {hexQuantity(n)}});
    }
    ++m_inFlightBatches;
    m_inFlightBlocks += count;
    const int generation = m_generation;
    const bool withReceipts = m_blockReceipts;
    const QString endpoint = m_rpc->endpoint().displayName();
    m_rpc->send(calls, [this, calls, first, count, generation, withReceipts, endpoint](const RpcReply& reply) {
        if (generation != m_generation) return;  // rolled back meanwhile
        // The request slot is free as soon as the answer is in: the node gets the next
        // request while this batch is parsed and verified on the pool.
        --m_inFlightBatches;
        if (!reply.error.ok()) {
            m_inFlightBlocks -= count;
            return fail(reply.error.toString());
        }
        ++m_verifyingBatches;
        VerifyOptions verify = m_verify;
        m_pool.start([this, body = reply.body, calls, first, count, generation, withReceipts, endpoint, verify] {
            auto res = std::make_shared<BatchResult>();
            res->generation = generation;
            res->first = first;
            res->count = count;
            std::vector<nlohmann::json> results;
            if (RpcError e = RpcClient::parseBatch(body, calls, endpoint, results); !e.ok()) {
                if (withReceipts && e.method == QLatin1String("eth_getBlockReceipts") && isMethodMissing(e))
                    res->receiptsMissing = true;
                else
                    res->error = e.toString();
            } else {
                const std::size_t stride = withReceipts ? 2 : 1;
                for (std::uint64_t i = 0; i < count && res->error.isEmpty(); ++i) {
                    const std::uint64_t n = first + i;
                    const nlohmann::json& block = results[i * stride];
                    if (block.is_null()) {
                        res->error = QStringLiteral("eth_getBlockByNumber at %1: the node has no block %2").arg(endpoint).arg(n);
                        break;
                    }
                    if (!withReceipts) {
                        res->blockJsons.push_back(block);
                        continue;
                    }
                    auto raw = rawBlockFromRpc(block, results[i * stride + 1]);
                    if (!raw) {
                        res->error = QStringLiteral("block %1 from %2 is malformed: %3").arg(n).arg(endpoint, qs(raw.error().message()));
                        break;
                    }
                    if (raw->claims.number != n) {
                        res->error = QStringLiteral("eth_getBlockByNumber at %1: asked for block %2, got block %3")
                                         .arg(endpoint)
                                         .arg(n)
                                         .arg(raw->claims.number.value_or(0));
                        break;
                    }
                    auto p = std::make_unique<Prepared>();
                    p->raw = std::move(raw).value();
                    p->verified = verifyBlock(p->raw, verify);
                    res->blocks.push_back(std::move(p));
                }
            }
            QMetaObject::invokeMethod(this, [this, res] {
                if (!res->blockJsons.empty() && res->error.isEmpty()) return sendReceiptsFallback(res);
                onBatchVerified(res);
            }, Qt::QueuedConnection);
        });
        pump();
    });
}

// eth_getBlockReceipts is missing (older nodes): one eth_getTransactionReceipt per
// transaction, batched per request.
void SyncEngine::sendReceiptsFallback(std::shared_ptr<BatchResult> partial)
{
    if (partial->generation != m_generation) return;
    std::vector<RpcCall> calls;
    std::vector<std::size_t> perBlock;
    for (const auto& b : partial->blockJsons) {
        const auto& txs = b["transactions"];
        perBlock.push_back(txs.is_array() ? txs.size() : 0);
        if (!txs.is_array()) continue;
        for (const auto& t : txs)
            calls.push_back({QStringLiteral("eth_getTransactionReceipt"), {t.is_object() ? t.value("hash", "") : ""}});
    }
    const QString endpoint = m_rpc->endpoint().displayName();
    const VerifyOptions verify = m_verify;
    auto assemble = [this, partial, perBlock, calls, endpoint, verify](const QByteArray& body) {
        m_pool.start([this, partial, perBlock, calls, endpoint, verify, body] {
            std::vector<nlohmann::json> results;
            if (!calls.empty()) {
                if (RpcError e = RpcClient::parseBatch(body, calls, endpoint, results); !e.ok()) partial->error = e.toString();
            }
            std::size_t at = 0;
            for (std::size_t i = 0; i < partial->blockJsons.size() && partial->error.isEmpty(); ++i) {
                nlohmann::json receipts = nlohmann::json::array();
                for (std::size_t k = 0; k < perBlock[i]; ++k) receipts.push_back(std::move(results[at++]));
                auto raw = rawBlockFromRpc(partial->blockJsons[i], receipts);
                const std::uint64_t n = partial->first + i;
                if (!raw) {
                    partial->error = QStringLiteral("block %1 from %2 is malformed: %3").arg(n).arg(endpoint, qs(raw.error().message()));
                    break;
                }
                if (raw->claims.number != n) {
                    partial->error = QStringLiteral("asked %1 for block %2, got block %3").arg(endpoint).arg(n).arg(raw->claims.number.value_or(0));
                    break;
                }
                auto p = std::make_unique<Prepared>();
                p->raw = std::move(raw).value();
                p->verified = verifyBlock(p->raw, verify);
                partial->blocks.push_back(std::move(p));
            }
            partial->blockJsons.clear();
            QMetaObject::invokeMethod(this, [this, partial] { onBatchVerified(partial); }, Qt::QueuedConnection);
        });
    };
    if (calls.empty()) return assemble(QByteArray());
    m_rpc->send(calls, [this, partial, assemble](const RpcReply& reply) {
        if (partial->generation != m_generation) return;
        if (!reply.error.ok()) {
            partial->error = reply.error.toString();
            partial->blockJsons.clear();
            return onBatchVerified(partial);
        }
        assemble(reply.body);
    });
}

void SyncEngine::onBatchVerified(std::shared_ptr<BatchResult> res)
{
    if (res->generation != m_generation) return;
    --m_verifyingBatches;
    m_inFlightBlocks -= res->count;
    if (res->receiptsMissing) {
        // Fetch the same blocks again, the old way.
        m_blockReceipts = false;
        sendBatch(res->first, res->count);
        return;
    }
    if (!res->error.isEmpty()) return fail(res->error);
    for (auto& p : res->blocks) {
        const std::uint64_t n = p->verified.number;
        m_bufferedBytes += p->raw.byteSize();
        m_ready.emplace(n, std::move(p));
    }
    drainWrites();
    if (!m_done) pump();
}

void SyncEngine::drainWrites()
{
    while (!m_ready.empty() && !m_done) {
        auto it = m_ready.begin();
        if (it->first != m_chain->nextNumber()) {
            if (it->first < m_chain->nextNumber()) {  // a duplicate after a rollback: drop it
                m_bufferedBytes -= it->second->raw.byteSize();
                m_ready.erase(it);
                continue;
            }
            break;
        }
        std::unique_ptr<Prepared> p = std::move(it->second);
        m_ready.erase(it);
        const bool accept = m_acceptBrokenLinkAt && *m_acceptBrokenLinkAt == p->verified.number;
        if (m_chain->link(p->raw, p->verified, accept) == ChainWriter::Outcome::ParentMismatch) {
            const std::uint64_t n = p->verified.number;
            m_parentMismatch = true;
            return walkBack(n - 1, n);
        }
        if (accept) m_acceptBrokenLinkAt.reset();
        ++m_progress.blocks;
        m_progress.transactions += p->verified.txs.size();
        for (const auto& t : p->verified.txs) m_progress.events += t.logs.size();
        if (!p->verified.ok()) ++m_progress.failedBlocks;
        m_progress.indexedTo = p->verified.number;
        m_unwrittenBytes.push_back(p->raw.byteSize());
        auto block = std::make_shared<SinkBlock>();
        block->raw = std::move(p->raw);
        block->verified = std::move(p->verified);
        ++m_unwritten;
        QMetaObject::invokeMethod(m_sink, [sink = m_sink, block] { sink->write(block); }, Qt::QueuedConnection);
    }
    if (m_inFlightBatches == 0 && m_verifyingBatches == 0 && m_ready.empty() && !flushSink()) return;
    emitProgress(false);
}

bool SyncEngine::flushSink()
{
    bool ok = false;
    QMetaObject::invokeMethod(m_sink, [&ok, sink = m_sink] { ok = sink->flush(); }, Qt::BlockingQueuedConnection);
    if (!ok) fail(m_sink->error());
    return ok;
}

// Looks for the newest block k at or below `k` where the node and the index agree.
// `mismatchAt` is the block whose parent did not match (or last + 1 when checking
// our last block against the node).
void SyncEngine::walkBack(std::uint64_t k, std::uint64_t mismatchAt)
{
    if (stopping()) return finish(Result::Cancelled, QStringLiteral("cancelled"));
    if (!m_walkingBack) {
        // Drop everything in flight: it belongs to a chain we may be leaving.
        m_walkingBack = true;
        ++m_generation;
        m_inFlightBatches = 0;
        m_verifyingBatches = 0;
        m_inFlightBlocks = 0;
        for (const auto& [n, p] : m_ready) m_bufferedBytes -= p->raw.byteSize();
        m_ready.clear();
        if (!flushSink()) return;
    }
    m_progress.phase = QStringLiteral("checking for a reorganisation");
    callOne(QStringLiteral("eth_getBlockByNumber"), {hexQuantity(k), false}, [this, k, mismatchAt](const nlohmann::json& r) {
        auto stored = m_chain->writer().block(k);
        if (!stored) return fail(QStringLiteral("%1: block %2 is missing from the index").arg(m_opt.dbPath).arg(k));
        auto nh = r.is_null() ? bt::Result<NodeHeader>(Error(Errc::InvalidJson, 0, "block", "absent"))
                              : nodeHeader(r, m_verify.consensus);
        const bool agree = nh && nh->hash == stored->hash;
        if (agree) {
            m_walkingBack = false;
            if (k + 1 == mismatchAt) {
                // No reorganisation: the node still has our block k. If a block came
                // with another parent, the node is inconsistent: fetch that block again
                // and index it with its failed parent link.
                m_nextFetch = mismatchAt;
                if (m_parentMismatch) m_acceptBrokenLinkAt = mismatchAt;
                m_parentMismatch = false;
                return refreshHead();
            }
            m_parentMismatch = false;
            const std::uint64_t dropped = m_chain->lastNumber().value_or(k) - k;
            m_progress.phase = QStringLiteral("rolling back");
            bool truncated = false;
            QMetaObject::invokeMethod(m_sink, [&truncated, k, sink = m_sink] { truncated = sink->truncateAbove(k); },
                                      Qt::BlockingQueuedConnection);
            if (!truncated) return fail(m_sink->error());
            if (IndexError e = m_chain->load(); !e.ok()) return fail(e.message);
            emit reorganised(quint64(k + dropped), quint64(k));
            m_progress.indexedTo = k;
            m_nextFetch = k + 1;
            return refreshHead();
        }
        const auto& anchor = m_chain->anchor();
        if (!anchor || k <= anchor->number)
            return fail(QStringLiteral("the node at %1 no longer serves the pinned checkpoint %2: it follows another chain")
                            .arg(m_rpc->endpoint().displayName(), anchor ? qs(toHex(anchor->hash)) : QString()));
        walkBack(k - 1, mismatchAt);
    });
}

void SyncEngine::caughtUp()
{
    if (!flushSink()) return;
    emitProgress(true);
    const bool reachedTo = m_opt.to && m_chain->lastNumber() && *m_chain->lastNumber() >= *m_opt.to;
    if (!m_opt.follow || reachedTo) {
        const auto last = m_chain->lastNumber();
        return finish(Result::Completed,
                      last ? QStringLiteral("indexed through block %1 (%2 blocks this run, %3 with failed checks)")
                                 .arg(*last)
                                 .arg(m_progress.blocks)
                                 .arg(m_progress.failedBlocks)
                           : QStringLiteral("nothing to index yet"));
    }
    m_progress.phase = QStringLiteral("following");
    m_pollTimer->start(m_opt.pollIntervalMs);
}

void SyncEngine::emitProgress(bool force)
{
    if (!force && m_sinceProgress.elapsed() < 250) return;
    m_sinceProgress.restart();
    const qint64 now = m_sinceStart.elapsed();
    m_rateWindow.emplace_back(now, m_progress.blocks);
    m_eventWindow.emplace_back(now, m_progress.events);
    while (m_rateWindow.size() > 2 && now - m_rateWindow.front().first > 10000) m_rateWindow.pop_front();
    while (m_eventWindow.size() > 2 && now - m_eventWindow.front().first > 10000) m_eventWindow.pop_front();
    const double span = double(now - m_rateWindow.front().first) / 1000.0;
    if (span > 0.2) {
        m_progress.blocksPerSecond = double(m_progress.blocks - m_rateWindow.front().second) / span;
        m_progress.eventsPerSecond = double(m_progress.events - m_eventWindow.front().second) / span;
    }
    const std::uint64_t remaining = m_progress.target > m_progress.indexedTo ? m_progress.target - m_progress.indexedTo : 0;
    m_progress.etaSeconds = m_progress.blocksPerSecond > 0 ? double(remaining) / m_progress.blocksPerSecond : -1;
    if (remaining == 0) m_progress.etaSeconds = 0;
    emit progressChanged(m_progress);
}

void SyncEngine::fail(const QString& message)
{
    if (m_done) return;
    // Keep every block already verified: the sink commits what it holds.
    if (m_sink && m_sink->error().isEmpty())
        QMetaObject::invokeMethod(m_sink, [sink = m_sink] { sink->flush(); }, Qt::BlockingQueuedConnection);
    finish(Result::Failed, message);
}

void SyncEngine::finish(Result r, QString message)
{
    if (m_done) return;
    if (m_sink && r != Result::Failed) {
        bool ok = false;
        QMetaObject::invokeMethod(m_sink, [&ok, sink = m_sink] { ok = sink->flush(); }, Qt::BlockingQueuedConnection);
        if (!ok) {
            r = Result::Failed;
            message = m_sink->error();
        }
    }
    stopSink();
    m_done = true;
    if (m_pollTimer) m_pollTimer->stop();
    m_progress.phase = r == Result::Completed ? QStringLiteral("done")
                       : r == Result::Cancelled ? QStringLiteral("cancelled")
                                                : QStringLiteral("failed");
    emitProgress(true);
    emit finished(r, message);
}

}  // namespace bt
