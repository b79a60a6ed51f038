// A block as the explorer stores it: the raw consensus encodings (what verification
// recomputes from), plus whatever the source claimed about them (a node's "hash",
// "from", …), which verification compares with what it recomputes and never trusts.
#pragma once

#include "codec/bytes.h"

#include <optional>
#include <vector>

namespace bt {

struct RawBlock {
    Bytes headerRlp;
    std::vector<Bytes> transactions;   // canonical envelopes, in block order
    std::vector<Bytes> receipts;       // consensus encodings, in block order
    std::optional<Bytes> withdrawals;  // rlp(list of withdrawals), Shanghai on
    std::optional<Bytes> ommers;       // rlp(list of ommer headers) when non-empty

    // Claims of the source (a JSON-RPC node); absent for an archive.
    struct Claims {
        std::optional<std::uint64_t> number;
        std::optional<Hash32> hash;
        std::vector<Hash32> txHashes;
        std::vector<Address> senders;
        std::vector<Hash32> ommerHashes;
    };
    Claims claims;

    std::size_t byteSize() const noexcept;
};

}  // namespace bt
