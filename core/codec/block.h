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

// A decoded block that borrows the caller's buffer: the header is decoded, the
// transactions and ommers stay views of their encodings. This is what sync uses
// (millions of blocks, nothing copied that is not kept); Block owns its bytes.
struct BlockView {
    BlockHeader header;
    ByteView headerRlp;                  // the header's encoding, as received
    std::vector<ByteView> transactions;  // envelopes: rlp(list) for legacy, type || rlp(payload) for typed
    ByteView ommersRlp;                  // the encoded ommers list (hashed as is for ommersHash)
    std::vector<BlockHeader> ommers;
    std::optional<std::vector<Withdrawal>> withdrawals;

    // Strict decoding of a full block; offsets in errors are positions in `rlp`.
    // Each transaction is checked to be an RLP list (legacy) or a string holding
    // a type byte 0x01..0x7f followed by exactly one RLP list; its fields are
    // Transaction::decode's business. A withdrawals list must come exactly when
    // the header has a withdrawalsRoot.
    static Result<BlockView> decode(ByteView rlp);
    Hash32 hash() const;  // keccak256(headerRlp)
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
    static Block fromView(const BlockView& v);
    Bytes encode() const;
    Hash32 hash() const;  // keccak256(headerRlp), or of header.encode() when headerRlp is empty
};

Hash32 transactionsRoot(const std::vector<Bytes>& envelopes);
Hash32 transactionsRoot(const std::vector<ByteView>& envelopes);
Hash32 receiptsRoot(const std::vector<Receipt>& receipts);
Hash32 withdrawalsRoot(const std::vector<Withdrawal>& withdrawals);
Hash32 ommersHash(const std::vector<BlockHeader>& ommers);
// EIP-7685: sha256 of the concatenated sha256(type || data) of every request whose
// data is not empty. `requestsWithType` are the type || data byte strings.
Hash32 requestsHash(const std::vector<Bytes>& requestsWithType);

// transactionsRoot, ommersHash and withdrawalsRoot recomputed from the body and
// compared with the header; RootMismatch names the root that differs.
Status checkBodyRoots(const Block& block);
Status checkBodyRoots(const BlockView& block);

}  // namespace bt
