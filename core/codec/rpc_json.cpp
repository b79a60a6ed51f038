#include "rpc_json.h"

#include <nlohmann/json.hpp>

namespace bt::rpcjson {

namespace {

Result<const nlohmann::json*> field(const nlohmann::json& obj, const char* name)
{
    if (!obj.is_object()) return Error(Errc::InvalidJson, 0, name, "not a JSON object");
    auto it = obj.find(name);
    if (it == obj.end() || it->is_null()) return Error(Errc::InvalidJson, 0, name, "missing");
    return &*it;
}

}  // namespace

bool has(const nlohmann::json& obj, const char* name)
{
    if (!obj.is_object()) return false;
    auto it = obj.find(name);
    return it != obj.end() && !it->is_null();
}

Result<U256> quantity(const nlohmann::json& obj, const char* name, const Options& opt)
{
    BT_TRY(const nlohmann::json* v, field(obj, name));
    if (!v->is_string()) return Error(Errc::InvalidJson, 0, name, "quantity is not a string");
    const std::string& s = v->get_ref<const std::string&>();
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return Error(Errc::InvalidJson, 0, name, "quantity must be 0x-prefixed hex: " + s.substr(0, 80));
    if (!opt.lenientQuantities && s.size() > 3 && s[2] == '0')
        return Error(Errc::InvalidJson, 0, name, "quantity with leading zeros: " + s.substr(0, 80));
    auto u = U256::fromHexQuantity(s);
    if (!u) return Error(Errc::InvalidJson, 0, name, "not a 256-bit hex quantity: " + s.substr(0, 80));
    return *u;
}

Result<std::uint64_t> quantity64(const nlohmann::json& obj, const char* name, const Options& opt)
{
    BT_TRY(U256 u, quantity(obj, name, opt));
    if (!u.fitsUint64()) return Error(Errc::IntegerOverflow, 0, name, "above 2^64 - 1");
    return u.low64();
}

Result<Bytes> data(const nlohmann::json& value, std::string_view name)
{
    if (!value.is_string()) return Error(Errc::InvalidJson, 0, std::string(name), "data is not a string");
    const std::string& s = value.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return Error(Errc::InvalidJson, 0, std::string(name), "data must be 0x-prefixed hex");
    auto b = fromHex(s);
    if (!b) return Error(b.error()).in(name);
    return std::move(b).value();
}

Result<Bytes> data(const nlohmann::json& obj, const char* name)
{
    BT_TRY(const nlohmann::json* v, field(obj, name));
    return data(*v, std::string_view(name));
}

Result<BlockHeader> header(const nlohmann::json& block, const Options& opt)
{
    if (!block.is_object()) return Error(Errc::InvalidJson, 0, "block", "not a JSON object");
    BlockHeader h;
    BT_TRY(h.parentHash, fixedData<32>(block, "parentHash"));
    BT_TRY(h.ommersHash, fixedData<32>(block, "sha3Uncles"));
    BT_TRY(h.beneficiary, fixedData<20>(block, "miner"));
    BT_TRY(h.stateRoot, fixedData<32>(block, "stateRoot"));
    BT_TRY(h.transactionsRoot, fixedData<32>(block, "transactionsRoot"));
    BT_TRY(h.receiptsRoot, fixedData<32>(block, "receiptsRoot"));
    BT_TRY(h.logsBloom, fixedData<256>(block, "logsBloom"));
    BT_TRY(h.difficulty, quantity(block, "difficulty", opt));
    BT_TRY(h.number, quantity64(block, "number", opt));
    BT_TRY(h.gasLimit, quantity64(block, "gasLimit", opt));
    BT_TRY(h.gasUsed, quantity64(block, "gasUsed", opt));
    BT_TRY(h.timestamp, quantity64(block, "timestamp", opt));
    BT_TRY(h.extraData, data(block, "extraData"));
    BT_TRY(h.mixHash, fixedData<32>(block, "mixHash"));
    BT_TRY(h.nonce, fixedData<8>(block, "nonce"));
    // Later forks' fields are there exactly when the block has them.
    if (has(block, "baseFeePerGas")) {
        BT_TRY(U256 fee, quantity(block, "baseFeePerGas", opt));
        h.baseFeePerGas = fee;
    }
    if (has(block, "withdrawalsRoot")) {
        BT_TRY(Hash32 root, fixedData<32>(block, "withdrawalsRoot"));
        h.withdrawalsRoot = root;
    }
    if (has(block, "blobGasUsed")) {
        BT_TRY(std::uint64_t used, quantity64(block, "blobGasUsed", opt));
        h.blobGasUsed = used;
    }
    if (has(block, "excessBlobGas")) {
        BT_TRY(std::uint64_t excess, quantity64(block, "excessBlobGas", opt));
        h.excessBlobGas = excess;
    }
    if (has(block, "parentBeaconBlockRoot")) {
        BT_TRY(Hash32 root, fixedData<32>(block, "parentBeaconBlockRoot"));
        h.parentBeaconBlockRoot = root;
    }
    if (has(block, "requestsHash")) {
        BT_TRY(Hash32 root, fixedData<32>(block, "requestsHash"));
        h.requestsHash = root;
    }
    // A gap (e.g. withdrawalsRoot without baseFeePerGas) has no RLP layout: the
    // hash could not be recomputed, so the object is rejected here.
    if (!h.hasConsistentFields())
        return Error(Errc::InvalidHeaderLayout, 0, "block", "optional header fields with a gap");
    return h;
}

// Logs hold no quantity that enters the consensus encoding (logIndex and the like
// are positions), so the options change nothing here.
Result<Log> log(const nlohmann::json& obj, [[maybe_unused]] const Options& opt)
{
    if (!obj.is_object()) return Error(Errc::InvalidJson, 0, "log", "not a JSON object");
    Log l;
    BT_TRY(l.address, fixedData<20>(obj, "address"));
    BT_TRY(const nlohmann::json* topics, field(obj, "topics"));
    if (!topics->is_array()) return Error(Errc::InvalidJson, 0, "topics", "not an array");
    l.topics.reserve(topics->size());
    for (std::size_t i = 0; i < topics->size(); ++i) {
        const std::string name = "topics[" + std::to_string(i) + "]";
        BT_TRY(Bytes t, data((*topics)[i], std::string_view(name)));
        auto topic = Hash32::from(t);
        if (!topic) return Error(topic.error()).in(name);
        l.topics.push_back(*topic);
    }
    BT_TRY(l.data, data(obj, "data"));
    return l;
}

Result<Receipt> receipt(const nlohmann::json& obj, const Options& opt)
{
    if (!obj.is_object()) return Error(Errc::InvalidJson, 0, "receipt", "not a JSON object");
    Receipt r;
    // Nodes before EIP-2718 support write no type: such receipts are legacy.
    if (has(obj, "type")) {
        BT_TRY(std::uint64_t type, quantity64(obj, "type", opt));
        if (type > 4) return Error(Errc::UnsupportedTxType, 0, "type", "receipt type " + std::to_string(type));
        r.type = static_cast<TxType>(type);
    }
    // EIP-658: "status" from Byzantium on, the post-state "root" before.
    if (has(obj, "root")) {
        BT_TRY(Hash32 root, fixedData<32>(obj, "root"));
        r.postStateRoot = root;
        if (has(obj, "status"))
            return Error(Errc::InvalidJson, 0, "status", "both a status and a post-state root");
    } else {
        if (!has(obj, "status")) return Error(Errc::InvalidJson, 0, "status", "missing (and no root)");
        BT_TRY(std::uint64_t status, quantity64(obj, "status", opt));
        if (status > 1) return Error(Errc::InvalidJson, 0, "status", "status " + std::to_string(status));
        r.status = status == 1;
    }
    BT_TRY(r.cumulativeGasUsed, quantity64(obj, "cumulativeGasUsed", opt));
    BT_TRY(r.logsBloom, fixedData<256>(obj, "logsBloom"));
    BT_TRY(const nlohmann::json* logs, field(obj, "logs"));
    if (!logs->is_array()) return Error(Errc::InvalidJson, 0, "logs", "not an array");
    r.logs.reserve(logs->size());
    for (std::size_t i = 0; i < logs->size(); ++i) {
        auto l = log((*logs)[i], opt);
        if (!l) return Error(l.error()).in("logs[" + std::to_string(i) + "]");
        r.logs.push_back(std::move(l).value());
    }
    return r;
}

Result<Withdrawal> withdrawal(const nlohmann::json& obj, const Options& opt)
{
    if (!obj.is_object()) return Error(Errc::InvalidJson, 0, "withdrawal", "not a JSON object");
    Withdrawal w;
    BT_TRY(w.index, quantity64(obj, "index", opt));
    BT_TRY(w.validatorIndex, quantity64(obj, "validatorIndex", opt));
    BT_TRY(w.address, fixedData<20>(obj, "address"));
    BT_TRY(w.amountGwei, quantity64(obj, "amount", opt));
    return w;
}

}  // namespace bt::rpcjson
