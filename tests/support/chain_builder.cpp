#include "chain_builder.h"

#include "anvil_node.h"
#include "codec/keccak.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <map>

namespace bt::test {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

void push32(Bytes& code, const Hash32& h)
{
    code.push_back(0x7f);  // PUSH32
    code.insert(code.end(), h.bytes.begin(), h.bytes.end());
}

}  // namespace

QString castPath()
{
    if (const QByteArray env = qgetenv("BT_CAST"); !env.isEmpty()) return QString::fromLocal8Bit(env);
    const QString src = QString::fromLocal8Bit(qgetenv("BT_SOURCE_DIR"));
    return QDir(src).filePath(QStringLiteral("scripts/npm/node_modules/.bin/cast"));
}

ChainBuilder::ChainBuilder(const QUrl& node)
    : m_rpc([&] {
          RpcEndpoint e;
          e.url = node;
          e.timeoutMs = 20000;
          e.maxRetries = 0;  // a test wants to see the node's first answer
          return e;
      }()),
      m_sender(m_rpc)
{
}

bool ChainBuilder::init()
{
    SendError e = m_sender.init();
    m_error = e.message;
    return e.ok();
}

PrivateKey ChainBuilder::devKey(int i)
{
    return *fixedFromHex<32>(AnvilNode::devKey(i).toStdString());
}

Address ChainBuilder::devAddress(int i) { return *addressOf(devKey(i)); }

PrivateKey ChainBuilder::labelKey(std::string_view label) { return keccak256(asBytes(label)); }

Hash32 ChainBuilder::logTopic() { return keccak256(asBytes("BatteryTraceTest(bytes,address)")); }

Hash32 ChainBuilder::logTopic2() { return keccak256(asBytes("Mark(uint256,address)")); }

// Every call: copies the calldata to memory, emits
//   log0(calldata)
//   log2(calldata, logTopic(), caller)
//   log3("", logTopic2(), block number, tx origin)
// and increments the counter in slot 0 (so that an access list naming slot 0 is used).
Bytes ChainBuilder::logEmitterRuntime()
{
    Bytes c;
    auto op = [&c](std::initializer_list<std::uint8_t> bytes) { c.insert(c.end(), bytes); };
    op({0x36});              // CALLDATASIZE                      [cds]
    op({0x60, 0x00});        // PUSH1 0     (calldata offset)     [0, cds]
    op({0x60, 0x00});        // PUSH1 0     (memory offset)       [0, 0, cds]
    op({0x37});              // CALLDATACOPY mem[0:cds] = calldata
    op({0x36});              // CALLDATASIZE (log size)           [cds]
    op({0x60, 0x00});        // PUSH1 0     (log offset)          [0, cds]
    op({0xa0});              // LOG0        log0(mem[0:cds])
    op({0x33});              // CALLER      (topic1)              [caller]
    push32(c, logTopic());   // PUSH32 T1   (topic0)              [T1, caller]
    op({0x36});              // CALLDATASIZE (log size)           [cds, T1, caller]
    op({0x60, 0x00});        // PUSH1 0     (log offset)          [0, cds, T1, caller]
    op({0xa2});              // LOG2        log2(mem[0:cds], T1, caller)
    op({0x32});              // ORIGIN      (topic2)              [origin]
    op({0x43});              // NUMBER      (topic1)              [number, origin]
    push32(c, logTopic2());  // PUSH32 T2   (topic0)              [T2, number, origin]
    op({0x60, 0x00});        // PUSH1 0     (log size)            [0, T2, number, origin]
    op({0x60, 0x00});        // PUSH1 0     (log offset)          [0, 0, T2, number, origin]
    op({0xa3});              // LOG3        log3("", T2, number, origin)
    op({0x60, 0x00});        // PUSH1 0     (slot)                [0]
    op({0x54});              // SLOAD                             [counter]
    op({0x60, 0x01});        // PUSH1 1                           [1, counter]
    op({0x01});              // ADD                               [counter + 1]
    op({0x60, 0x00});        // PUSH1 0     (slot)                [0, counter + 1]
    op({0x55});              // SSTORE      slot0 = counter + 1
    op({0x00});              // STOP
    return c;
}

// Constructor: emits one empty log0 (a contract creation with a log), then returns
// the runtime code, which follows the init code.
Bytes ChainBuilder::logEmitterInitCode()
{
    const Bytes runtime = logEmitterRuntime();
    Q_ASSERT(runtime.size() < 256);
    Bytes c;
    auto op = [&c](std::initializer_list<std::uint8_t> bytes) { c.insert(c.end(), bytes); };
    op({0x60, 0x00});  // PUSH1 0    (log size)
    op({0x60, 0x00});  // PUSH1 0    (log offset)
    op({0xa0});        // LOG0       log0("")
    constexpr std::uint8_t kInitSize = 5 + 11;  // this prologue + the 11 bytes below
    op({0x60, std::uint8_t(runtime.size())});  // PUSH1 len                     [len]
    op({0x80});                                // DUP1                          [len, len]
    op({0x60, kInitSize});                     // PUSH1 offset of the runtime   [off, len, len]
    op({0x60, 0x00});                          // PUSH1 0 (memory offset)       [0, off, len, len]
    op({0x39});                                // CODECOPY mem[0:len] = code[off:off+len]   [len]
    op({0x60, 0x00});                          // PUSH1 0                       [0, len]
    op({0xf3});                                // RETURN mem[0:len]
    Q_ASSERT(c.size() == kInitSize);
    c.insert(c.end(), runtime.begin(), runtime.end());
    return c;
}

std::optional<nlohmann::json> ChainBuilder::call(const QString& method, nlohmann::json params)
{
    auto r = m_rpc.call(method, std::move(params));
    if (!r) m_error = m_rpc.lastError().toString();
    return r;
}

std::optional<std::uint64_t> ChainBuilder::blockNumber()
{
    auto r = call(QStringLiteral("eth_blockNumber"));
    if (!r || !r->is_string()) {
        if (r) m_error = QStringLiteral("eth_blockNumber: not a quantity");
        return std::nullopt;
    }
    return U256::fromHexQuantity(r->get<std::string>()).value_or(U256(0)).low64();
}

bool ChainBuilder::mineEmpty(std::uint64_t n)
{
    return call(QStringLiteral("anvil_mine"), {U256(n).toHexQuantity()}).has_value();
}

std::optional<SentTx> ChainBuilder::waitMined(const Hash32& hash, TxType type, const Address& from)
{
    SendError err;
    auto receipts = m_sender.waitForReceipts({hash}, err, 30000);
    if (!receipts) {
        m_error = err.message;
        return std::nullopt;
    }
    SentTx t;
    t.hash = hash;
    t.type = type;
    t.from = from;
    t.receipt = (*receipts)[0];
    const auto& r = t.receipt;
    if (!r.is_object() || !r.contains("blockNumber") || !r["blockNumber"].is_string()) {
        m_error = QStringLiteral("receipt of %1 has no block number").arg(qs(toHex(hash)));
        return std::nullopt;
    }
    t.block = U256::fromHexQuantity(r["blockNumber"].get<std::string>()).value_or(U256(0)).low64();
    if (r.value("status", "") != "0x1") {
        m_error = QStringLiteral("transaction %1 (type %2) reverted: %3")
                      .arg(qs(toHex(hash)))
                      .arg(int(type))
                      .arg(qs(r.dump()));
        return std::nullopt;
    }
    return t;
}

std::optional<SentTx> ChainBuilder::sendOne(const TxRequest& req)
{
    SendError err;
    auto hashes = m_sender.send({req}, err);
    if (!hashes) {
        m_error = err.message;
        return std::nullopt;
    }
    return waitMined((*hashes)[0], req.type, *addressOf(req.key));
}

std::optional<SentTx> ChainBuilder::legacyUnprotected(const Address& to)
{
    TxRequest r;
    r.key = devKey(0);
    r.type = TxType::Legacy;
    r.eip155 = false;
    r.to = to;
    r.value = U256(1'000'000'000'000'000ull);
    r.gasLimit = 21000;
    return sendOne(r);
}

std::optional<SentTx> ChainBuilder::legacyEip155(const Address& to)
{
    TxRequest r;
    r.key = devKey(0);
    r.type = TxType::Legacy;
    r.eip155 = true;
    r.to = to;
    r.value = U256(2'000'000'000'000'000ull);
    r.gasLimit = 21000;
    return sendOne(r);
}

std::optional<SentTx> ChainBuilder::accessList(const Address& contract, const Bytes& data)
{
    TxRequest r;
    r.key = devKey(1);
    r.type = TxType::AccessList;
    r.to = contract;
    r.data = data;
    r.gasLimit = 200000;
    Hash32 slot0;
    Hash32 slot1;
    slot1.bytes[31] = 1;
    r.accessList.push_back(AccessListEntry{contract, {slot0, slot1}});
    return sendOne(r);
}

std::optional<SentTx> ChainBuilder::dynamicFee(const Address& to, const Bytes& data)
{
    TxRequest r;
    r.key = devKey(2);
    r.type = TxType::DynamicFee;
    r.to = to;
    r.data = data;
    r.value = U256(3);
    r.gasLimit = data.empty() ? 21000 : 200000;
    return sendOne(r);
}

std::optional<SentTx> ChainBuilder::setCode(const PrivateKey& authority, const Address& delegate, const Bytes& data)
{
    auto authorityAddress = addressOf(authority);
    if (!authorityAddress) {
        m_error = QStringLiteral("invalid authority key");
        return std::nullopt;
    }
    auto n = call(QStringLiteral("eth_getTransactionCount"), {toHex(*authorityAddress), "latest"});
    if (!n || !n->is_string()) {
        if (n) m_error = QStringLiteral("eth_getTransactionCount: not a quantity");
        return std::nullopt;
    }
    Authorization a;
    a.chainId = chainId();
    a.address = delegate;
    a.nonce = U256::fromHexQuantity(n->get<std::string>()).value_or(U256(0)).low64();
    auto sig = sign(a.signingHash(), authority);
    if (!sig) {
        m_error = QStringLiteral("signing the authorization failed");
        return std::nullopt;
    }
    a.yParity = U256(sig->yParity);
    a.r = sig->r;
    a.s = sig->s;
    if (auto back = a.recoverAuthority(); !back || *back != *authorityAddress) {
        m_error = QStringLiteral("the signed authorization does not recover its authority");
        return std::nullopt;
    }
    TxRequest r;
    r.key = devKey(1);
    r.type = TxType::SetCode;
    r.to = *authorityAddress;
    r.data = data;
    r.authorizations.push_back(a);
    r.gasLimit = 300000;  // eth_estimateGas would not count the authorization
    return sendOne(r);
}

std::optional<SentTx> ChainBuilder::blobViaCast(const QByteArray& payload, const QString& workDir)
{
    const QString bin = castPath();
    if (!QFileInfo(bin).isExecutable()) {
        m_error = QStringLiteral("cast not found at %1 (run scripts/install-deps --test)").arg(bin);
        return std::nullopt;
    }
    const QString path = QDir(workDir).filePath(QStringLiteral("blob.bin"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(payload) != payload.size()) {
        m_error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    // --async: print the hash and return; the receipt is read with our own client.
    p.start(bin, {QStringLiteral("send"), QStringLiteral("--async"), QStringLiteral("--blob"), QStringLiteral("--path"),
                  path, QStringLiteral("--rpc-url"), m_rpc.endpoint().url.toString(), QStringLiteral("--private-key"),
                  AnvilNode::devKey(3), qs(toHex(devAddress(0)))});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("cast send --blob failed (exit %1): %2")
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed());
        p.kill();
        p.waitForFinished(5000);
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    auto hash = fixedFromHex<32>(out.section(u'\n', -1).trimmed().toStdString());
    if (!hash) {
        m_error = QStringLiteral("cast send --blob printed no transaction hash: %1").arg(out);
        return std::nullopt;
    }
    return waitMined(*hash, TxType::Blob, devAddress(3));
}

std::optional<Address> ChainBuilder::deployLogEmitter()
{
    TxRequest r;
    r.key = devKey(0);
    r.type = TxType::DynamicFee;
    r.data = logEmitterInitCode();
    r.gasLimit = 300000;
    auto t = sendOne(r);
    if (!t) return std::nullopt;
    const auto& ca = t->receipt["contractAddress"];
    auto a = ca.is_string() ? fixedFromHex<20>(ca.get<std::string>()) : bt::Result<Address>(Error(Errc::InvalidJson));
    if (!a) {
        m_error = QStringLiteral("the deployment's receipt has no contract address");
        return std::nullopt;
    }
    auto code = call(QStringLiteral("eth_getCode"), {toHex(*a), "latest"});
    if (!code) return std::nullopt;
    if (!code->is_string() || code->get<std::string>() != toHex(logEmitterRuntime())) {
        m_error = QStringLiteral("the deployed code is not the log emitter's runtime: %1").arg(qs(code->dump()));
        return std::nullopt;
    }
    return *a;
}

std::optional<SentTx> ChainBuilder::callLogEmitter(const Address& contract, const Bytes& data)
{
    TxRequest r;
    r.key = devKey(0);
    r.type = TxType::DynamicFee;
    r.to = contract;
    r.data = data;
    r.gasLimit = 200000;
    return sendOne(r);
}

std::optional<std::uint64_t> ChainBuilder::mineBlocksWithLogs(const Address& contract, int blocks, int txsPerBlock)
{
    if (!call(QStringLiteral("evm_setAutomine"), {false})) return std::nullopt;
    std::vector<Hash32> all;
    bool ok = true;
    for (int b = 0; b < blocks && ok; ++b) {
        std::vector<TxRequest> reqs;
        for (int i = 0; i < txsPerBlock; ++i) {
            TxRequest r;
            r.key = devKey(i % 3);
            r.type = TxType::DynamicFee;
            r.to = contract;
            const std::string text = "block " + std::to_string(b) + " tx " + std::to_string(i);
            r.data = Bytes(text.begin(), text.end());
            r.gasLimit = 200000;
            reqs.push_back(std::move(r));
        }
        SendError err;
        auto hashes = m_sender.send(reqs, err);
        if (!hashes) {
            m_error = err.message;
            ok = false;
            break;
        }
        all.insert(all.end(), hashes->begin(), hashes->end());
        if (!call(QStringLiteral("evm_mine"))) ok = false;
    }
    const bool restored = call(QStringLiteral("evm_setAutomine"), {true}).has_value();
    if (!ok || !restored) return std::nullopt;
    // Every transaction must have been mined, and each block must hold txsPerBlock.
    std::map<std::uint64_t, int> perBlock;
    for (std::size_t at = 0; at < all.size(); at += 500) {
        std::vector<Hash32> chunk(all.begin() + std::ptrdiff_t(at),
                                  all.begin() + std::ptrdiff_t(std::min(all.size(), at + 500)));
        SendError err;
        auto receipts = m_sender.waitForReceipts(chunk, err, 30000);
        if (!receipts) {
            m_error = err.message;
            return std::nullopt;
        }
        for (const auto& r : *receipts) {
            if (r.value("status", "") != "0x1") {
                m_error = QStringLiteral("a log emitter call reverted: %1").arg(qs(r.dump()));
                return std::nullopt;
            }
            ++perBlock[U256::fromHexQuantity(r["blockNumber"].get<std::string>()).value_or(U256(0)).low64()];
        }
    }
    for (const auto& [n, count] : perBlock) {
        if (count != txsPerBlock) {
            m_error = QStringLiteral("block %1 holds %2 of the calls, expected %3").arg(n).arg(count).arg(txsPerBlock);
            return std::nullopt;
        }
    }
    if (int(perBlock.size()) != blocks) {
        m_error = QStringLiteral("the calls landed in %1 blocks, expected %2").arg(perBlock.size()).arg(blocks);
        return std::nullopt;
    }
    return blocks > 0 ? std::optional<std::uint64_t>(perBlock.rbegin()->first) : blockNumber();
}

}  // namespace bt::test
