#include "block.h"

#include "keccak.h"
#include "rlp.h"
#include "trie.h"

#include <string>

namespace bt {

namespace {

template <class T>
Result<T> inField(Result<T> r, const std::string& name)
{
    if (r.ok()) return r;
    return std::move(r).error().in(name);
}

// The encoding of an item inside `whole` (offsets are relative to `whole`).
ByteView encodingOf(ByteView whole, const rlp::Item& item)
{
    return whole.subspan(item.offset, item.encodedSize);
}

std::string indexed(const char* name, std::size_t i) { return std::string(name) + "[" + std::to_string(i) + "]"; }

Status compareRoot(const char* field, const Hash32& computed, const Hash32& inHeader)
{
    if (computed == inHeader) return {};
    return Error(Errc::RootMismatch, 0, field, "body gives " + toHex(computed) + ", header has " + toHex(inHeader));
}

Status checkWithdrawals(const BlockHeader& h, const std::optional<std::vector<Withdrawal>>& w)
{
    if (h.withdrawalsRoot.has_value() != w.has_value())
        return Error(Errc::WrongFieldCount, 0, "block.withdrawals",
                     h.withdrawalsRoot ? "the header has a withdrawalsRoot but the body no withdrawals"
                                       : "the body has withdrawals but the header no withdrawalsRoot");
    if (w) return compareRoot("header.withdrawalsRoot", withdrawalsRoot(*w), *h.withdrawalsRoot);
    return {};
}

bool isLegacyEnvelope(ByteView tx) { return !tx.empty() && tx[0] >= 0xc0; }

}  // namespace

Result<Withdrawal> Withdrawal::decode(ByteView rlp, std::size_t base)
{
    BT_TRY(rlp::Item list, inField(rlp::decodeExact(rlp, base), "withdrawal"));
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, "withdrawal");
    BT_TRY(std::vector<rlp::Item> f, inField(rlp::listItems(list, 4, 4), "withdrawal"));
    Withdrawal w;
    BT_TRY(w.index, inField(rlp::uint64Of(f[0]), "withdrawal.index"));
    BT_TRY(w.validatorIndex, inField(rlp::uint64Of(f[1]), "withdrawal.validatorIndex"));
    BT_TRY(w.address, inField(rlp::fixedOf<20>(f[2]), "withdrawal.address"));
    BT_TRY(w.amountGwei, inField(rlp::uint64Of(f[3]), "withdrawal.amount"));
    return w;
}

Bytes Withdrawal::encode() const
{
    rlp::Encoder e;
    e.reserve(48);
    e.beginList().uint(index).uint(validatorIndex).fixed(address).uint(amountGwei).endList();
    return e.take();
}

Result<BlockView> BlockView::decode(ByteView rlp)
{
    BT_TRY(rlp::Item block, inField(rlp::decodeExact(rlp), "block"));
    if (!block.isList) return Error(Errc::ExpectedList, block.offset, "block");
    BT_TRY(std::vector<rlp::Item> parts, inField(rlp::listItems(block, 3, 4), "block"));

    BlockView v;
    if (!parts[0].isList) return Error(Errc::ExpectedList, parts[0].offset, "block.header");
    v.headerRlp = encodingOf(rlp, parts[0]);
    BT_TRY(v.header, BlockHeader::decode(v.headerRlp, parts[0].offset));

    if (!parts[1].isList) return Error(Errc::ExpectedList, parts[1].offset, "block.transactions");
    BT_TRY(std::vector<rlp::Item> txs, inField(rlp::listItems(parts[1]), "block.transactions"));
    v.transactions.reserve(txs.size());
    for (std::size_t i = 0; i < txs.size(); ++i) {
        const rlp::Item& tx = txs[i];
        if (tx.isList) {
            v.transactions.push_back(encodingOf(rlp, tx));
            continue;
        }
        // EIP-2718 in a body: an RLP string holding type || rlp(payload).
        const ByteView env = tx.payload;
        if (env.empty())
            return Error(Errc::UnexpectedEnd, tx.offset, indexed("block.transactions", i), "empty envelope");
        if (env[0] == 0 || env[0] >= 0x80)
            return Error(Errc::UnsupportedTxType, tx.payloadOffset, indexed("block.transactions", i),
                         "type byte " + toHex(env.first(1)) + " in a typed envelope");
        BT_TRY(rlp::Item payload,
               inField(rlp::decodeExact(env.subspan(1), tx.payloadOffset + 1), indexed("block.transactions", i)));
        if (!payload.isList)
            return Error(Errc::ExpectedList, payload.offset, indexed("block.transactions", i),
                         "typed payload is not a list");
        v.transactions.push_back(env);
    }

    if (!parts[2].isList) return Error(Errc::ExpectedList, parts[2].offset, "block.ommers");
    v.ommersRlp = encodingOf(rlp, parts[2]);
    BT_TRY(std::vector<rlp::Item> ommers, inField(rlp::listItems(parts[2]), "block.ommers"));
    v.ommers.reserve(ommers.size());
    for (std::size_t i = 0; i < ommers.size(); ++i) {
        BT_TRY(BlockHeader o, inField(BlockHeader::decode(encodingOf(rlp, ommers[i]), ommers[i].offset),
                                      indexed("block.ommers", i)));
        v.ommers.push_back(std::move(o));
    }

    if (parts.size() == 4) {
        if (!parts[3].isList) return Error(Errc::ExpectedList, parts[3].offset, "block.withdrawals");
        BT_TRY(std::vector<rlp::Item> ws, inField(rlp::listItems(parts[3]), "block.withdrawals"));
        std::vector<Withdrawal> out;
        out.reserve(ws.size());
        for (std::size_t i = 0; i < ws.size(); ++i) {
            BT_TRY(Withdrawal w, inField(Withdrawal::decode(encodingOf(rlp, ws[i]), ws[i].offset),
                                         indexed("block.withdrawals", i)));
            out.push_back(w);
        }
        v.withdrawals = std::move(out);
    }
    if (v.header.withdrawalsRoot.has_value() != v.withdrawals.has_value())
        return Error(Errc::WrongFieldCount, block.offset, "block",
                     v.withdrawals ? "withdrawals in a block whose header has no withdrawalsRoot"
                                   : "no withdrawals in a block whose header has a withdrawalsRoot");
    return v;
}

Hash32 BlockView::hash() const { return keccak256(headerRlp); }

Block Block::fromView(const BlockView& v)
{
    Block b;
    b.header = v.header;
    b.headerRlp.assign(v.headerRlp.begin(), v.headerRlp.end());
    b.transactions.reserve(v.transactions.size());
    for (ByteView tx : v.transactions) b.transactions.emplace_back(tx.begin(), tx.end());
    b.ommers = v.ommers;
    b.withdrawals = v.withdrawals;
    return b;
}

Result<Block> Block::decode(ByteView rlp)
{
    BT_TRY(BlockView v, BlockView::decode(rlp));
    return fromView(v);
}

Bytes Block::encode() const
{
    rlp::Encoder e;
    std::size_t size = 1024;
    for (const Bytes& tx : transactions) size += tx.size() + 4;
    e.reserve(size);
    e.beginList();
    if (headerRlp.empty())
        e.raw(header.encode());
    else
        e.raw(headerRlp);
    e.beginList();
    for (const Bytes& tx : transactions) {
        if (isLegacyEnvelope(tx))
            e.raw(tx);
        else
            e.bytes(tx);
    }
    e.endList().beginList();
    for (const BlockHeader& o : ommers) e.raw(o.encode());
    e.endList();
    if (withdrawals) {
        e.beginList();
        for (const Withdrawal& w : *withdrawals) e.raw(w.encode());
        e.endList();
    }
    e.endList();
    return e.take();
}

Hash32 Block::hash() const { return headerRlp.empty() ? header.hash() : keccak256(headerRlp); }

Hash32 transactionsRoot(const std::vector<Bytes>& envelopes) { return orderedTrieRoot(envelopes); }
Hash32 transactionsRoot(const std::vector<ByteView>& envelopes) { return orderedTrieRoot(envelopes); }

Hash32 receiptsRoot(const std::vector<Receipt>& receipts)
{
    std::vector<Bytes> enc;
    enc.reserve(receipts.size());
    for (const Receipt& r : receipts) enc.push_back(r.encode());
    return orderedTrieRoot(enc);
}

Hash32 withdrawalsRoot(const std::vector<Withdrawal>& withdrawals)
{
    std::vector<Bytes> enc;
    enc.reserve(withdrawals.size());
    for (const Withdrawal& w : withdrawals) enc.push_back(w.encode());
    return orderedTrieRoot(enc);
}

Hash32 ommersHash(const std::vector<BlockHeader>& ommers)
{
    rlp::Encoder e;
    e.beginList();
    for (const BlockHeader& o : ommers) e.raw(o.encode());
    e.endList();
    return keccak256(e.out());
}

Hash32 requestsHash(const std::vector<Bytes>& requestsWithType)
{
    Bytes concat;
    concat.reserve(32 * requestsWithType.size());
    for (const Bytes& r : requestsWithType) {
        if (r.size() <= 1) continue;  // a type byte alone: no requests of that type
        append(concat, sha256(r));
    }
    return sha256(concat);
}

Status checkBodyRoots(const BlockView& block)
{
    const BlockHeader& h = block.header;
    BT_TRY_STATUS(compareRoot("header.transactionsRoot", transactionsRoot(block.transactions), h.transactionsRoot));
    BT_TRY_STATUS(compareRoot("header.sha3Uncles", keccak256(block.ommersRlp), h.ommersHash));
    return checkWithdrawals(h, block.withdrawals);
}

Status checkBodyRoots(const Block& block)
{
    const BlockHeader& h = block.header;
    BT_TRY_STATUS(compareRoot("header.transactionsRoot", transactionsRoot(block.transactions), h.transactionsRoot));
    BT_TRY_STATUS(compareRoot("header.sha3Uncles", ommersHash(block.ommers), h.ommersHash));
    return checkWithdrawals(h, block.withdrawals);
}

}  // namespace bt
