#include "registry_chain.h"

#include "anvil_node.h"
#include "codec/jcs.h"
#include "codec/keccak.h"
#include "sync/sync_engine.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

namespace bt::test {

using namespace bt::registry;

namespace {

RpcEndpoint endpointOf(const QUrl& url)
{
    RpcEndpoint e;
    e.url = url;
    e.timeoutMs = 20000;
    e.maxRetries = 0;
    return e;
}

PrivateKey devKey(int i) { return *fixedFromHex<32>(AnvilNode::devKey(i).toStdString()); }

}  // namespace

RegistryChain::RegistryChain(const QUrl& node) : m_url(node), m_rpc(endpointOf(node)), m_sender(m_rpc)
{
    m_funder = devKey(1);
}

bool RegistryChain::init()
{
    const SendError e = m_sender.init();
    m_error = e.message;
    return e.ok();
}

std::optional<Bytes> RegistryChain::artifactBytecode(QString& error)
{
    QFile f(QDir(QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"))).filePath(QStringLiteral("contracts/BatteryTraceRegistry.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        return std::nullopt;
    }
    const QJsonObject artifact = QJsonDocument::fromJson(f.readAll()).object();
    auto code = fromHex(artifact.value(QStringLiteral("bytecode")).toString().toStdString());
    if (!code || code->empty()) {
        error = QStringLiteral("%1: no bytecode").arg(f.fileName());
        return std::nullopt;
    }
    return *code;
}

std::optional<nlohmann::json> RegistryChain::send(const PrivateKey& from, const Bytes& data, const Address* to)
{
    TxRequest r;
    r.key = from;
    r.to = to ? *to : m_registry;
    r.data = data;
    r.gasLimit = 8'000'000;  // no estimate: a test wants the transaction even when it would revert
    SendError err;
    auto hashes = m_sender.send({r}, err);
    if (!hashes) {
        m_error = err.message;
        return std::nullopt;
    }
    auto receipts = m_sender.waitForReceipts(*hashes, err);
    if (!receipts) {
        m_error = err.message;
        return std::nullopt;
    }
    const auto& rec = receipts->front();
    if (rec.value("status", std::string()) != "0x1") {
        m_error = QStringLiteral("transaction reverted: %1").arg(QString::fromStdString(rec.dump()));
        return std::nullopt;
    }
    return rec;
}

QString RegistryChain::revertOf(const Address& from, const Bytes& data)
{
    auto r = m_rpc.batchRaw({{QStringLiteral("eth_call"),
                              {{{"from", toHex(from)}, {"to", toHex(m_registry)}, {"data", toHex(data)}}, "latest"}}});
    if (!r || r->empty()) return QStringLiteral("(no answer)");
    const auto& item = r->front();
    if (!item.contains("error")) return {};
    const auto& e = item["error"];
    if (e.contains("data") && e["data"].is_string())
        if (auto bytes = fromHex(e["data"].get<std::string>()))
            if (auto d = describeRevert(*bytes)) return QString::fromStdString(*d);
    return QString::fromStdString(e.dump());
}

std::optional<Address> RegistryChain::deploy(const PrivateKey& admin)
{
    m_admin = admin;
    auto code = artifactBytecode(m_error);
    if (!code) return std::nullopt;
    TxRequest r;
    r.key = admin;
    r.data = *code;
    r.gasLimit = 5'000'000;
    SendError err;
    auto h = m_sender.send({r}, err);
    auto rec = h ? m_sender.waitForReceipts(*h, err) : std::nullopt;
    if (!rec) {
        m_error = err.message;
        return std::nullopt;
    }
    auto a = fixedFromHex<20>(rec->front().value("contractAddress", std::string()));
    if (!a) {
        m_error = QStringLiteral("no contract address in the deployment receipt");
        return std::nullopt;
    }
    m_registry = *a;
    return *a;
}

std::optional<Party> RegistryChain::outsider(const std::string& label)
{
    Party p;
    p.key = keccak256(asBytes("batterytrace-domain-test/" + label));
    p.address = *addressOf(p.key);
    p.name = label;
    if (SendError e = m_sender.fund(m_funder, p.address, *U256::fromDecimal("10000000000000000000")); !e.ok()) {
        m_error = e.message;
        return std::nullopt;
    }
    return p;
}

std::optional<Party> RegistryChain::party(const std::string& label, Role role, const std::string& name,
                                          const std::string& country, const std::string& gln)
{
    auto p = outsider(label);
    if (!p) return std::nullopt;
    p->name = name;
    p->role = role;
    p->country = country;
    p->gln = gln;
    auto data = encodeRegisterParticipant(p->address, name, role, country, gln);
    if (!data) {
        m_error = QString::fromStdString(data.error().message());
        return std::nullopt;
    }
    if (!send(m_admin, *data)) return std::nullopt;
    return p;
}

std::optional<nlohmann::json> RegistryChain::record(const Party& from, EventKind kind, const std::string& document,
                                                    const RecordOptions& o)
{
    TraceEventInput in;
    in.kind = kind;
    in.hashScheme = *hashSchemeId(o.scheme);
    if (o.hash) {
        in.eventHash = *o.hash;
    } else {
        auto h = jcs::jcsSha256(document);
        if (!h) {
            m_error = QString::fromStdString(h.error().message());
            return std::nullopt;
        }
        in.eventHash = *h;
    }
    if (!o.isPrivate) in.document = document;
    return send(from.key, encodeRecordEvent(in), o.via ? o.via : nullptr);
}

std::optional<Address> RegistryChain::deployRelay(const PrivateKey& deployer)
{
    // Runtime: copy the calldata, CALL the registry with it (all gas, no value), copy the
    // return data, then RETURN it on success or REVERT with it on failure.
    Bytes rt;
    auto op = [&rt](std::initializer_list<std::uint8_t> b) { rt.insert(rt.end(), b); };
    op({0x36, 0x60, 0x00, 0x60, 0x00, 0x37});              // CALLDATACOPY(0, 0, CALLDATASIZE)
    op({0x60, 0x00, 0x60, 0x00, 0x36, 0x60, 0x00, 0x60, 0x00, 0x73});  // retSize retOff argSize argOff value, PUSH20
    rt.insert(rt.end(), m_registry.bytes.begin(), m_registry.bytes.end());
    op({0x5a, 0xf1});                                      // GAS CALL → success
    op({0x3d, 0x60, 0x00, 0x60, 0x00, 0x3e});              // RETURNDATACOPY(0, 0, RETURNDATASIZE)
    const std::uint8_t ok = static_cast<std::uint8_t>(rt.size() + 3 + 4);
    op({0x60, ok, 0x57});                                  // JUMPI ok if success
    op({0x3d, 0x60, 0x00, 0xfd});                          // REVERT(0, RETURNDATASIZE)
    op({0x5b, 0x3d, 0x60, 0x00, 0xf3});                    // ok: RETURN(0, RETURNDATASIZE)
    Bytes init;
    constexpr std::uint8_t kInitSize = 11;
    init.insert(init.end(), {0x60, static_cast<std::uint8_t>(rt.size()), 0x80, 0x60, kInitSize, 0x60, 0x00, 0x39, 0x60,
                             0x00, 0xf3});
    init.insert(init.end(), rt.begin(), rt.end());
    TxRequest r;
    r.key = deployer;
    r.data = init;
    r.gasLimit = 300'000;
    SendError err;
    auto h = m_sender.send({r}, err);
    auto rec = h ? m_sender.waitForReceipts(*h, err) : std::nullopt;
    if (!rec) {
        m_error = err.message;
        return std::nullopt;
    }
    auto a = fixedFromHex<20>(rec->front().value("contractAddress", std::string()));
    if (!a) return std::nullopt;
    return *a;
}

std::optional<std::uint64_t> RegistryChain::blockNumber()
{
    auto r = m_rpc.call(QStringLiteral("eth_blockNumber"));
    if (!r || !r->is_string()) return std::nullopt;
    return U256::fromHexQuantity(r->get<std::string>())->low64();
}

bool RegistryChain::sync(const QString& dbPath, std::optional<std::uint64_t> to)
{
    SyncOptions opt;
    opt.endpoint = endpointOf(m_url);
    opt.dbPath = dbPath;
    opt.to = to;
    QThread worker;
    auto* engine = new SyncEngine(opt);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(engine, &SyncEngine::finished, &loop, [&](SyncEngine::Result r, const QString& message) {
        ok = r == SyncEngine::Result::Completed;
        if (!ok) m_error = message;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, [&] {
        m_error = QStringLiteral("sync did not finish within 120 s");
        engine->requestCancel();
    });
    worker.start();
    QMetaObject::invokeMethod(engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    worker.quit();
    worker.wait();
    return ok;
}

}  // namespace bt::test
