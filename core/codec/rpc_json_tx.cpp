// bt::rpcjson::transaction: a JSON-RPC transaction object (eth_getTransactionByHash,
// eth_getBlockByNumber with full transactions) turned back into a Transaction, so
// that its hash and sender are recomputed instead of trusted.
#include "rpc_json.h"

#include <nlohmann/json.hpp>

namespace bt::rpcjson {

namespace {

std::string indexed(std::string_view list, std::size_t i)
{
    return std::string(list) + "[" + std::to_string(i) + "]";
}

Result<const nlohmann::json*> arrayField(const nlohmann::json& obj, const char* name)
{
    if (!has(obj, name)) return Error(Errc::InvalidJson, 0, name, "missing");
    const nlohmann::json& v = obj.at(name);
    if (!v.is_array()) return Error(Errc::InvalidJson, 0, name, "not an array");
    return &v;
}

template <std::size_t N>
Result<FixedBytes<N>> fixedValue(const nlohmann::json& value, const std::string& name)
{
    BT_TRY(Bytes b, data(value, std::string_view(name)));
    auto f = FixedBytes<N>::from(b);
    if (!f) return Error(f.error()).in(name);
    return *f;
}

Result<std::vector<AccessListEntry>> accessListOf(const nlohmann::json& tx)
{
    constexpr const char* kName = "accessList";
    BT_TRY(const nlohmann::json* list, arrayField(tx, kName));
    std::vector<AccessListEntry> out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& e = (*list)[i];
        AccessListEntry entry;
        auto address = fixedData<20>(e, "address");
        if (!address) return Error(address.error()).in(indexed(kName, i));
        entry.address = *address;
        auto keys = arrayField(e, "storageKeys");
        if (!keys) return Error(keys.error()).in(indexed(kName, i));
        entry.storageKeys.reserve((*keys)->size());
        for (std::size_t k = 0; k < (*keys)->size(); ++k) {
            auto key = fixedValue<32>((**keys)[k], indexed(indexed(kName, i) + ".storageKeys", k));
            if (!key) return key.error();
            entry.storageKeys.push_back(*key);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Result<std::vector<Hash32>> blobHashesOf(const nlohmann::json& tx)
{
    constexpr const char* kName = "blobVersionedHashes";
    BT_TRY(const nlohmann::json* list, arrayField(tx, kName));
    std::vector<Hash32> out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        BT_TRY(Hash32 h, fixedValue<32>((*list)[i], indexed(kName, i)));
        out.push_back(h);
    }
    return out;
}

Result<Authorization> authorizationOf(const nlohmann::json& a, const Options& opt)
{
    Authorization out;
    BT_TRY(out.chainId, quantity(a, "chainId", opt));
    BT_TRY(out.address, fixedData<20>(a, "address"));
    BT_TRY(out.nonce, quantity64(a, "nonce", opt));
    // Older geth versions wrote "v" instead of "yParity".
    const char* parityName = has(a, "yParity") ? "yParity" : "v";
    BT_TRY(out.yParity, quantity(a, parityName, opt));
    if (out.yParity > U256(0xff)) return Error(Errc::IntegerOverflow, 0, parityName, "above 2^8 - 1 (EIP-7702)");
    BT_TRY(out.r, quantity(a, "r", opt));
    BT_TRY(out.s, quantity(a, "s", opt));
    return out;
}

Result<std::vector<Authorization>> authorizationListOf(const nlohmann::json& tx, const Options& opt)
{
    constexpr const char* kName = "authorizationList";
    BT_TRY(const nlohmann::json* list, arrayField(tx, kName));
    std::vector<Authorization> out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto a = authorizationOf((*list)[i], opt);
        if (!a) return Error(a.error()).in(indexed(kName, i));
        out.push_back(*a);
    }
    return out;
}

// Typed transactions: yParity, or v where a node writes only v (both mean the
// recovery parity there). When both are given they must agree.
Result<std::uint8_t> parityOf(const nlohmann::json& tx, const Options& opt)
{
    const bool hasParity = has(tx, "yParity");
    BT_TRY(U256 parity, quantity(tx, hasParity ? "yParity" : "v", opt));
    if (hasParity && has(tx, "v")) {
        BT_TRY(U256 v, quantity(tx, "v", opt));
        if (v != parity) return Error(Errc::InvalidJson, 0, "v", "differs from yParity");
    }
    if (parity > U256(0xff)) return Error(Errc::IntegerOverflow, 0, hasParity ? "yParity" : "v", "above 255");
    return static_cast<std::uint8_t>(parity.low64());
}

}  // namespace

Result<Transaction> transaction(const nlohmann::json& tx, const Options& opt)
{
    if (!tx.is_object()) return Error(Errc::InvalidJson, 0, "transaction", "not a JSON object");
    Transaction out;
    // Nodes from before EIP-2718 (Berlin) write no "type": those are legacy.
    std::uint64_t type = 0;
    if (has(tx, "type")) {
        BT_TRY(type, quantity64(tx, "type", opt));
    }
    if (type > static_cast<std::uint64_t>(TxType::SetCode))
        return Error(Errc::UnsupportedTxType, 0, "type", "unknown type " + std::to_string(type));
    out.type = static_cast<TxType>(type);

    BT_TRY(out.nonce, quantity64(tx, "nonce", opt));
    BT_TRY(out.gasLimit, quantity64(tx, "gas", opt));
    if (has(tx, "to")) {
        BT_TRY(Address to, fixedData<20>(tx, "to"));
        out.to = to;
    }
    BT_TRY(out.value, quantity(tx, "value", opt));
    // "input" is the standard name; some older nodes wrote "data".
    BT_TRY(out.data, data(tx, has(tx, "input") || !has(tx, "data") ? "input" : "data"));

    if (out.type == TxType::Legacy || out.type == TxType::AccessList) {
        BT_TRY(out.gasPrice, quantity(tx, "gasPrice", opt));
    } else {
        // "gasPrice" of a dynamic-fee transaction is the effective price paid, not a field.
        BT_TRY(out.maxPriorityFeePerGas, quantity(tx, "maxPriorityFeePerGas", opt));
        BT_TRY(out.maxFeePerGas, quantity(tx, "maxFeePerGas", opt));
    }

    if (out.type == TxType::Legacy) {
        BT_TRY(U256 v, quantity(tx, "v", opt));
        out.setLegacyV(v);
        // Nodes write chainId for EIP-155 transactions; some also write the chain's id
        // for pre-EIP-155 ones (v = 27/28), where it is not part of the signature.
        if (out.isEip155() && has(tx, "chainId")) {
            BT_TRY(U256 chainId, quantity(tx, "chainId", opt));
            if (chainId != out.chainId)
                return Error(Errc::InvalidJson, 0, "chainId",
                             "differs from the chain id in v (" + out.chainId.toDecimal() + ")");
        }
    } else {
        BT_TRY(out.chainId, quantity(tx, "chainId", opt));
        BT_TRY(out.accessList, accessListOf(tx));
        BT_TRY(out.yParity, parityOf(tx, opt));
    }
    if (out.type == TxType::Blob) {
        BT_TRY(out.maxFeePerBlobGas, quantity(tx, "maxFeePerBlobGas", opt));
        BT_TRY(out.blobVersionedHashes, blobHashesOf(tx));
    }
    if (out.type == TxType::SetCode) {
        BT_TRY(out.authorizationList, authorizationListOf(tx, opt));
    }
    BT_TRY(out.r, quantity(tx, "r", opt));
    BT_TRY(out.s, quantity(tx, "s", opt));
    return out;
}

}  // namespace bt::rpcjson
