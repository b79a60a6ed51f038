// Recognises the shape of a file in the Ethereum vectors folder (the shape codes of
// ../shared/testdata/ethereum/README.md), so each vector test picks its files by
// content, not by path, and a folder may hold any subset of the subfolders.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace bt::test {

enum class Shape {
    Unknown,
    Rlp,          // F-RLP       {case: {in, out}}
    Trie,         // F-TRIE      {case: {in, root}}
    TxTest,       // F-TT        {case: {txbytes, result}}
    StateTest,    // F-ST        {case: {env, pre, transaction, post}}
    BlockTest,    // F-BT and F-EEST-BT {case: {genesisBlockHeader, blocks, ...}}
    Genesis,      // F-GENESIS   {genesis_rlp_hex, genesis_hash}
    Chain,        // F-CHAIN     {blocks: ["0x…", …]}
    ChainConfig,  // F-CHAINCFG  genesis.json, forkenv.json, headfcu.json
    Rpc,          // F-RPC       {"tests/<method>/<name>.io": {request, response}}
    RpcShaped,    // F-RPCSHAPED [{eth_getBlockByNumber_shaped, …}]
};

inline std::string_view shapeName(Shape s)
{
    switch (s) {
    case Shape::Rlp: return "F-RLP";
    case Shape::Trie: return "F-TRIE";
    case Shape::TxTest: return "F-TT";
    case Shape::StateTest: return "F-ST";
    case Shape::BlockTest: return "F-BT";
    case Shape::Genesis: return "F-GENESIS";
    case Shape::Chain: return "F-CHAIN";
    case Shape::ChainConfig: return "F-CHAINCFG";
    case Shape::Rpc: return "F-RPC";
    case Shape::RpcShaped: return "F-RPCSHAPED";
    case Shape::Unknown: break;
    }
    return "unknown";
}

inline Shape classify(const nlohmann::json& j)
{
    if (j.is_array()) {
        if (!j.empty() && j.front().is_object() && j.front().contains("eth_getBlockByNumber_shaped"))
            return Shape::RpcShaped;
        return Shape::Unknown;
    }
    if (!j.is_object() || j.empty()) return Shape::Unknown;
    if (j.contains("genesis_rlp_hex")) return Shape::Genesis;
    if (j.size() == 1 && j.contains("blocks") && j["blocks"].is_array()) return Shape::Chain;
    if (j.contains("config") && j.contains("alloc")) return Shape::ChainConfig;            // genesis.json
    if (j.contains("method") && j.contains("params")) return Shape::ChainConfig;           // headfcu.json
    if (j.contains("HIVE_CHAIN_ID")) return Shape::ChainConfig;                             // forkenv.json
    const auto firstIt = j.begin();
    const std::string& firstKey = firstIt.key();
    const nlohmann::json& first = firstIt.value();
    if (!first.is_object()) return Shape::Unknown;
    if (std::string_view(firstKey).starts_with("tests/") && first.contains("request") && first.contains("response"))
        return Shape::Rpc;
    if (first.contains("txbytes") && first.contains("result")) return Shape::TxTest;
    if (first.contains("in") && first.contains("root")) return Shape::Trie;
    if (first.contains("in") && first.contains("out")) return Shape::Rlp;
    if (first.contains("transaction") && first.contains("post") && first.contains("env")) return Shape::StateTest;
    if (first.contains("blocks") && first.contains("genesisBlockHeader")) return Shape::BlockTest;
    return Shape::Unknown;
}

}  // namespace bt::test
