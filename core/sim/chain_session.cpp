#include "sim/chain_session.h"

#include "codec/registry_abi.h"
#include "codec/rpc_json.h"

#include <QElapsedTimer>
#include <QThread>

namespace bt::sim {

namespace {

constexpr std::size_t kMaxRequestBytes = 700'000;

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::uint64_t quantity(const nlohmann::json& j)
{
    if (!j.is_string()) return 0;
    return U256::fromHexQuantity(j.get<std::string>()).value_or(U256(0)).low64();
}

bool hasResult(const nlohmann::json& item) { return item.is_object() && item.contains("result") && !item.contains("error"); }

QString errorOf(const nlohmann::json& item)
{
    if (item.is_object() && item.contains("error")) return explainSendError(item["error"]);
    return QStringLiteral("no answer");
}

}  // namespace

ChainSession::ChainSession(BlockingRpc& rpc) : m_rpc(rpc), m_sender(rpc) {}

QString ChainSession::connect()
{
    auto r = m_rpc.batchRaw({{QStringLiteral("eth_chainId"), nlohmann::json::array()},
                             {QStringLiteral("eth_getBlockByNumber"), {"latest", false}},
                             {QStringLiteral("web3_clientVersion"), nlohmann::json::array()}});
    if (!r) return m_rpc.lastError().toString();
    if (!hasResult((*r)[0]) || !(*r)[0]["result"].is_string())
        return QStringLiteral("%1 did not answer eth_chainId: %2").arg(m_rpc.endpoint().displayName(), errorOf((*r)[0]));
    m_node.chainId = U256::fromHexQuantity((*r)[0]["result"].get<std::string>()).value_or(U256(0));
    if (!hasResult((*r)[1]) || !(*r)[1]["result"].is_object())
        return QStringLiteral("%1 did not answer eth_getBlockByNumber: %2").arg(m_rpc.endpoint().displayName(), errorOf((*r)[1]));
    const auto& head = (*r)[1]["result"];
    m_node.headNumber = quantity(head.value("number", nlohmann::json()));
    m_node.headTime = static_cast<std::int64_t>(quantity(head.value("timestamp", nlohmann::json())));
    m_node.gasLimit = quantity(head.value("gasLimit", nlohmann::json()));
    if (hasResult((*r)[2]) && (*r)[2]["result"].is_string()) m_node.client = qs((*r)[2]["result"].get<std::string>());
    m_lastBlockTime = m_node.headTime;

    // Dev nodes tell whether they mine on every transaction; other nodes do not
    // know the method, and we then leave their mining alone.
    for (const char* method : {"anvil_getAutomine", "hardhat_getAutomine"}) {
        auto a = m_rpc.batchRaw({{QString::fromLatin1(method), nlohmann::json::array()}});
        if (a && hasResult((*a)[0]) && (*a)[0]["result"].is_boolean()) {
            m_node.devMining = true;
            m_automineWas = (*a)[0]["result"].get<bool>();
            break;
        }
    }
    return readFees();
}

QString ChainSession::refreshFees()
{
    const SendError e = m_sender.init();
    return e.ok() ? QString() : e.message;
}

QString ChainSession::readFees()
{
    if (QString e = refreshFees(); !e.isEmpty()) return e;
    auto b = m_rpc.call(QStringLiteral("eth_getBlockByNumber"), {"latest", false});
    if (!b || !b->is_object()) return m_rpc.lastError().toString();
    if (b->contains("baseFeePerGas") && (*b)["baseFeePerGas"].is_string())
        m_baseFee = U256::fromHexQuantity((*b)["baseFeePerGas"].get<std::string>()).value_or(U256(1'000'000'000));
    else
        m_baseFee = U256(1'000'000'000);
    m_node.gasLimit = quantity(b->value("gasLimit", nlohmann::json()));
    return {};
}

U256 ChainSession::maxCost(std::uint64_t gas) const
{
    const U256 fee = *U256::checkedAdd(*U256::checkedMul(m_baseFee, 2), m_sender.maxPriorityFee);
    return *U256::checkedMul(fee, gas);
}

QString ChainSession::takeClockControl()
{
    if (!m_node.devMining) return QStringLiteral("the node has no dev mining methods");
    auto r = m_rpc.call(QStringLiteral("evm_setAutomine"), {false});
    if (!r) return m_rpc.lastError().toString();
    m_clock = true;
    return {};
}

void ChainSession::releaseClockControl()
{
    if (!m_clock) return;
    m_clock = false;
    if (m_automineWas) m_rpc.call(QStringLiteral("evm_setAutomine"), {true});
}

std::optional<U256> ChainSession::balance(const Address& a, QString& error)
{
    auto r = m_rpc.call(QStringLiteral("eth_getBalance"), {toHex(a), "latest"});
    if (!r || !r->is_string()) {
        error = r ? QStringLiteral("eth_getBalance: not a quantity") : m_rpc.lastError().toString();
        return std::nullopt;
    }
    return U256::fromHexQuantity(r->get<std::string>());
}

std::optional<Bytes> ChainSession::code(const Address& a, QString& error)
{
    auto r = m_rpc.call(QStringLiteral("eth_getCode"), {toHex(a), "latest"});
    if (!r || !r->is_string()) {
        error = r ? QStringLiteral("eth_getCode: not hex") : m_rpc.lastError().toString();
        return std::nullopt;
    }
    auto b = fromHex(r->get<std::string>(), true);
    if (!b) {
        error = QStringLiteral("eth_getCode: not hex");
        return std::nullopt;
    }
    return *b;
}

std::optional<Bytes> ChainSession::call(const Address& from, const Address& to, const Bytes& data, QString& error)
{
    auto r = m_rpc.batchRaw({{QStringLiteral("eth_call"),
                              {nlohmann::json{{"from", toHex(from)}, {"to", toHex(to)}, {"data", toHex(data)}}, "latest"}}});
    if (!r) {
        error = m_rpc.lastError().toString();
        return std::nullopt;
    }
    const auto& item = (*r)[0];
    if (hasResult(item) && item["result"].is_string()) {
        auto b = fromHex(item["result"].get<std::string>(), true);
        if (b) return *b;
    }
    // A revert: nodes put the revert data in error.data (a hex string).
    error = errorOf(item);
    if (item.contains("error") && item["error"].is_object() && item["error"].contains("data") &&
        item["error"]["data"].is_string()) {
        auto revert = fromHex(item["error"]["data"].get<std::string>(), true);
        if (revert)
            if (auto d = registry::describeRevert(*revert)) error = QStringLiteral("reverted with %1").arg(qs(*d));
    }
    return std::nullopt;
}

std::optional<std::vector<nlohmann::json>> ChainSession::receipts(const std::vector<Hash32>& hashes,
                                                                  std::vector<bool>& have, QString& error)
{
    std::vector<RpcCall> calls;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        if (have[i]) continue;
        calls.push_back({QStringLiteral("eth_getTransactionReceipt"), {toHex(hashes[i])}});
        which.push_back(i);
    }
    std::vector<nlohmann::json> out(hashes.size());
    if (calls.empty()) return out;
    auto r = m_rpc.batch(calls);
    if (!r) {
        error = m_rpc.lastError().toString();
        return std::nullopt;
    }
    for (std::size_t k = 0; k < which.size(); ++k) {
        if ((*r)[k].is_null()) continue;
        out[which[k]] = std::move((*r)[k]);
        have[which[k]] = true;
    }
    return out;
}

QString ChainSession::describeFailure(const TxRequest& req, const nlohmann::json& receipt)
{
    // Replaying the call shows the revert reason, which receipts do not carry.
    QString reason = QStringLiteral("the transaction failed (status 0)");
    const auto from = addressOf(req.key);
    if (from && req.to) {
        QString e;
        if (!call(*from, *req.to, req.data, e) && !e.isEmpty()) reason = e;
    }
    const std::uint64_t used = quantity(receipt.value("gasUsed", nlohmann::json()));
    if (used >= req.gasLimit && req.gasLimit != 0) reason += QStringLiteral(" (out of gas: used all %1)").arg(req.gasLimit);
    return QStringLiteral("transaction %1 from %2 in block %3: %4")
        .arg(qs(receipt.value("transactionHash", std::string("?"))), from ? qs(toChecksumAddress(*from)) : QStringLiteral("?"))
        .arg(quantity(receipt.value("blockNumber", nlohmann::json())))
        .arg(reason);
}

std::optional<SubmitResult> ChainSession::submit(const std::vector<TxRequest>& txs, std::optional<std::int64_t> blockTime,
                                                 QString& error)
{
    SubmitResult result;
    if (txs.empty()) return result;
    // Nodes cap the size of a request (anvil: 2 MiB, and hex doubles the bytes): send
    // in batches of at most about 700 kB of transactions.
    auto hashes = std::make_optional<std::vector<Hash32>>();
    for (std::size_t i = 0; i < txs.size();) {
        std::size_t bytes = 0, j = i;
        while (j < txs.size() && (j == i || bytes + txs[j].data.size() + 200 <= kMaxRequestBytes))
            bytes += txs[j++].data.size() + 200;
        SendError err;
        auto sent = m_sender.send(std::vector<TxRequest>(txs.begin() + static_cast<std::ptrdiff_t>(i),
                                                         txs.begin() + static_cast<std::ptrdiff_t>(j)),
                                  err);
        if (!sent) {
            error = err.message;
            return std::nullopt;
        }
        hashes->insert(hashes->end(), sent->begin(), sent->end());
        m_accepted += sent->size();
        i = j;
    }
    std::vector<bool> have(hashes->size(), false);
    result.receipts.resize(hashes->size());
    auto collect = [&]() -> bool {
        auto got = receipts(*hashes, have, error);
        if (!got) return false;
        for (std::size_t i = 0; i < got->size(); ++i)
            if (!(*got)[i].is_null()) result.receipts[i] = std::move((*got)[i]);
        return true;
    };
    const auto all = [&] { return std::find(have.begin(), have.end(), false) == have.end(); };
    if (m_clock) {
        std::int64_t t = blockTime.value_or(m_lastBlockTime + 1);
        if (t <= m_lastBlockTime) {
            if (blockTime) ++m_behind;
            t = m_lastBlockTime + 1;
        }
        // What does not fit into one block (gas limit) stays in the pool: mine again,
        // a second later, until everything is in. A receipt may show up a moment after
        // its block, so a round without progress waits a little before counting as a stall.
        int stalls = 0;
        while (!all()) {
            const auto before = std::count(have.begin(), have.end(), true);
            // One request: the time of the next block, then the block.
            auto s = m_rpc.batch({{QStringLiteral("evm_setNextBlockTimestamp"), {t}},
                                  {QStringLiteral("evm_mine"), nlohmann::json::array()}});
            if (!s) {
                error = QStringLiteral("mining a block at %1: %2").arg(t).arg(m_rpc.lastError().toString());
                return std::nullopt;
            }
            m_lastBlockTime = t++;
            if (!collect()) return std::nullopt;
            for (int k = 0; k < 25 && !all() && std::count(have.begin(), have.end(), true) == before; ++k) {
                QThread::msleep(40);
                if (!collect()) return std::nullopt;
            }
            stalls = std::count(have.begin(), have.end(), true) == before ? stalls + 1 : 0;
            if (stalls >= 3) {
                const auto missing = static_cast<std::size_t>(std::find(have.begin(), have.end(), false) - have.begin());
                const auto from = addressOf(txs[missing].key);
                error = QStringLiteral("the node did not mine %1 of %2 transactions, e.g. %3 from %4 (gas limit %5); "
                                       "it keeps them pending (too little ether for gas, or a fee below the base fee?)")
                            .arg(std::count(have.begin(), have.end(), false))
                            .arg(have.size())
                            .arg(qs(toHex((*hashes)[missing])), from ? qs(toChecksumAddress(*from)) : QStringLiteral("?"))
                            .arg(txs[missing].gasLimit);
                return std::nullopt;
            }
        }
        result.blockTime = m_lastBlockTime;
    } else {
        QElapsedTimer timer;
        timer.start();
        while (!all()) {
            if (!collect()) return std::nullopt;
            if (all()) break;
            if (timer.elapsed() > 300'000) {
                error = QStringLiteral("%1 of %2 transactions not mined within 5 minutes")
                            .arg(std::count(have.begin(), have.end(), false))
                            .arg(have.size());
                return std::nullopt;
            }
            QThread::msleep(50);
        }
    }
    for (std::size_t i = 0; i < result.receipts.size(); ++i) {
        const auto& rc = result.receipts[i];
        const std::uint64_t block = quantity(rc.value("blockNumber", nlohmann::json()));
        if (i == 0 || block < result.firstBlock) result.firstBlock = block;
        result.lastBlock = std::max(result.lastBlock, block);
        if (rc.value("status", std::string()) != "0x1") {
            error = describeFailure(txs[i], rc);
            return std::nullopt;
        }
    }
    return result;
}

}  // namespace bt::sim
