// Signs transactions with participants' keys and sends them as raw transactions
// (eth_sendRawTransaction), the way any wallet would: works on any node that accepts
// raw transactions, with no unlocked accounts. Tracks nonces locally so that many
// transactions can be sent in one JSON-RPC batch.
#pragma once

#include "codec/signature.h"
#include "codec/transaction.h"
#include "rpc/blocking_rpc.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace bt {

struct TxRequest {
    PrivateKey key;
    TxType type = TxType::DynamicFee;
    std::optional<Address> to;  // nullopt: contract creation
    U256 value;
    Bytes data;
    std::uint64_t gasLimit = 0;  // 0: estimate with eth_estimateGas
    std::vector<AccessListEntry> accessList;
    std::vector<Authorization> authorizations;  // type 4
    bool eip155 = true;                          // legacy only
};

struct SendError {
    QString message;
    bool ok() const noexcept { return message.isEmpty(); }
};

class TxSender {
public:
    explicit TxSender(BlockingRpc& rpc);

    // Reads the chain id and the current base fee.
    SendError init();
    const U256& chainId() const noexcept { return m_chainId; }

    // Builds and signs; the nonce comes from the local counter (read once per account).
    std::optional<Transaction> build(const TxRequest& req, SendError& err);
    // Sends one or many (one JSON-RPC batch); returns the hashes the node reported,
    // which must equal the hashes we computed.
    std::optional<std::vector<Hash32>> send(const std::vector<TxRequest>& reqs, SendError& err);
    // Waits until every hash has a receipt; returns them (JSON) in order.
    std::optional<std::vector<nlohmann::json>> waitForReceipts(const std::vector<Hash32>& hashes, SendError& err,
                                                               int timeoutMs = 60000);

    // Funds `to` from `from` (a plain transfer) and waits for it.
    SendError fund(const PrivateKey& from, const Address& to, const U256& wei);

    std::uint64_t& nonceOf(const Address& a, SendError& err);
    void forgetNonces() { m_nonces.clear(); }

    U256 maxPriorityFee = U256(1'000'000'000);  // 1 gwei

private:
    BlockingRpc& m_rpc;
    U256 m_chainId;
    U256 m_baseFee;
    std::map<Address, std::uint64_t> m_nonces;
};

// Human-readable reason for a node's refusal of a raw transaction.
QString explainSendError(const nlohmann::json& error);

}  // namespace bt
