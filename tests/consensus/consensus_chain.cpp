#include "consensus_chain.h"

#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/receipt.h"
#include "codec/transaction.h"
#include "consensus/bft_extra.h"
#include "consensus/clique_extra.h"
#include "consensus/istanbul_extra.h"

#include "vector_files.h"

#include <algorithm>

namespace bt::test {

using namespace bt::consensus;
using nlohmann::json;

namespace {

constexpr std::uint64_t kGenesisTime = 1'700'000'000;

std::string quantity(const U256& v) { return v.toHexQuantity(); }

Bytes vanity() { return Bytes(32, 0); }

}  // namespace

std::vector<TestKey> testKeys(int n, const std::string& label)
{
    std::vector<TestKey> out;
    for (int i = 0; i < n; ++i) {
        TestKey k;
        k.key = keccak256(asBytes("batterytrace consensus test " + label + " " + std::to_string(i)));
        k.address = *addressOf(k.key);
        out.push_back(k);
    }
    std::sort(out.begin(), out.end(), [](const TestKey& a, const TestKey& b) { return a.address < b.address; });
    return out;
}

ChainBlock chainBlock(EngineKind engine, const BlockHeader& h)
{
    ChainBlock b;
    b.header = h;
    b.headerRlp = h.encode();
    b.hash = engineBlockHash(engine, h);
    return b;
}

std::optional<std::vector<ChainBlock>> loadVectorChain(const std::string& relativePath, EngineKind engine,
                                                       std::string& error)
{
    const auto path = vectorsDir("BT_CONSENSUS_VECTORS", "consensus") / relativePath;
    auto j = readJson(path, error);
    if (!j) return std::nullopt;
    std::vector<ChainBlock> out;
    for (const auto& c : (*j)["cases"]) {
        const json& in = c["input"];
        if (!in.contains("block_rlp")) continue;
        auto raw = fromHex(in["block_rlp"].get<std::string>());
        if (!raw) {
            error = path.string() + ": block_rlp is not hex";
            return std::nullopt;
        }
        auto block = Block::decode(*raw);
        if (!block) {
            error = path.string() + ": " + block.error().message();
            return std::nullopt;
        }
        ChainBlock b = chainBlock(engine, block->header);
        b.txs = block->transactions;
        // Value transfers: one status-1 receipt each, the gas they all use.
        std::uint64_t gas = 0;
        std::vector<Receipt> receipts;
        for (const Bytes& env : b.txs) {
            auto tx = Transaction::decode(env);
            if (!tx) {
                error = path.string() + ": " + tx.error().message();
                return std::nullopt;
            }
            Receipt r;
            r.type = tx->type;
            r.status = true;
            gas += tx->intrinsicGas(Fork::London);
            r.cumulativeGasUsed = gas;
            b.receipts.push_back(r.encode());
            receipts.push_back(r);
        }
        if (receiptsRoot(receipts) != b.header.receiptsRoot) {
            error = path.string() + ": block " + std::to_string(b.header.number) +
                    " holds transactions whose receipts are not plain value transfers";
            return std::nullopt;
        }
        out.push_back(std::move(b));
    }
    if (out.empty()) error = path.string() + ": no block_rlp cases";
    if (out.empty()) return std::nullopt;
    return out;
}

SealedChain::SealedChain(EngineKind engine, std::vector<TestKey> keys, std::size_t validators, std::uint64_t epoch)
    : m_engine(engine), m_keys(std::move(keys)), m_epoch(epoch)
{
    for (std::size_t i = 0; i < validators && i < m_keys.size(); ++i) m_validators.push_back(m_keys[i].address);
    std::sort(m_validators.begin(), m_validators.end());
    BlockHeader g;
    g.ommersHash = emptyOmmersHash();
    g.stateRoot = keccak256(asBytes("genesis state"));
    g.transactionsRoot = emptyTrieRoot();
    g.receiptsRoot = emptyTrieRoot();
    g.difficulty = 1;
    g.gasLimit = 30'000'000;
    g.timestamp = kGenesisTime;
    switch (engine) {
    case EngineKind::Clique: {
        CliqueExtra e;
        e.signers = m_validators;
        g.extraData = encodeCliqueExtra(e);
        break;
    }
    case EngineKind::IstanbulLegacy: {
        IstanbulExtra e;
        e.validators = m_validators;
        g.extraData = encodeIstanbulExtra(e);
        g.mixHash = istanbulMixHash();
        break;
    }
    case EngineKind::Ibft2:
    case EngineKind::Qbft: {
        BftExtra e;
        e.vanity = vanity();
        e.validators = m_validators;
        g.extraData = encodeBftExtra(engine == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2, e);
        g.mixHash = istanbulMixHash();
        break;
    }
    default: g.difficulty = 0; break;
    }
    m_blocks.push_back(chainBlock(engine, g));
}

void SealedChain::setValidators(std::vector<Address> v)
{
    std::sort(v.begin(), v.end());
    m_validators = std::move(v);
}

std::size_t SealedChain::keyIndex(const Address& a) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].address == a) return i;
    return m_keys.size();
}

void sealHeader(EngineKind engine, BlockHeader& h, const TestKey& proposer, const std::vector<TestKey>& committers)
{
    switch (engine) {
    case EngineKind::Clique: {
        auto e = decodeCliqueExtra(h.extraData);
        e->seal = *makeSeal(cliqueSealHash(h), proposer.key);
        h.extraData = encodeCliqueExtra(*e);
        break;
    }
    case EngineKind::IstanbulLegacy: {
        auto e = decodeIstanbulExtra(h.extraData);
        e->proposerSeal.clear();
        e->committedSeals.clear();
        const Seal ps = *makeSeal(istanbulProposerDigest(h, *e), proposer.key);
        e->proposerSeal.assign(ps.bytes.begin(), ps.bytes.end());
        const Hash32 commit = istanbulCommitDigest(istanbulBlockHash(h, *e));
        for (const TestKey& k : committers) e->committedSeals.push_back(*makeSeal(commit, k.key));
        h.extraData = encodeIstanbulExtra(*e);
        break;
    }
    case EngineKind::Ibft2:
    case EngineKind::Qbft: {
        const BftFlavor f = engine == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2;
        auto e = decodeBftExtra(f, h.extraData);
        e->committedSeals.clear();
        const Hash32 digest = bftCommitDigest(f, h, *e);
        for (const TestKey& k : committers) e->committedSeals.push_back(*makeSeal(digest, k.key));
        h.extraData = encodeBftExtra(f, *e);
        break;
    }
    default: break;
    }
}

const ChainBlock& SealedChain::add(const Next& next)
{
    const ChainBlock& parent = m_blocks.back();
    BlockHeader h;
    h.parentHash = parent.hash;
    h.ommersHash = emptyOmmersHash();
    h.stateRoot = parent.header.stateRoot;
    h.transactionsRoot = emptyTrieRoot();
    h.receiptsRoot = emptyTrieRoot();
    h.number = parent.header.number + 1;
    h.gasLimit = parent.header.gasLimit;
    h.timestamp = parent.header.timestamp + 5;
    h.difficulty = 1;
    const std::uint64_t n = h.number;
    const bool epochBlock = m_epoch != 0 && n % m_epoch == 0;

    auto indexOf = [this](const Address& a) { return keyIndex(a); };
    std::size_t proposer = 0;
    if (next.proposer) {
        proposer = *next.proposer;
    } else if (!m_validators.empty()) {
        proposer = indexOf(m_validators[n % m_validators.size()]);
    }
    std::vector<TestKey> committers;
    if (next.committers) {
        for (std::size_t i : *next.committers) committers.push_back(m_keys.at(i));
    } else {
        for (const Address& a : m_validators) committers.push_back(m_keys.at(indexOf(a)));
    }
    auto setNonceVote = [&h, &next, epochBlock] {
        if (!next.vote || epochBlock) return;
        h.beneficiary = next.vote->candidate;
        h.nonce = next.vote->authorize ? kNonceAuthorize : kNonceDrop;
    };

    switch (m_engine) {
    case EngineKind::Clique: {
        CliqueExtra e;
        if (epochBlock) e.signers = m_validators;
        h.extraData = encodeCliqueExtra(e);
        setNonceVote();
        const Address& signer = m_keys.at(proposer).address;
        const auto pos = std::lower_bound(m_validators.begin(), m_validators.end(), signer) - m_validators.begin();
        const bool inTurn = !m_validators.empty() && n % m_validators.size() == std::uint64_t(pos) &&
                            std::binary_search(m_validators.begin(), m_validators.end(), signer);
        h.difficulty = next.difficulty.value_or(U256(inTurn ? 2 : 1));
        break;
    }
    case EngineKind::IstanbulLegacy: {
        IstanbulExtra e;
        e.validators = next.listed.value_or(m_validators);
        h.extraData = encodeIstanbulExtra(e);
        h.mixHash = istanbulMixHash();
        setNonceVote();
        break;
    }
    case EngineKind::Ibft2:
    case EngineKind::Qbft: {
        BftExtra e;
        e.vanity = vanity();
        e.validators = next.listed.value_or(m_validators);
        if (next.vote && !epochBlock) e.vote = BftVote{next.vote->candidate, next.vote->authorize};
        e.round = next.round;
        h.extraData = encodeBftExtra(m_engine == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2, e);
        h.mixHash = istanbulMixHash();
        h.beneficiary = m_keys.at(proposer).address;
        break;
    }
    default: break;
    }
    sealHeader(m_engine, h, m_keys.at(proposer), committers);
    m_blocks.push_back(chainBlock(m_engine, h));
    return m_blocks.back();
}

json rpcBlock(const ChainBlock& b, bool fullTransactions)
{
    const BlockHeader& h = b.header;
    json j{{"number", quantity(h.number)},
           {"hash", toHex(b.hash)},
           {"parentHash", toHex(h.parentHash)},
           {"sha3Uncles", toHex(h.ommersHash)},
           {"miner", toHex(h.beneficiary)},
           {"stateRoot", toHex(h.stateRoot)},
           {"transactionsRoot", toHex(h.transactionsRoot)},
           {"receiptsRoot", toHex(h.receiptsRoot)},
           {"logsBloom", toHex(h.logsBloom)},
           {"difficulty", quantity(h.difficulty)},
           {"totalDifficulty", quantity(h.number + 1)},
           {"gasLimit", quantity(h.gasLimit)},
           {"gasUsed", quantity(h.gasUsed)},
           {"timestamp", quantity(h.timestamp)},
           {"extraData", toHex(h.extraData)},
           {"mixHash", toHex(h.mixHash)},
           {"nonce", toHex(h.nonce)},
           {"size", quantity(b.headerRlp.size())},
           {"uncles", json::array()}};
    if (h.baseFeePerGas) j["baseFeePerGas"] = quantity(*h.baseFeePerGas);
    json txs = json::array();
    for (std::size_t i = 0; i < b.txs.size(); ++i) {
        const Hash32 hash = keccak256(b.txs[i]);
        if (!fullTransactions) {
            txs.push_back(toHex(hash));
            continue;
        }
        auto tx = Transaction::decode(b.txs[i]);
        json t{{"hash", toHex(hash)},
               {"blockHash", toHex(b.hash)},
               {"blockNumber", quantity(h.number)},
               {"transactionIndex", quantity(i)},
               {"type", quantity(std::uint64_t(tx->type))},
               {"nonce", quantity(tx->nonce)},
               {"gas", quantity(tx->gasLimit)},
               {"value", quantity(tx->value)},
               {"input", toHex(tx->data)},
               {"r", quantity(tx->r)},
               {"s", quantity(tx->s)}};
        if (auto from = tx->recoverSender()) t["from"] = toHex(*from);
        t["to"] = tx->to ? json(toHex(*tx->to)) : json();
        if (tx->type == TxType::Legacy) {
            t["gasPrice"] = quantity(tx->gasPrice);
            t["v"] = quantity(tx->v);
        } else {
            // Typed value transfers only (the vector chains hold legacy ones).
            t["chainId"] = quantity(tx->chainId);
            t["accessList"] = json::array();
            t["yParity"] = quantity(tx->yParity);
            t["v"] = quantity(tx->yParity);
            if (tx->type == TxType::AccessList) {
                t["gasPrice"] = quantity(tx->gasPrice);
            } else {
                t["maxPriorityFeePerGas"] = quantity(tx->maxPriorityFeePerGas);
                t["maxFeePerGas"] = quantity(tx->maxFeePerGas);
            }
        }
        txs.push_back(t);
    }
    j["transactions"] = txs;
    return j;
}

json rpcReceipts(const ChainBlock& b)
{
    json out = json::array();
    for (std::size_t i = 0; i < b.receipts.size(); ++i) {
        auto r = Receipt::decode(b.receipts[i]);
        json logs = json::array();
        out.push_back({{"transactionHash", toHex(keccak256(b.txs[i]))},
                       {"transactionIndex", quantity(i)},
                       {"blockHash", toHex(b.hash)},
                       {"blockNumber", quantity(b.header.number)},
                       {"type", quantity(std::uint64_t(r->type))},
                       {"status", r->status ? "0x1" : "0x0"},
                       {"cumulativeGasUsed", quantity(r->cumulativeGasUsed)},
                       {"gasUsed", quantity(r->cumulativeGasUsed)},
                       {"logsBloom", toHex(r->logsBloom)},
                       {"logs", logs}});
    }
    return out;
}

}  // namespace bt::test
