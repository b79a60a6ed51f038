#include "chain/block_verifier.h"

#include "codec/block.h"
#include "codec/keccak.h"
#include "codec/rlp.h"
#include "codec/trie.h"

#include <string>

namespace bt {

namespace {

void fail(VerifiedBlock& b, Check c, std::string detail, int txIndex = -1)
{
    b.failures.push_back({c, txIndex, std::move(detail)});
}

std::string mismatch(std::string_view what, ByteView recomputed, ByteView claimed)
{
    std::string s(what);
    s += ": recomputed ";
    s += toHex(recomputed);
    s += ", source says ";
    s += toHex(claimed);
    return s;
}

// The latest fork with a given header layout: all the header tells us.
Fork latestForkOfLayout(HeaderLayout l) noexcept
{
    switch (l) {
    case HeaderLayout::Frontier: return Fork::Berlin;
    case HeaderLayout::London: return Fork::Paris;
    case HeaderLayout::Shanghai: return Fork::Shanghai;
    case HeaderLayout::Cancun: return Fork::Cancun;
    case HeaderLayout::Prague: return kLatestFork;
    }
    return kLatestFork;
}

Result<std::vector<Bytes>> splitList(ByteView rlpList)
{
    BT_TRY(rlp::Item list, rlp::decodeExact(rlpList));
    BT_TRY(std::vector<rlp::Item> items, rlp::listItems(list));
    std::vector<Bytes> out;
    out.reserve(items.size());
    for (const auto& it : items) {
        ByteView whole = rlpList.subspan(it.offset, it.encodedSize);
        out.emplace_back(whole.begin(), whole.end());
    }
    return out;
}

void verifyTransactions(const RawBlock& raw, const VerifyOptions& opt, VerifiedBlock& b)
{
    const BlockHeader& h = *b.header;
    TxRules rules;
    rules.fork = b.fork;
    rules.chainId = opt.chainId;
    rules.baseFee = h.baseFeePerGas;

    const bool haveHashClaims = raw.claims.txHashes.size() == raw.transactions.size();
    const bool haveSenderClaims = raw.claims.senders.size() == raw.transactions.size();
    if (!raw.claims.txHashes.empty() && !haveHashClaims)
        fail(b, Check::TxHash, "source listed " + std::to_string(raw.claims.txHashes.size()) +
                                   " transaction hashes for " + std::to_string(raw.transactions.size()) +
                                   " transactions");

    b.txs.resize(raw.transactions.size());
    for (std::size_t i = 0; i < raw.transactions.size(); ++i) {
        const int idx = static_cast<int>(i);
        VerifiedTx& vt = b.txs[i];
        vt.hash = keccak256(raw.transactions[i]);
        if (haveHashClaims && vt.hash != raw.claims.txHashes[i])
            fail(b, Check::TxHash, mismatch("transaction hash", vt.hash, raw.claims.txHashes[i]), idx);
        auto tx = Transaction::decode(raw.transactions[i]);
        if (!tx) {
            fail(b, Check::TxEncoding, tx.error().message(), idx);
            continue;
        }
        vt.type = tx->type;
        vt.to = tx->to;
        vt.nonce = tx->nonce;
        vt.value = tx->value;
        vt.gasLimit = tx->gasLimit;
        vt.input = tx->data;
        if (auto st = tx->validate(rules); !st) {
            const bool sig = st.error().code == Errc::InvalidSignature;
            fail(b, sig ? Check::TxSignature : Check::TxRules, st.error().message(), idx);
        }
        auto sender = tx->recoverSender();
        if (!sender) {
            fail(b, Check::TxSignature, sender.error().message(), idx);
        } else {
            vt.sender = *sender;
            if (haveSenderClaims && *sender != raw.claims.senders[i])
                fail(b, Check::TxSender, mismatch("sender", *sender, raw.claims.senders[i]), idx);
            if (!tx->to) vt.contractAddress = createAddress(*sender, tx->nonce);
        }
    }
    const Hash32 root = transactionsRoot(raw.transactions);
    if (root != h.transactionsRoot)
        fail(b, Check::TransactionsRoot, mismatch("transactionsRoot", root, h.transactionsRoot));
}

void verifyReceipts(const RawBlock& raw, VerifiedBlock& b)
{
    const BlockHeader& h = *b.header;
    if (raw.receipts.size() != raw.transactions.size()) {
        fail(b, Check::ReceiptEncoding, std::to_string(raw.receipts.size()) + " receipts for " +
                                            std::to_string(raw.transactions.size()) + " transactions");
    }
    std::vector<ByteView> views(raw.receipts.begin(), raw.receipts.end());
    const Hash32 root = orderedTrieRoot(views);
    if (root != h.receiptsRoot) fail(b, Check::ReceiptsRoot, mismatch("receiptsRoot", root, h.receiptsRoot));

    Bloom blockBloom;
    std::uint64_t previousGas = 0;
    bool decodedAll = true;
    for (std::size_t i = 0; i < raw.receipts.size(); ++i) {
        const int idx = static_cast<int>(i);
        auto r = Receipt::decode(raw.receipts[i]);
        if (!r) {
            fail(b, Check::ReceiptEncoding, r.error().message(), idx);
            decodedAll = false;
            continue;
        }
        if (i < b.txs.size()) {
            VerifiedTx& vt = b.txs[i];
            if (r->type != vt.type)
                fail(b, Check::ReceiptEncoding, "receipt type " + std::to_string(int(r->type)) +
                                                    " for a transaction of type " + std::to_string(int(vt.type)), idx);
            vt.status = r->postStateRoot ? true : r->status;
            vt.gasUsed = r->cumulativeGasUsed >= previousGas ? r->cumulativeGasUsed - previousGas : 0;
            vt.logs = r->logs;
            if (!r->status && !r->postStateRoot) vt.contractAddress.reset();
        }
        if (r->cumulativeGasUsed < previousGas)
            fail(b, Check::ReceiptTotals, "cumulativeGasUsed decreases", idx);
        previousGas = r->cumulativeGasUsed;
        if (r->computeBloom() != r->logsBloom)
            fail(b, Check::ReceiptTotals, "receipt logsBloom does not match its logs", idx);
        for (std::size_t k = 0; k < blockBloom.bytes.size(); ++k) blockBloom.bytes[k] |= r->logsBloom.bytes[k];
    }
    if (decodedAll) {
        if (previousGas != h.gasUsed)
            fail(b, Check::ReceiptTotals, "last cumulativeGasUsed " + std::to_string(previousGas) +
                                              " differs from the header's gasUsed " + std::to_string(h.gasUsed));
        if (blockBloom != h.logsBloom) fail(b, Check::ReceiptTotals, "receipt blooms do not add up to logsBloom");
    }
}

void verifyBodyExtras(const RawBlock& raw, VerifiedBlock& b)
{
    const BlockHeader& h = *b.header;
    if (h.withdrawalsRoot) {
        if (!raw.withdrawals) {
            fail(b, Check::WithdrawalsRoot, "header has a withdrawalsRoot, the block no withdrawals list");
        } else if (auto items = splitList(*raw.withdrawals); !items) {
            fail(b, Check::WithdrawalsRoot, items.error().message());
        } else {
            const Hash32 root = orderedTrieRoot(*items);
            if (root != *h.withdrawalsRoot)
                fail(b, Check::WithdrawalsRoot, mismatch("withdrawalsRoot", root, *h.withdrawalsRoot));
        }
    } else if (raw.withdrawals) {
        fail(b, Check::WithdrawalsRoot, "withdrawals in a block whose header has no withdrawalsRoot");
    }

    const Hash32 ommers = raw.ommers ? keccak256(*raw.ommers) : emptyOmmersHash();
    if (ommers != h.ommersHash) {
        fail(b, Check::OmmersHash, raw.ommers || !raw.claims.ommerHashes.empty()
                                       ? mismatch("ommersHash", ommers, h.ommersHash)
                                       : "header commits to ommers the source did not provide");
    }
}

}  // namespace

Fork forkOfHeader(const BlockHeader& h, const VerifyOptions& opt) noexcept
{
    if (opt.schedule) return opt.schedule->forkAt(h.number, h.timestamp);
    return latestForkOfLayout(h.layout());
}

VerifiedBlock verifyBlock(const RawBlock& raw, const VerifyOptions& opt)
{
    VerifiedBlock b;
    auto header = BlockHeader::decode(raw.headerRlp);
    if (!header) {
        fail(b, Check::HeaderEncoding, header.error().message());
        if (raw.claims.hash) b.hash = *raw.claims.hash;
        if (raw.claims.number) b.number = *raw.claims.number;
        return b;
    }
    b.header = std::move(header).value();
    b.number = b.header->number;
    b.hash = keccak256(raw.headerRlp);
    // Consensus chains: the engine's hash rule and seals, before the hash is compared.
    if (opt.consensus) applyConsensusEngine(b, *opt.consensus);
    b.fork = forkOfHeader(*b.header, opt);
    if (raw.claims.hash && *raw.claims.hash != b.hash)
        fail(b, Check::BlockHash, mismatch("block hash", b.hash, *raw.claims.hash));
    if (raw.claims.number && *raw.claims.number != b.number)
        fail(b, Check::BlockNumber, "asked for block " + std::to_string(*raw.claims.number) + ", got block " +
                                        std::to_string(b.number));
    if (opt.schedule) {
        if (auto st = b.header->checkLayout(b.fork); !st) fail(b, Check::HeaderEncoding, st.error().message());
    }
    verifyTransactions(raw, opt, b);
    verifyReceipts(raw, b);
    verifyBodyExtras(raw, b);
    return b;
}

void applyConsensusEngine(VerifiedBlock& b, const consensus::EngineConfig& engine)
{
    if (!b.header) return;
    // A block first verified under another engine (or none) loses that engine's findings.
    std::erase_if(b.failures, [](const CheckFailure& f) { return f.check == Check::Consensus; });
    if (!consensus::hasSeals(engine.kind)) {
        // Proof of work or of stake: keccak(rlp(header)), which verifyBlock() computed.
        consensus::BlockSeal plain;
        plain.engine = engine.kind;
        plain.hash = b.consensus ? keccak256(b.header->encode()) : b.hash;
        b.hash = plain.hash;
        b.consensus = std::move(plain);
        return;
    }
    consensus::BlockSeal seal = consensus::inspectSeal(engine, *b.header);
    b.hash = seal.hash;
    for (const auto& p : seal.problems) fail(b, Check::Consensus, p.message());
    b.consensus = std::move(seal);
}

void verifyLink(VerifiedBlock& block, const BlockHeader& parent, const Hash32& parentHash, const VerifyOptions& opt)
{
    if (!block.header) return;
    const BlockHeader& h = *block.header;
    if (h.parentHash != parentHash) {
        fail(block, Check::ParentLink,
             mismatch("parentHash of block " + std::to_string(h.number) + " vs block " +
                          std::to_string(parent.number) + " in the index",
                      parentHash, h.parentHash));
        return;
    }
    if (h.number != parent.number + 1) {
        fail(block, Check::ParentLink,
             "block " + std::to_string(h.number) + " follows block " + std::to_string(parent.number));
        return;
    }
    if (h.timestamp < parent.timestamp)
        fail(block, Check::HeaderRules,
             "timestamp " + std::to_string(h.timestamp) + " before the parent's " + std::to_string(parent.timestamp));
    if (!opt.strictHeaderRules) return;
    HeaderRules rules;
    if (!opt.boundExtraData) rules.maxExtraData.reset();
    const Fork parentFork = forkOfHeader(parent, opt);
    if (auto st = validateAgainstParent(h, parent, block.fork, parentFork, rules); !st)
        fail(block, Check::HeaderRules, st.error().message());
}

}  // namespace bt
