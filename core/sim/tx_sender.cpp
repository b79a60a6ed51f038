#include "sim/tx_sender.h"

#include "codec/rpc_json.h"

#include <QElapsedTimer>
#include <QThread>

namespace bt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

QString explainSendError(const nlohmann::json& error)
{
    const std::string msg = error.is_object() && error.contains("message") && error["message"].is_string()
                                ? error["message"].get<std::string>()
                                : error.dump();
    QString m = qs(msg);
    const QString lower = m.toLower();
    if (lower.contains(QLatin1String("insufficient funds")))
        return QStringLiteral("the sending account has too little ether for gas: %1").arg(m);
    if (lower.contains(QLatin1String("method not found")) || lower.contains(QLatin1String("not supported")) ||
        lower.contains(QLatin1String("does not exist")))
        return QStringLiteral("the node does not accept raw transactions (eth_sendRawTransaction): %1").arg(m);
    return m;
}

TxSender::TxSender(BlockingRpc& rpc) : m_rpc(rpc) {}

SendError TxSender::init()
{
    auto r = m_rpc.batch({{QStringLiteral("eth_chainId"), nlohmann::json::array()},
                          {QStringLiteral("eth_getBlockByNumber"), {"latest", false}}});
    if (!r) return {m_rpc.lastError().toString()};
    auto id = (*r)[0].is_string() ? U256::fromHexQuantity((*r)[0].get<std::string>()) : std::nullopt;
    if (!id) return {QStringLiteral("eth_chainId: not a quantity")};
    m_chainId = *id;
    const auto& latest = (*r)[1];
    if (latest.is_object() && latest.contains("baseFeePerGas") && latest["baseFeePerGas"].is_string())
        m_baseFee = U256::fromHexQuantity(latest["baseFeePerGas"].get<std::string>()).value_or(U256(1'000'000'000));
    else
        m_baseFee = U256(1'000'000'000);
    return {};
}

std::uint64_t& TxSender::nonceOf(const Address& a, SendError& err)
{
    auto it = m_nonces.find(a);
    if (it != m_nonces.end()) return it->second;
    std::uint64_t n = 0;
    auto r = m_rpc.call(QStringLiteral("eth_getTransactionCount"), {toHex(a), "pending"});
    if (!r || !r->is_string()) {
        err.message = r ? QStringLiteral("eth_getTransactionCount: not a quantity") : m_rpc.lastError().toString();
    } else {
        n = U256::fromHexQuantity(r->get<std::string>()).value_or(U256(0)).low64();
    }
    return m_nonces.emplace(a, n).first->second;
}

std::optional<Transaction> TxSender::build(const TxRequest& req, SendError& err)
{
    auto from = addressOf(req.key);
    if (!from) {
        err.message = QStringLiteral("invalid private key");
        return std::nullopt;
    }
    Transaction tx;
    tx.type = req.type;
    tx.to = req.to;
    tx.value = req.value;
    tx.data = req.data;
    tx.accessList = req.accessList;
    tx.authorizationList = req.authorizations;
    const U256 maxFee = *U256::checkedAdd(*U256::checkedMul(m_baseFee, 2), maxPriorityFee);
    if (req.type == TxType::Legacy || req.type == TxType::AccessList) {
        tx.gasPrice = maxFee;
        tx.chainId = (req.type == TxType::Legacy && !req.eip155) ? U256(0) : m_chainId;
    } else {
        tx.chainId = m_chainId;
        tx.maxFeePerGas = maxFee;
        tx.maxPriorityFeePerGas = maxPriorityFee;
    }
    tx.gasLimit = req.gasLimit;
    if (tx.gasLimit == 0) {
        nlohmann::json call = {{"from", toHex(*from)}, {"data", toHex(req.data)}, {"value", req.value.toHexQuantity()}};
        if (req.to) call["to"] = toHex(*req.to);
        auto g = m_rpc.call(QStringLiteral("eth_estimateGas"), {call});
        if (!g || !g->is_string()) {
            err.message = QStringLiteral("eth_estimateGas: %1").arg(g ? QStringLiteral("not a quantity") : m_rpc.lastError().toString());
            return std::nullopt;
        }
        const std::uint64_t est = U256::fromHexQuantity(g->get<std::string>()).value_or(U256(0)).low64();
        tx.gasLimit = est + est / 4 + 10'000;  // margin: estimates are tight
    }
    std::uint64_t& nonce = nonceOf(*from, err);
    if (!err.ok()) return std::nullopt;
    tx.nonce = nonce;
    auto sig = sign(tx.signingHash(), req.key);
    if (!sig || !tx.setSignature(*sig)) {
        err.message = QStringLiteral("signing failed");
        return std::nullopt;
    }
    ++nonce;
    return tx;
}

std::optional<std::vector<Hash32>> TxSender::send(const std::vector<TxRequest>& reqs, SendError& err)
{
    std::vector<RpcCall> calls;
    std::vector<Hash32> expected;
    for (const auto& r : reqs) {
        auto tx = build(r, err);
        if (!tx) return std::nullopt;
        calls.push_back({QStringLiteral("eth_sendRawTransaction"), {toHex(tx->encode())}});
        expected.push_back(tx->hash());
    }
    auto results = m_rpc.batchRaw(calls);
    if (!results) {
        err.message = m_rpc.lastError().toString();
        forgetNonces();
        return std::nullopt;
    }
    for (std::size_t i = 0; i < results->size(); ++i) {
        const auto& item = (*results)[i];
        if (item.contains("error")) {
            err.message = QStringLiteral("eth_sendRawTransaction at %1: %2")
                              .arg(m_rpc.endpoint().displayName(), explainSendError(item["error"]));
            forgetNonces();  // the local counters no longer match the node
            return std::nullopt;
        }
        auto h = item.contains("result") && item["result"].is_string() ? fixedFromHex<32>(item["result"].get<std::string>())
                                                                        : bt::Result<Hash32>(Error(Errc::InvalidJson));
        if (!h || *h != expected[i]) {
            err.message = QStringLiteral("eth_sendRawTransaction at %1: the node reported hash %2 for transaction %3")
                              .arg(m_rpc.endpoint().displayName(), h ? qs(toHex(*h)) : QStringLiteral("(none)"),
                                   qs(toHex(expected[i])));
            return std::nullopt;
        }
    }
    return expected;
}

std::optional<std::vector<nlohmann::json>> TxSender::waitForReceipts(const std::vector<Hash32>& hashes, SendError& err,
                                                                     int timeoutMs)
{
    std::vector<nlohmann::json> out(hashes.size());
    std::vector<bool> have(hashes.size(), false);
    QElapsedTimer t;
    t.start();
    for (;;) {
        std::vector<RpcCall> calls;
        std::vector<std::size_t> which;
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            if (have[i]) continue;
            calls.push_back({QStringLiteral("eth_getTransactionReceipt"), {toHex(hashes[i])}});
            which.push_back(i);
        }
        if (calls.empty()) return out;
        auto r = m_rpc.batch(calls);
        if (!r) {
            err.message = m_rpc.lastError().toString();
            return std::nullopt;
        }
        for (std::size_t k = 0; k < which.size(); ++k) {
            if ((*r)[k].is_null()) continue;
            out[which[k]] = std::move((*r)[k]);
            have[which[k]] = true;
        }
        if (t.elapsed() > timeoutMs) {
            err.message = QStringLiteral("transactions not mined within %1 s").arg(timeoutMs / 1000);
            return std::nullopt;
        }
        if (std::find(have.begin(), have.end(), false) != have.end()) QThread::msleep(20);
    }
}

SendError TxSender::fund(const PrivateKey& from, const Address& to, const U256& wei)
{
    TxRequest r;
    r.key = from;
    r.to = to;
    r.value = wei;
    r.gasLimit = 21000;
    SendError err;
    auto h = send({r}, err);
    if (!h) return err;
    auto rec = waitForReceipts(*h, err);
    if (!rec) return err;
    return {};
}

}  // namespace bt
