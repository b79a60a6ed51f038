#include "chain/rpc_block.h"

#include "codec/block.h"
#include "codec/rlp.h"
#include "codec/rpc_json.h"

#include <nlohmann/json.hpp>

namespace bt {

namespace {

Error at(Error e, const char* list, std::size_t i)
{
    return std::move(e).in(std::string(list) + "[" + std::to_string(i) + "]");
}

}  // namespace

Result<RawBlock> rawBlockFromRpc(const nlohmann::json& block, const nlohmann::json& receipts)
{
    if (!block.is_object()) return Error(Errc::InvalidJson, 0, "block", "not a JSON object (unknown block?)");
    if (!receipts.is_array()) return Error(Errc::InvalidJson, 0, "receipts", "not a JSON array");

    RawBlock raw;
    BT_TRY(BlockHeader header, rpcjson::header(block));
    if (!header.hasConsistentFields())
        return Error(Errc::InvalidHeaderLayout, 0, "block", "optional header fields of no known layout");
    raw.headerRlp = header.encode();
    BT_TRY(raw.claims.hash, rpcjson::fixedData<32>(block, "hash"));
    raw.claims.number = header.number;

    auto txs = block.find("transactions");
    if (txs == block.end() || !txs->is_array()) return Error(Errc::InvalidJson, 0, "block.transactions", "missing");
    raw.transactions.reserve(txs->size());
    raw.claims.txHashes.reserve(txs->size());
    raw.claims.senders.reserve(txs->size());
    for (std::size_t i = 0; i < txs->size(); ++i) {
        const auto& t = (*txs)[i];
        if (!t.is_object())
            return Error(Errc::InvalidJson, 0, "block.transactions[" + std::to_string(i) + "]",
                         "a hash where a full transaction object was expected");
        auto tx = rpcjson::transaction(t);
        if (!tx) return at(std::move(tx).error(), "transactions", i);
        raw.transactions.push_back(tx->encode());
        auto hash = rpcjson::fixedData<32>(t, "hash");
        if (!hash) return at(std::move(hash).error(), "transactions", i);
        raw.claims.txHashes.push_back(*hash);
        auto from = rpcjson::fixedData<20>(t, "from");
        if (!from) return at(std::move(from).error(), "transactions", i);
        raw.claims.senders.push_back(*from);
    }

    raw.receipts.reserve(receipts.size());
    for (std::size_t i = 0; i < receipts.size(); ++i) {
        auto r = rpcjson::receipt(receipts[i]);
        if (!r) return at(std::move(r).error(), "receipts", i);
        raw.receipts.push_back(r->encode());
    }

    if (rpcjson::has(block, "withdrawals")) {
        const auto& ws = block["withdrawals"];
        if (!ws.is_array()) return Error(Errc::InvalidJson, 0, "block.withdrawals", "not an array");
        rlp::Encoder e;
        e.beginList();
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto w = rpcjson::withdrawal(ws[i]);
            if (!w) return at(std::move(w).error(), "withdrawals", i);
            e.raw(w->encode());
        }
        e.endList();
        raw.withdrawals = e.take();
    }

    if (rpcjson::has(block, "uncles")) {
        const auto& us = block["uncles"];
        if (!us.is_array()) return Error(Errc::InvalidJson, 0, "block.uncles", "not an array");
        for (std::size_t i = 0; i < us.size(); ++i) {
            auto h = rpcjson::data(us[i], "uncles");
            if (!h || h->size() != 32) return Error(Errc::InvalidJson, 0, "block.uncles", "not a 32-byte hash");
            raw.claims.ommerHashes.push_back(*Hash32::from(*h));
        }
    }
    return raw;
}

std::size_t RawBlock::byteSize() const noexcept
{
    std::size_t n = headerRlp.size();
    for (const auto& t : transactions) n += t.size();
    for (const auto& r : receipts) n += r.size();
    if (withdrawals) n += withdrawals->size();
    if (ommers) n += ommers->size();
    return n;
}

}  // namespace bt
