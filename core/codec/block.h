// Whole blocks: rlp([header, transactions, ommers(, withdrawals)]) and the checks
// that tie a body to its header (transactionsRoot, ommersHash, withdrawalsRoot),
// plus receiptsRoot and the EIP-7685 requests hash.
#pragma once

#include "bytes.h"
#include "header.h"
#include "receipt.h"
#include "result.h"
#include "transaction.h"

#include <optional>
#include <vector>

namespace bt {

// EIP-4895 withdrawal: [index, validatorIndex, address, amount (Gwei)].
struct Withdrawal {
    std::uint64_t index = 0;
    std::uint64_t validatorIndex = 0;
    Address address;
    std::uint64_t amountGwei = 0;

    static Result<Withdrawal> decode(ByteView rlp, std::size_t base = 0);
    Bytes encode() const;
    bool operator==(const Withdrawal&) const = default;
};

struct Block {
    BlockHeader header;
    Bytes headerRlp;                     // exactly as received
    std::vector<Bytes> transactions;     // canonical envelopes, as in the body
    std::vector<BlockHeader> ommers;
    std::optional<std::vector<Withdrawal>> withdrawals;

    // Strict decoding of a full block; the transactions stay raw envelopes
    // (Transaction::decode them to inspect them).
    static Result<Block> decode(ByteView rlp);
    Bytes encode() const;
};

Hash32 transactionsRoot(const std::vector<Bytes>& envelopes);
Hash32 receiptsRoot(const std::vector<Receipt>& receipts);
Hash32 withdrawalsRoot(const std::vector<Withdrawal>& withdrawals);
Hash32 ommersHash(const std::vector<BlockHeader>& ommers);
// EIP-7685: sha256 of the concatenated sha256(type || data) of every non-empty request.
Hash32 requestsHash(const std::vector<Bytes>& requestsWithType);

// transactionsRoot, ommersHash and withdrawalsRoot recomputed from the body and
// compared with the header; RootMismatch names the root that differs.
Status checkBodyRoots(const Block& block);

}  // namespace bt
