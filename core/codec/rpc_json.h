// Ethereum JSON-RPC objects (eth_getBlockByNumber, eth_getTransactionByHash,
// eth_getBlockReceipts) converted into codec structures, so that hashes and roots
// can be recomputed from what a node returned. Strict: quantities must be "0x"
// hex without leading zeros unless `lenient` (test fixtures write "0x00"), data
// fields must have their exact size, and a missing field is an error naming it.
#pragma once

#include "block.h"
#include "header.h"
#include "receipt.h"
#include "result.h"
#include "transaction.h"

#include <nlohmann/json_fwd.hpp>

namespace bt::rpcjson {

struct Options {
    bool lenientQuantities = false;  // accept "0x00", "0x0384" (fixtures)
};

// JSON-RPC names (sha3Uncles, miner, transactionsRoot, receiptsRoot, logsBloom, …);
// the fields of later forks are read when present, and a set of them that is no
// header layout (a gap) is InvalidHeaderLayout.
Result<BlockHeader> header(const nlohmann::json& block, const Options& opt = {});
Result<Transaction> transaction(const nlohmann::json& tx, const Options& opt = {});
// type (absent: legacy), status or the pre-Byzantium root, cumulativeGasUsed,
// logsBloom, logs; the bloom is read, not recomputed (Receipt::computeBloom()).
Result<Receipt> receipt(const nlohmann::json& receipt, const Options& opt = {});
Result<Withdrawal> withdrawal(const nlohmann::json& w, const Options& opt = {});
Result<Log> log(const nlohmann::json& log, const Options& opt = {});

// Low-level field readers, shared with the rest of core.
Result<U256> quantity(const nlohmann::json& obj, const char* name, const Options& opt = {});
Result<std::uint64_t> quantity64(const nlohmann::json& obj, const char* name, const Options& opt = {});
Result<Bytes> data(const nlohmann::json& obj, const char* name);
Result<Bytes> data(const nlohmann::json& value, std::string_view name);  // a value already looked up
template <std::size_t N>
Result<FixedBytes<N>> fixedData(const nlohmann::json& obj, const char* name)
{
    BT_TRY(Bytes b, data(obj, name));
    auto f = FixedBytes<N>::from(b);
    if (!f) return Error(f.error()).in(name);
    return *f;
}
// Optional fields: nullopt when absent or null.
bool has(const nlohmann::json& obj, const char* name);

}  // namespace bt::rpcjson
