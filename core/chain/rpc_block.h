// Turns a node's JSON-RPC answers for one block (eth_getBlockByNumber with full
// transactions, and its receipts) into a RawBlock: the consensus encodings rebuilt
// from the JSON fields, plus the node's claims (hash, tx hashes, senders) for the
// verifier to compare against what those encodings hash to.
#pragma once

#include "chain/raw_block.h"
#include "codec/result.h"

#include <nlohmann/json_fwd.hpp>

namespace bt {

// `block` is eth_getBlockByNumber(n, true)'s result; `receipts` the list of its
// receipts (eth_getBlockReceipts, or eth_getTransactionReceipt one by one). A
// malformed field is an error naming the field and the transaction.
Result<RawBlock> rawBlockFromRpc(const nlohmann::json& block, const nlohmann::json& receipts);

}  // namespace bt
