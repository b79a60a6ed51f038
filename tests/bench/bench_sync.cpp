// Sync benchmark (issue 3), one mode per process so that each has its own peak memory:
//
//   bench_sync setup --rpc URL [--blocks 500] [--txs 50]   put the chain on an anvil started with --no-mining
//   bench_sync sync  --rpc URL --db PATH                  BatteryTrace's verifying sync (SyncEngine)
//   bench_sync raw   --rpc URL --to N                     the node's serving rate: the same requests, answers read and dropped
//   bench_sync naive --rpc URL --db PATH --to N           an unverified indexer written the obvious way
//
// Each run mode prints one line: "<mode> blocks=<n> events=<n> seconds=<s> peak_rss_kb=<kb>".
// scripts/bench-sync runs them side by side, several rounds, and reports medians and ratios.
#include "codec/keccak.h"
#include "rpc/blocking_rpc.h"
#include "rpc/rpc_client.h"
#include "sim/tx_sender.h"
#include "sync/sync_engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace bt;

namespace {

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QString arg(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

void report(const char* mode, std::uint64_t blocks, std::uint64_t events, double seconds)
{
    std::printf("%s blocks=%llu events=%llu seconds=%.3f peak_rss_kb=%ld\n", mode, static_cast<unsigned long long>(blocks),
                static_cast<unsigned long long>(events), seconds, peakRssKb());
    std::fflush(stdout);
}

// A contract whose every call emits LOG1(topic, calldata): the shape of a registry event.
//   runtime: CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY PUSH32 topic CALLDATASIZE PUSH1 0 LOG1 STOP
//   init:    PUSH1 44 PUSH1 12 PUSH1 0 CODECOPY PUSH1 44 PUSH1 0 RETURN, then the runtime
Bytes logEmitterInitCode()
{
    const Hash32 topic = keccak256(asBytes("BenchEvent(bytes)"));
    Bytes runtime = {0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x7f};
    append(runtime, topic);
    for (int b : {0x36, 0x60, 0x00, 0xa1, 0x00}) runtime.push_back(static_cast<std::uint8_t>(b));
    Bytes init = {0x60, static_cast<std::uint8_t>(runtime.size()), 0x60, 0x0c, 0x60, 0x00, 0x39,
                  0x60, static_cast<std::uint8_t>(runtime.size()), 0x60, 0x00, 0xf3};
    append(init, runtime);
    return init;
}

int setup(const QStringList& args)
{
    const int blocks = arg(args, QStringLiteral("--blocks"), QStringLiteral("500")).toInt();
    const int txs = arg(args, QStringLiteral("--txs"), QStringLiteral("50")).toInt();
    RpcEndpoint ep;
    ep.url = QUrl(arg(args, QStringLiteral("--rpc")));
    BlockingRpc rpc(ep);
    TxSender sender(rpc);
    if (auto e = sender.init(); !e.ok()) return std::fprintf(stderr, "%s\n", qPrintable(e.message)), 1;
    PrivateKey key = *fixedFromHex<32>("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    SendError err;
    TxRequest deploy;
    deploy.key = key;
    deploy.data = logEmitterInitCode();
    deploy.gasLimit = 200000;
    auto h = sender.send({deploy}, err);
    if (!h || !rpc.call(QStringLiteral("evm_mine"))) return std::fprintf(stderr, "deploy: %s\n", qPrintable(err.message)), 1;
    auto rec = sender.waitForReceipts(*h, err);
    if (!rec) return std::fprintf(stderr, "deploy: %s\n", qPrintable(err.message)), 1;
    auto contract = fixedFromHex<20>((*rec)[0]["contractAddress"].get<std::string>());
    for (int b = 0; b < blocks; ++b) {
        std::vector<TxRequest> reqs;
        for (int t = 0; t < txs; ++t) {
            TxRequest r;
            r.key = key;
            r.to = *contract;
            r.gasLimit = 60000;
            // ~200 bytes, like an event reference with a hash and an id
            const std::string payload = "{\"event\":" + std::to_string(b * txs + t) +
                                        ",\"kind\":\"ObjectEvent\",\"bizStep\":\"shipping\",\"hash\":\"" +
                                        toHex(keccak256(asBytes(std::to_string(t)))) + "\"}";
            r.data = Bytes(payload.begin(), payload.end());
            reqs.push_back(std::move(r));
        }
        if (!sender.send(reqs, err)) return std::fprintf(stderr, "block %d: %s\n", b, qPrintable(err.message)), 1;
        if (!rpc.call(QStringLiteral("evm_mine"))) return std::fprintf(stderr, "evm_mine: %s\n", qPrintable(rpc.lastError().toString())), 1;
    }
    auto head = rpc.call(QStringLiteral("eth_blockNumber"));
    std::printf("setup head=%s\n", head ? head->get<std::string>().c_str() : "?");
    return 0;
}

int runSync(const QStringList& args)
{
    SyncOptions opt;
    opt.endpoint.url = QUrl(arg(args, QStringLiteral("--rpc")));
    opt.dbPath = arg(args, QStringLiteral("--db"));
    QThread worker;
    auto* engine = new SyncEngine(opt);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    QEventLoop loop;
    SyncProgress last;
    bool ok = false;
    QObject::connect(engine, &SyncEngine::progressChanged, &loop, [&](const SyncProgress& p) { last = p; });
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](SyncEngine::Result r, const QString& m) {
        ok = r == SyncEngine::Result::Completed;
        if (!ok) std::fprintf(stderr, "sync: %s\n", qPrintable(m));
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    worker.start();
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    const double s = double(t.nsecsElapsed()) / 1e9;
    worker.quit();
    worker.wait();
    if (!ok) return 1;
    if (last.failedBlocks) std::fprintf(stderr, "sync: %llu blocks failed verification\n", static_cast<unsigned long long>(last.failedBlocks));
    report("sync", last.blocks, last.events, s);
    return 0;
}

// The same requests as the sync (batches of 8 blocks with receipts, 4 in flight),
// answers read and dropped: what the node can serve.
int runRaw(const QStringList& args)
{
    RpcEndpoint ep;
    ep.url = QUrl(arg(args, QStringLiteral("--rpc")));
    const std::uint64_t to = arg(args, QStringLiteral("--to")).toULongLong();
    RpcClient client(ep);
    QEventLoop loop;
    std::uint64_t next = 0, done = 0, events = 0;
    int inFlight = 0;
    std::function<void()> pump = [&] {
        while (inFlight < 4 && next <= to) {
            std::vector<RpcCall> calls;
            const std::uint64_t first = next;
            for (; next <= to && next < first + 8; ++next) {
                calls.push_back({QStringLiteral("eth_getBlockByNumber"), {U256(next).toHexQuantity(), true}});
                calls.push_back({QStringLiteral("eth_getBlockReceipts"), {U256(next).toHexQuantity()}});
            }
            ++inFlight;
            const std::uint64_t count = next - first;
            client.send(calls, [&, count](const RpcReply& r) {
                --inFlight;
                if (!r.error.ok()) {
                    std::fprintf(stderr, "raw: %s\n", qPrintable(r.error.toString()));
                    loop.exit(1);
                    return;
                }
                events += std::uint64_t(r.body.count("\"logIndex\""));  // rough, for the events/s column
                done += count;
                if (done == to + 1) loop.quit();
                else pump();
            });
        }
    };
    QElapsedTimer t;
    t.start();
    pump();
    if (loop.exec() != 0) return 1;
    report("raw", done, events, double(t.nsecsElapsed()) / 1e9);
    return 0;
}

// The obvious unverified indexer: one block at a time, block then receipts, every row
// inserted, one transaction per block. No hashing, no signatures, no roots.
int runNaive(const QStringList& args)
{
    RpcEndpoint ep;
    ep.url = QUrl(arg(args, QStringLiteral("--rpc")));
    const std::uint64_t to = arg(args, QStringLiteral("--to")).toULongLong();
    BlockingRpc rpc(ep);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("naive"));
    db.setDatabaseName(arg(args, QStringLiteral("--db")));
    if (!db.open()) return 1;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("CREATE TABLE blocks(number INTEGER PRIMARY KEY, hash TEXT, parent TEXT, ts INTEGER)"));
    q.exec(QStringLiteral("CREATE TABLE txs(hash TEXT PRIMARY KEY, block INTEGER, idx INTEGER, sender TEXT, recipient TEXT, input TEXT)"));
    q.exec(QStringLiteral("CREATE TABLE logs(block INTEGER, idx INTEGER, address TEXT, topic0 TEXT, data TEXT)"));
    QElapsedTimer t;
    t.start();
    std::uint64_t events = 0;
    for (std::uint64_t n = 0; n <= to; ++n) {
        auto block = rpc.call(QStringLiteral("eth_getBlockByNumber"), {U256(n).toHexQuantity(), true});
        auto receipts = rpc.call(QStringLiteral("eth_getBlockReceipts"), {U256(n).toHexQuantity()});
        if (!block || !receipts) return std::fprintf(stderr, "naive: %s\n", qPrintable(rpc.lastError().toString())), 1;
        db.transaction();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO blocks VALUES(?,?,?,?)"));
        ins.addBindValue(qlonglong(n));
        ins.addBindValue(QString::fromStdString((*block)["hash"].get<std::string>()));
        ins.addBindValue(QString::fromStdString((*block)["parentHash"].get<std::string>()));
        ins.addBindValue(QString::fromStdString((*block)["timestamp"].get<std::string>()));
        ins.exec();
        int i = 0;
        for (const auto& tx : (*block)["transactions"]) {
            QSqlQuery it(db);
            it.prepare(QStringLiteral("INSERT INTO txs VALUES(?,?,?,?,?,?)"));
            it.addBindValue(QString::fromStdString(tx["hash"].get<std::string>()));
            it.addBindValue(qlonglong(n));
            it.addBindValue(i++);
            it.addBindValue(QString::fromStdString(tx["from"].get<std::string>()));
            it.addBindValue(tx["to"].is_null() ? QString() : QString::fromStdString(tx["to"].get<std::string>()));
            it.addBindValue(QString::fromStdString(tx["input"].get<std::string>()));
            it.exec();
        }
        for (const auto& r : *receipts) {
            for (const auto& log : r["logs"]) {
                QSqlQuery il(db);
                il.prepare(QStringLiteral("INSERT INTO logs VALUES(?,?,?,?,?)"));
                il.addBindValue(qlonglong(n));
                il.addBindValue(QString::fromStdString(log["logIndex"].get<std::string>()));
                il.addBindValue(QString::fromStdString(log["address"].get<std::string>()));
                il.addBindValue(log["topics"].empty() ? QString() : QString::fromStdString(log["topics"][0].get<std::string>()));
                il.addBindValue(QString::fromStdString(log["data"].get<std::string>()));
                il.exec();
                ++events;
            }
        }
        db.commit();
    }
    report("naive", to + 1, events, double(t.nsecsElapsed()) / 1e9);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.size() > 1 ? args[1] : QString();
    if (mode == QLatin1String("setup")) return setup(args);
    if (mode == QLatin1String("sync")) return runSync(args);
    if (mode == QLatin1String("raw")) return runRaw(args);
    if (mode == QLatin1String("naive")) return runNaive(args);
    std::fprintf(stderr, "usage: bench_sync setup|sync|raw|naive --rpc URL [--db PATH] [--to N] [--blocks N] [--txs N]\n");
    return 2;
}
