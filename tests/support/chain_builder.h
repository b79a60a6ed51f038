// Puts real, signed transactions of every type on an anvil node, for integration
// tests: legacy without and with EIP-155, EIP-2930 with an access list, EIP-1559,
// EIP-7702 with an authorization signed by our codec, EIP-4844 through the pinned
// cast (KZG commitments and proofs are not ours to compute), and a tiny hand-assembled
// contract that emits logs. Everything is signed by our codec (core/sim/tx_sender)
// and sent with eth_sendRawTransaction, except the blob transaction.
//
// Keys: dev keys 0-2 are TxSender's (it tracks their nonces locally); dev key 3 is
// reserved for cast, whose nonces TxSender does not see. Tests should not mix them.
#pragma once

#include "codec/transaction.h"
#include "rpc/blocking_rpc.h"
#include "sim/tx_sender.h"

#include <QString>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace bt::test {

// The pinned cast binary (scripts/npm), or BT_CAST.
QString castPath();

// A transaction the builder put on chain, with its receipt as the node gave it.
struct SentTx {
    Hash32 hash;
    TxType type = TxType::Legacy;
    Address from;
    std::uint64_t block = 0;
    nlohmann::json receipt;
};

class ChainBuilder {
public:
    explicit ChainBuilder(const QUrl& node);
    ChainBuilder(const ChainBuilder&) = delete;
    ChainBuilder& operator=(const ChainBuilder&) = delete;

    // Reads the chain id and base fee. False with error() set on failure.
    bool init();
    const QString& error() const noexcept { return m_error; }
    BlockingRpc& rpc() noexcept { return m_rpc; }
    TxSender& sender() noexcept { return m_sender; }
    const U256& chainId() const noexcept { return m_sender.chainId(); }

    // anvil's dev key i (0-3) and its address.
    static PrivateKey devKey(int i);
    static Address devAddress(int i);
    // A key no one funded: keccak256(label).
    static PrivateKey labelKey(std::string_view label);

    // One transaction each, mined (automine) before returning; nullopt with error().
    std::optional<SentTx> legacyUnprotected(const Address& to);   // v = 27/28, no chain id
    std::optional<SentTx> legacyEip155(const Address& to);        // v = chainId * 2 + 35/36
    // EIP-2930 calling `contract`, with an access list naming it and two slots.
    std::optional<SentTx> accessList(const Address& contract, const Bytes& data);
    std::optional<SentTx> dynamicFee(const Address& to, const Bytes& data = {});
    // EIP-7702: `authority` (a fresh key) delegates to `delegate`; dev key 1 sends a
    // type-4 transaction to the authority carrying the signed authorization and
    // `data`, so that the delegate's code runs at the authority's address.
    std::optional<SentTx> setCode(const PrivateKey& authority, const Address& delegate, const Bytes& data);
    // EIP-4844 through `cast send --blob --path FILE` (dev key 3), `payload` as blob data.
    std::optional<SentTx> blobViaCast(const QByteArray& payload, const QString& workDir);

    // Deploys the log emitter (see logEmitterInitCode()); its address.
    std::optional<Address> deployLogEmitter();
    // Calls it: three logs per call (see logEmitterRuntime()).
    std::optional<SentTx> callLogEmitter(const Address& contract, const Bytes& data);

    // Mines `blocks` blocks each holding `txsPerBlock` calls of the log emitter
    // (from dev keys 0-2 in turn), with automine off meanwhile. Returns the number of
    // the last block mined, nullopt with error().
    std::optional<std::uint64_t> mineBlocksWithLogs(const Address& contract, int blocks, int txsPerBlock);
    // anvil_mine: `n` empty blocks.
    bool mineEmpty(std::uint64_t n);
    std::optional<std::uint64_t> blockNumber();
    // Waits for a mined receipt; fills SentTx.
    std::optional<SentTx> waitMined(const Hash32& hash, TxType type, const Address& from);

    // The contract: runtime code and the init code that deploys it.
    static Bytes logEmitterRuntime();
    static Bytes logEmitterInitCode();
    static Hash32 logTopic();   // topic0 of the second log
    static Hash32 logTopic2();  // topic0 of the third log

private:
    std::optional<SentTx> sendOne(const TxRequest& req);
    std::optional<nlohmann::json> call(const QString& method, nlohmann::json params = nlohmann::json::array());

    BlockingRpc m_rpc;
    TxSender m_sender;
    QString m_error;
};

}  // namespace bt::test
