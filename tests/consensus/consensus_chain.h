// Consortium chains for the consensus tests, without a node: the vector chains of
// ../shared/testdata/consensus (real Besu/GoQuorum exports) read back into blocks,
// and chains sealed here with test keys under any engine — to derive negative cases
// from (a flipped seal byte, an outsider's seal, a seal short of quorum, a signer
// sealing twice within its window) and to exercise votes and epochs. Also the
// JSON-RPC form of a block, as a Besu or GoQuorum node would answer
// eth_getBlockByNumber and eth_getBlockReceipts.
#pragma once

#include "codec/header.h"
#include "codec/signature.h"
#include "consensus/block_seal.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bt::test {

struct ChainBlock {
    BlockHeader header;
    Bytes headerRlp;
    Hash32 hash;                  // by the engine's rule
    std::vector<Bytes> txs;       // envelopes
    std::vector<Bytes> receipts;  // consensus encodings
};

struct TestKey {
    PrivateKey key;
    Address address;
};

// `n` deterministic keys, ordered by address (the order IBFT/Clique sort validators in).
std::vector<TestKey> testKeys(int n, const std::string& label = "validator");

// The F-HEADER cases of a vector file with a whole block each, in file order. Value
// transfers get the receipt a node would give (status 1, no logs; the header's
// receiptsRoot confirms it). `error` says why a file could not be read.
std::optional<std::vector<ChainBlock>> loadVectorChain(const std::string& relativePath,
                                                       consensus::EngineKind engine, std::string& error);

class SealedChain {
public:
    // Genesis listing `validators` (sorted); `keys` are every key the chain may sign
    // with (validators and outsiders).
    SealedChain(consensus::EngineKind engine, std::vector<TestKey> keys, std::size_t validators,
                std::uint64_t epoch = consensus::kDefaultEpoch);

    struct Next {
        std::optional<std::size_t> proposer = {};                // key index; default: Clique in-turn, BFT round robin
        std::optional<std::vector<std::size_t>> committers = {}; // BFT key indexes; default: every validator
        std::optional<consensus::Vote> vote = {};
        std::optional<U256> difficulty = {};                     // Clique; default by turn
        std::uint64_t round = 0;
        std::optional<std::vector<Address>> listed = {};         // BFT: the validator list to write; default: the set
    };
    const ChainBlock& add(const Next& next);
    const ChainBlock& add() { return add(Next{}); }

    // The set the builder writes (it does not count votes: tests move it on).
    void setValidators(std::vector<Address> v);
    const std::vector<Address>& validators() const noexcept { return m_validators; }
    const std::vector<ChainBlock>& blocks() const noexcept { return m_blocks; }
    const TestKey& key(std::size_t i) const { return m_keys.at(i); }
    std::size_t keyIndex(const Address& a) const;
    consensus::EngineConfig config() const { return {m_engine, m_epoch}; }

private:
    consensus::EngineKind m_engine;
    std::vector<TestKey> m_keys;
    std::vector<Address> m_validators;
    std::uint64_t m_epoch;
    std::vector<ChainBlock> m_blocks;
};

// Seals the Istanbul / IBFT 2.0 / QBFT extraData of `h` with these keys (proposer seal
// for Istanbul, then the committed seals); Clique: the signer seal.
void sealHeader(consensus::EngineKind engine, BlockHeader& h, const TestKey& proposer,
                const std::vector<TestKey>& committers);

// A header as a block of that engine (its RLP and engine hash), without a body.
ChainBlock chainBlock(consensus::EngineKind engine, const BlockHeader& h);

// eth_getBlockByNumber(n, fullTransactions) and eth_getBlockReceipts as a node answers.
nlohmann::json rpcBlock(const ChainBlock& b, bool fullTransactions);
nlohmann::json rpcReceipts(const ChainBlock& b);

}  // namespace bt::test
