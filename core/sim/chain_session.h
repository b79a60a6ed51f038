// The simulator's link to a node: what the node is (chain id, head, gas limit, base
// fee), whether it lets us set block times (dev nodes: anvil, Hardhat), and sending a
// group of signed transactions and getting them mined, at a chosen block time when
// the node allows it. Any node that accepts raw transactions works; without the dev
// methods, blocks simply get the node's own time.
#pragma once

#include "rpc/blocking_rpc.h"
#include "sim/tx_sender.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace bt::sim {

struct NodeInfo {
    U256 chainId;
    std::uint64_t headNumber = 0;
    std::int64_t headTime = 0;
    std::uint64_t gasLimit = 30'000'000;
    QString client;           // web3_clientVersion, if the node tells
    bool devMining = false;   // evm_setNextBlockTimestamp / evm_mine / evm_setAutomine answered
};

struct SubmitResult {
    std::vector<nlohmann::json> receipts;  // in the order of the requests
    std::uint64_t firstBlock = 0, lastBlock = 0;
    std::int64_t blockTime = 0;            // of the last block
};

class ChainSession {
public:
    explicit ChainSession(BlockingRpc& rpc);

    // Reads what the node is; an error text when it does not answer like an
    // Ethereum JSON-RPC node.
    QString connect();
    const NodeInfo& node() const noexcept { return m_node; }

    // Dev nodes: turn automatic mining off, so that each group of transactions goes
    // into blocks we mine at the times we choose. release() restores the node.
    QString takeClockControl();
    void releaseClockControl();
    bool hasClockControl() const noexcept { return m_clock; }
    // Whether the dev node mined every transaction by itself when we found it.
    bool automineOn() const noexcept { return m_automineWas; }
    // Transactions the node accepted so far (anything on chain, or on its way there).
    std::uint64_t accepted() const noexcept { return m_accepted; }
    // Times asked for that were already behind the chain's clock.
    std::uint64_t clockBehind() const noexcept { return m_behind; }

    std::optional<U256> balance(const Address& a, QString& error);
    std::optional<Bytes> code(const Address& a, QString& error);
    // eth_call against the latest block; the output, or nullopt with the revert
    // described in `error`.
    std::optional<Bytes> call(const Address& from, const Address& to, const Bytes& data, QString& error);

    // Signs and sends the group, gets it mined (at `blockTime` or later when we hold
    // the clock) and waits for every receipt. A failed transaction is an error naming
    // the revert reason.
    std::optional<SubmitResult> submit(const std::vector<TxRequest>& txs, std::optional<std::int64_t> blockTime,
                                       QString& error);

    // The base fee moves with every block (by 12.5 % at most): the sender re-reads it
    // every few groups. readFees() also refreshes the base fee maxCost() uses.
    QString refreshFees();
    QString readFees();
    TxSender& sender() noexcept { return m_sender; }
    // Wei a transaction with this gas limit may cost at the current fees.
    U256 maxCost(std::uint64_t gas) const;

private:
    std::optional<std::vector<nlohmann::json>> receipts(const std::vector<Hash32>& hashes, std::vector<bool>& have,
                                                        QString& error);
    QString describeFailure(const TxRequest& req, const nlohmann::json& receipt);

    BlockingRpc& m_rpc;
    TxSender m_sender;
    NodeInfo m_node;
    bool m_clock = false;
    bool m_automineWas = true;
    std::int64_t m_lastBlockTime = 0;
    std::uint64_t m_behind = 0;
    std::uint64_t m_accepted = 0;
    U256 m_baseFee;
};

}  // namespace bt::sim
