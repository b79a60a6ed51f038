// Ethereum transactions: legacy (with and without EIP-155), EIP-2930, EIP-1559,
// EIP-4844 and EIP-7702. Decoding is strict (every non-canonical encoding is an
// error); validate() applies what a fork's rules reject; recoverSender() gives the
// signer. Everything works from the raw envelope, so the hash and the sender are
// recomputed, never taken from a node.
#pragma once

#include "bytes.h"
#include "fork.h"
#include "result.h"
#include "u256.h"

#include <optional>
#include <vector>

namespace bt {

enum class TxType : std::uint8_t {
    Legacy = 0,
    AccessList = 1,  // EIP-2930
    DynamicFee = 2,  // EIP-1559
    Blob = 3,        // EIP-4844
    SetCode = 4,     // EIP-7702
};

struct AccessListEntry {
    Address address;
    std::vector<Hash32> storageKeys;
    bool operator==(const AccessListEntry&) const = default;
};

// EIP-7702 authorization tuple: [chain_id, address, nonce, y_parity, r, s].
struct Authorization {
    U256 chainId;
    Address address;
    std::uint64_t nonce = 0;
    U256 yParity;  // kept wide: the tuple is decoded even when y_parity is out of range
    U256 r;
    U256 s;

    // keccak256(0x05 || rlp([chain_id, address, nonce]))
    Hash32 signingHash() const;
    // The authority (signer), or an error when the signature cannot be recovered.
    // A recoverable signature with a high s still has a signer; isValid() says it
    // does not count (EIP-7702 requires s <= n/2).
    Result<Address> recoverAuthority() const;
    Status checkSignatureRules() const;
    bool operator==(const Authorization&) const = default;
};

// What a fork's rules need to know besides the transaction itself.
struct TxRules {
    Fork fork = kLatestFork;
    // The chain's id. Typed transactions and EIP-155 legacy ones must carry it; when
    // unset, any chain id is accepted (e.g. decoding a transaction of unknown origin).
    std::optional<U256> chainId;
    // The including block's base fee (London on); when set, the fee cap must reach it.
    std::optional<U256> baseFee;
};

struct Transaction {
    TxType type = TxType::Legacy;
    U256 chainId;                 // typed: the field; legacy EIP-155: derived from v; else 0
    std::uint64_t nonce = 0;
    U256 gasPrice;                // legacy and type 1
    U256 maxPriorityFeePerGas;    // types 2, 3, 4
    U256 maxFeePerGas;            // types 2, 3, 4
    std::uint64_t gasLimit = 0;
    std::optional<Address> to;    // nullopt: contract creation
    U256 value;
    Bytes data;
    std::vector<AccessListEntry> accessList;       // types 1-4
    U256 maxFeePerBlobGas;                         // type 3
    std::vector<Hash32> blobVersionedHashes;       // type 3
    std::vector<Authorization> authorizationList;  // type 4
    U256 v;                       // legacy: the raw v (27/28 or chainId * 2 + 35/36)
    U256 r;
    U256 s;
    std::uint8_t yParity = 0;     // 0 or 1 (legacy: derived from v)

    bool isEip155() const noexcept;  // legacy with v = chainId * 2 + 35/36

    // Canonical envelope: rlp(legacy list) or type || rlp(payload), as in a block
    // body and as hashed. Rejects non-canonical RLP, wrong field counts and sizes,
    // values wider than their field, and unknown types.
    static Result<Transaction> decode(ByteView envelope);
    // Network form as eth_sendRawTransaction takes it: like decode(), except that a
    // type-3 transaction may come wrapped with its blob sidecar
    // (0x03 || rlp([tx_payload, blobs, commitments, proofs])); the sidecar is dropped.
    static Result<Transaction> decodeNetwork(ByteView raw);

    Bytes encode() const;           // the canonical envelope
    Hash32 hash() const;            // keccak256(encode())
    Hash32 signingHash() const;     // the digest the sender signed

    // What the fork rejects: types not yet active, EIP-155 and chain id, EIP-2 low s,
    // r/s ranges, nonce (EIP-2681), fee relations, init code size (EIP-3860),
    // intrinsic gas (incl. EIP-7623's floor), blob and set-code shape, base fee.
    Status validate(const TxRules& rules) const;
    // Recovers the sender from (r, s, yParity) over signingHash(). Range checks of
    // the fork are validate()'s; this fails only when recovery is impossible.
    Result<Address> recoverSender() const;

    // Gas charged before execution under `fork` (the EIP-7623 floor is separate).
    std::uint64_t intrinsicGas(Fork fork) const noexcept;
    std::uint64_t calldataFloorGas() const noexcept;  // EIP-7623 (Prague on)

    bool operator==(const Transaction&) const = default;
};

// The address a contract created by `sender` at `nonce` gets: keccak(rlp([sender, nonce]))[12:].
Address createAddress(const Address& sender, std::uint64_t nonce);

}  // namespace bt
