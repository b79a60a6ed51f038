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

}  // namespace bt::rpcjson
