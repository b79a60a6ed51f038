#include "chain_fixture.h"

#include "screenshot.h"

#include "codec/registry_abi.h"
#include "codec/signature.h"
#include "index/index_db.h"
#include "rpc/blocking_rpc.h"
#include "sim/tx_sender.h"
#include "sync/sync_engine.h"

#include <QCryptographicHash>

#include <algorithm>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cstdlib>
#include <ctime>

namespace bt::test {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

PrivateKey devKey(int i) { return *fixedFromHex<32>(AnvilNode::devKey(i).toStdString()); }
Address devAddress(int i) { return *addressOf(devKey(i)); }

RpcEndpoint endpoint(const QUrl& url)
{
    RpcEndpoint e;
    e.url = url;
    e.timeoutMs = 20000;
    e.maxRetries = 0;
    return e;
}

// Sends, waits for the receipts, records hashes and blocks; false with `error`.
bool sendAndWait(TxSender& sender, const std::vector<TxRequest>& reqs, ChainContent& out, QString& error,
                 std::vector<nlohmann::json>* receiptsOut = nullptr)
{
    SendError err;
    auto hashes = sender.send(reqs, err);
    if (!hashes) {
        error = err.message;
        return false;
    }
    auto receipts = sender.waitForReceipts(*hashes, err, 30000);
    if (!receipts) {
        error = err.message;
        return false;
    }
    for (std::size_t i = 0; i < hashes->size(); ++i) {
        const auto& r = (*receipts)[i];
        if (r.value("status", "") != "0x1") {
            error = QStringLiteral("transaction reverted: %1").arg(qs(r.dump()));
            return false;
        }
        out.transactions.push_back((*hashes)[i]);
        out.blocks.push_back(U256::fromHexQuantity(r["blockNumber"].get<std::string>()).value_or(U256(0)).low64());
    }
    if (receiptsOut) *receiptsOut = std::move(*receipts);
    return true;
}

TxRequest call(int key, const Address& to, Bytes data)
{
    TxRequest r;
    r.key = devKey(key);
    r.type = TxType::DynamicFee;
    r.to = to;
    r.data = std::move(data);
    r.gasLimit = 1'000'000;
    return r;
}

// EPCIS events as canonical JSON (keys sorted, no spaces): their JCS form is
// themselves, so their jcs-sha256 hash is the SHA-256 of these bytes. The shapes are
// the ones docs/data-model.md prescribes for each kind.
const char* const kOreCommissioned =
    R"({"action":"ADD","bizStep":"commissioning","epcList":["urn:epc:id:sgtin:6151234.000001.1001"],)"
    R"("eventTime":"2025-01-15T08:00:00.000Z","type":"ObjectEvent"})";
const char* const kOreRefined =
    R"({"bizStep":"commissioning","eventTime":"2025-02-03T10:30:00.000Z",)"
    R"("inputEPCList":["urn:epc:id:sgtin:6151234.000001.1001"],)"
    R"("outputEPCList":["urn:epc:id:sgtin:6431234.000002.2001"],"type":"TransformationEvent"})";

registry::TraceEventInput traceEvent(registry::EventKind kind, const std::string& doc)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromStdString(doc), QCryptographicHash::Sha256);
    Hash32 h;
    std::copy(digest.begin(), digest.end(), h.bytes.begin());
    return {kind, *registry::hashSchemeId(registry::kJcsSha256), h, doc};
}

}  // namespace

bool mineEmpty(const QUrl& node, std::uint64_t n, QString& error)
{
    // anvil (1.x) takes longer for each block the longer its chain already is (the
    // thousandth thousand takes about a thousand times as long as the first): mine in
    // chunks, so that no single call runs into the timeout, and keep chains short.
    constexpr std::uint64_t kChunk = 1000;
    RpcEndpoint e = endpoint(node);
    e.timeoutMs = 120000;
    BlockingRpc rpc(e);
    for (std::uint64_t done = 0; done < n;) {
        const std::uint64_t count = std::min(kChunk, n - done);
        if (!rpc.call(QStringLiteral("anvil_mine"), {U256(count).toHexQuantity()})) {
            error = QStringLiteral("%1 (after %2 of %3 blocks)").arg(rpc.lastError().toString()).arg(done).arg(n);
            return false;
        }
        done += count;
    }
    return true;
}

bool buildChain(AnvilNode& node, ChainContent& out, QString& error, std::uint64_t emptyBlocks)
{
    BlockingRpc rpc(endpoint(node.url()));
    TxSender sender(rpc);
    if (SendError e = sender.init(); !e.ok()) {
        error = e.message;
        return false;
    }
    // The registry, from its committed artifact.
    QFile f(QDir(QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"))).filePath(QStringLiteral("contracts/BatteryTraceRegistry.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot read %1").arg(f.fileName());
        return false;
    }
    const QJsonObject artifact = QJsonDocument::fromJson(f.readAll()).object();
    auto code = fromHex(artifact.value(QStringLiteral("bytecode")).toString().toStdString());
    if (!code) {
        error = QStringLiteral("the artifact's bytecode is not hex");
        return false;
    }
    TxRequest deploy;
    deploy.key = devKey(0);
    deploy.type = TxType::DynamicFee;
    deploy.data = *code;
    deploy.gasLimit = 8'000'000;
    std::vector<nlohmann::json> receipts;
    if (!sendAndWait(sender, {deploy}, out, error, &receipts)) return false;
    auto registry = fixedFromHex<20>(receipts[0].value("contractAddress", ""));
    if (!registry) {
        error = QStringLiteral("no contract address in %1").arg(qs(receipts[0].dump()));
        return false;
    }
    out.registry = *registry;
    out.miner = devAddress(1);

    // Participants: a cobalt mine and a refinery.
    auto mine = registry::encodeRegisterParticipant(devAddress(1), "Kolwezi Cobalt Mine", registry::Role::Miner, "CD",
                                                    "6151234000008");
    auto refinery = registry::encodeRegisterParticipant(devAddress(2), "Harjavalta Refinery", registry::Role::Refiner,
                                                        "FI", "6431234000001");
    if (!mine || !refinery) {
        error = QStringLiteral("cannot encode a participant");
        return false;
    }
    if (!sendAndWait(sender, {call(0, out.registry, *mine)}, out, error)) return false;
    if (!sendAndWait(sender, {call(0, out.registry, *refinery)}, out, error)) return false;

    // Events: the mine commissions an ore lot; the refinery transforms it.
    const auto ore = traceEvent(registry::EventKind::Commissioning, kOreCommissioned);
    const auto refined = traceEvent(registry::EventKind::Transformation, kOreRefined);
    if (!sendAndWait(sender, {call(1, out.registry, registry::encodeRecordEvent(ore))}, out, error)) return false;
    out.recordTx = out.transactions.back();
    out.recordBlock = out.blocks.back();
    if (!sendAndWait(sender, {call(2, out.registry, registry::encodeRecordEvent(refined))}, out, error)) return false;

    // Two plain transfers, legacy and EIP-1559, in one block each.
    TxRequest legacy;
    legacy.key = devKey(0);
    legacy.type = TxType::Legacy;
    legacy.to = devAddress(3);
    legacy.value = U256(1'000'000'000'000'000'000ULL);
    legacy.gasLimit = 21000;
    if (!sendAndWait(sender, {legacy}, out, error)) return false;
    TxRequest transfer = legacy;
    transfer.type = TxType::DynamicFee;
    transfer.key = devKey(3);
    transfer.to = devAddress(2);
    transfer.value = U256(250'000'000'000'000'000ULL);
    if (!sendAndWait(sender, {transfer}, out, error)) return false;
    out.transferTx = out.transactions.back();
    out.transferBlock = out.blocks.back();

    if (emptyBlocks > 0 && !mineEmpty(node.url(), emptyBlocks, error)) return false;
    auto head = rpc.call(QStringLiteral("eth_blockNumber"));
    if (!head) {
        error = rpc.lastError().toString();
        return false;
    }
    out.head = U256::fromHexQuantity(head->get<std::string>()).value_or(U256(0)).low64();
    return true;
}

bool syncIndex(const QUrl& node, const QString& dbPath, QString& error, int timeoutMs)
{
    SyncOptions opt;
    opt.endpoint = endpoint(node);
    opt.endpoint.maxRetries = 2;
    opt.dbPath = dbPath;
    QThread thread;
    auto* engine = new SyncEngine(opt);
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    QEventLoop loop;
    bool done = false;
    SyncEngine::Result result = SyncEngine::Result::Failed;
    QString message;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](SyncEngine::Result r, const QString& m) {
        done = true;
        result = r;
        message = m;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    thread.start();
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    if (!done) engine->requestCancel();
    thread.quit();
    thread.wait();
    if (!done) {
        error = QStringLiteral("the sync did not finish within %1 s").arg(timeoutMs / 1000);
        return false;
    }
    if (result != SyncEngine::Result::Completed) {
        error = message;
        return false;
    }
    return true;
}

std::optional<IndexStatus> readStatus(const QString& dbPath, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadOnly); !e.ok()) {
        error = e.message;
        return std::nullopt;
    }
    IndexStatus st;
    if (IndexError e = IndexReader(db).status(st); !e.ok()) {
        error = e.message;
        return std::nullopt;
    }
    return st;
}

std::optional<std::vector<StoredFailure>> readFailures(const QString& dbPath, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadOnly); !e.ok()) {
        error = e.message;
        return std::nullopt;
    }
    std::vector<StoredFailure> out;
    if (IndexError e = IndexReader(db).failures(out); !e.ok()) {
        error = e.message;
        return std::nullopt;
    }
    return out;
}

std::optional<QString> queryValue(const QString& dbPath, const QString& sql, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadOnly); !e.ok()) {
        error = e.message;
        return std::nullopt;
    }
    QSqlQuery q(db.db());
    if (!q.exec(sql) || !q.next()) {
        error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return std::nullopt;
    }
    const QVariant v = q.value(0);
    if (v.typeId() == QMetaType::QByteArray) return QStringLiteral("0x") + QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

bool execSql(const QString& dbPath, const QStringList& statements, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadWrite); !e.ok()) {
        error = e.message;
        return false;
    }
    QSqlQuery q(db.db());
    for (const QString& s : statements)
        if (!q.exec(s)) {
            error = QStringLiteral("%1: %2").arg(s, q.lastError().text());
            return false;
        }
    return true;
}

bool corruptHeaderByte(const QString& dbPath, std::uint64_t number, int offset, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadWrite); !e.ok()) {
        error = e.message;
        return false;
    }
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("SELECT header_rlp FROM blocks WHERE number = ?"));
    q.addBindValue(qlonglong(number));
    if (!q.exec() || !q.next()) {
        error = QStringLiteral("no block %1").arg(number);
        return false;
    }
    QByteArray rlp = q.value(0).toByteArray();
    q.finish();
    if (offset >= rlp.size()) {
        error = QStringLiteral("block %1's header has only %2 bytes").arg(number).arg(rlp.size());
        return false;
    }
    rlp[offset] = char(rlp[offset] ^ 0x01);
    q.prepare(QStringLiteral("UPDATE blocks SET header_rlp = ? WHERE number = ?"));
    q.addBindValue(rlp);
    q.addBindValue(qlonglong(number));
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    return true;
}

bool corruptSender(const QString& dbPath, std::uint64_t number, int txIndex, QString& error)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadWrite); !e.ok()) {
        error = e.message;
        return false;
    }
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral("UPDATE transactions SET sender = ? WHERE block_number = ? AND tx_index = ?"));
    q.addBindValue(QByteArray(20, '\x11'));
    q.addBindValue(qlonglong(number));
    q.addBindValue(txIndex);
    if (!q.exec() || q.numRowsAffected() != 1) {
        error = QStringLiteral("no transaction %1 in block %2: %3").arg(txIndex).arg(number).arg(q.lastError().text());
        return false;
    }
    return true;
}

bool makeSyntheticIndex(const QString& dbPath, std::uint64_t rows, QString& error, std::uint64_t failedEvery)
{
    IndexDb db;
    if (IndexError e = db.open(dbPath, IndexDb::Mode::Create); !e.ok()) {
        error = e.message;
        return false;
    }
    const QString failed = failedEvery ? QStringLiteral("CASE WHEN n % %1 = %1 - 1 THEN 1 ELSE 0 END").arg(failedEvery)
                                       : QStringLiteral("0");
    QStringList statements{
        QStringLiteral("BEGIN"),
        QStringLiteral("INSERT INTO blocks(number, hash, parent_hash, timestamp, miner, gas_used, gas_limit, base_fee, "
                       "tx_count, log_count, status, header_rlp) "
                       "WITH RECURSIVE c(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM c WHERE n < %1) "
                       "SELECT n, randomblob(32), randomblob(32), 1735689600 + n * 12, zeroblob(20), 21000 * (n % 7), "
                       "30000000, '7', n % 7, 0, %2, x'c0' FROM c")
            .arg(rows - 1)
            .arg(failed),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('anchor_number', '0'), ('anchor_source', 'genesis'), "
                       "('chain_id', '31337')"),
        QStringLiteral("INSERT INTO meta(key, value) SELECT 'anchor_hash', '0x' || lower(hex(hash)) FROM blocks "
                       "WHERE number = 0"),
    };
    if (failedEvery)
        statements << QStringLiteral("INSERT INTO failures(block_number, tx_index, check_name, detail) "
                                     "SELECT number, NULL, 'receipts-root', 'made up for the test' FROM blocks "
                                     "WHERE status = 1");
    statements << QStringLiteral("COMMIT");
    QSqlQuery q(db.db());
    for (const QString& s : statements)
        if (!q.exec(s)) {
            error = QStringLiteral("%1: %2").arg(s.left(80), q.lastError().text());
            return false;
        }
    return true;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

namespace {
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}
}  // namespace

Heartbeat::Heartbeat(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuUs();
        m_maxGap = std::max(m_maxGap, now - m_last);
        m_maxBusy = std::max(m_maxBusy, (cpu - m_lastCpuUs) / 1000);
        m_last = now;
        m_lastCpuUs = cpu;
        ++m_ticks;
    });
}

double Heartbeat::loadPerCpu()
{
    double load[1] = {0};
    if (getloadavg(load, 1) != 1) return 0;
    return load[0] / std::max(1, QThread::idealThreadCount());
}

void Heartbeat::start()
{
    m_clock.start();
    m_last = 0;
    m_lastCpuUs = threadCpuUs();
    m_maxGap = 0;
    m_maxBusy = 0;
    m_ticks = 0;
    m_timer.start();
}

void Heartbeat::stop() { m_timer.stop(); }

void Heartbeat::pause() { m_timer.stop(); }

void Heartbeat::resume()
{
    m_last = m_clock.elapsed();
    m_lastCpuUs = threadCpuUs();
    m_timer.start();
}

QString shoot(QWidget* widget, const QString& name)
{
    // Let layouts settle and pages that were just asked for arrive.
    QTest::qWait(150);
    const QString path = saveScreenshot(widget, name);
    if (path.isEmpty()) qWarning("cannot write screenshot %s in %s", qPrintable(name), qPrintable(screenshotDir()));
    return path;
}

}  // namespace bt::test
