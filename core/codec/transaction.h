// Ethereum transactions: legacy (with and without EIP-155), EIP-2930, EIP-1559,
// EIP-4844 and EIP-7702. Decoding is strict (every non-canonical encoding is an
// error); validate() applies what a fork's rules reject; recoverSender() gives the
// signer. Everything works from the raw envelope, so the hash and the sender are
// recomputed, never taken from a node.
#pragma once

#include "bytes.h"
#include "fork.h"
#include "result.h"
#include "signature.h"
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
    // Kept wide: a tuple whose y_parity is not 0 or 1 still belongs to a valid
    // transaction (the authorization is skipped at execution), so it must decode.
    // EIP-7702 bounds it below 2^8; decode() rejects wider values.
    U256 yParity;
    U256 r;
    U256 s;

    // keccak256(0x05 || rlp([chain_id, address, nonce]))
    Hash32 signingHash() const;
    // The authority (signer), or an error when the signature cannot be recovered.
    // A recoverable signature with a high s still has a signer; checkSignatureRules()
    // says it does not count (EIP-7702 requires s <= n/2).
    Result<Address> recoverAuthority() const;
    // y_parity 0 or 1, 0 < r < n, 0 < s <= n/2.
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
    U256 v;                       // legacy only: the raw v (27/28 or chainId * 2 + 35/36); 0 for typed
    U256 r;
    U256 s;
    std::uint8_t yParity = 0;     // typed: the field (0 or 1 when valid); legacy: derived from v

    bool isEip155() const noexcept;  // legacy with v >= 35 (v = chainId * 2 + 35/36)
    // Sets a legacy transaction's v and what it implies: chainId ((v - 35) / 2 for
    // v >= 35, else 0) and yParity (v - 27 for 27/28, (v - 35) % 2 for v >= 35).
    void setLegacyV(const U256& rawV);
    // Stores a signature over signingHash(): r, s, yParity and, for a legacy
    // transaction, v (27/28 when chainId is 0, else EIP-155's chainId * 2 + 35/36).
    Status setSignature(const Signature& sig);

    // Canonical envelope: rlp(legacy list) or type || rlp(payload), as in a block
    // body and as hashed. Rejects non-canonical RLP, wrong field counts and sizes,
    // values wider than their field, and unknown types. Error offsets are
    // base + the offset in `envelope` (base: where the envelope sits in a block).
    // Because decoding is strict, keccak256(envelope) == hash() for every envelope
    // it accepts: a caller holding the bytes may hash them without re-encoding.
    static Result<Transaction> decode(ByteView envelope, std::size_t base = 0);
    // Network form as eth_sendRawTransaction takes it: like decode(), except that a
    // type-3 transaction may come wrapped with its blob sidecar, EIP-4844's
    // 0x03 || rlp([tx_payload, blobs, commitments, proofs]) or EIP-7594's
    // 0x03 || rlp([tx_payload, 1, blobs, commitments, cell_proofs]). The sidecar's
    // shape is checked (counts, sizes, each commitment hashing to its versioned
    // hash; the KZG proofs themselves are not verified) and then dropped.
    static Result<Transaction> decodeNetwork(ByteView raw, std::size_t base = 0);

    Bytes encode() const;           // the canonical envelope
    Hash32 hash() const;            // keccak256(encode())
    // The digest the sender signed: keccak256 of the payload without the signature
    // (typed: type || rlp(...)). Legacy: EIP-155's form with the chain id v carries
    // when v >= 35; an unsigned legacy transaction (v == 0) with a chainId is hashed
    // in that form too, so that setSignature() can follow.
    Hash32 signingHash() const;

    // What the fork rejects: types not yet active, EIP-155 and chain id, EIP-2 low s,
    // r/s ranges, nonce (EIP-2681), fee relations, init code size (EIP-3860),
    // intrinsic gas (incl. EIP-7623's floor), the EIP-7825 gas limit cap (Osaka),
    // blob and set-code shape, base fee. Authorization signatures are not checked:
    // a bad tuple is skipped at execution and does not make the transaction invalid.
    // Limits that depend on the chain's configuration (blobs per block) are not here.
    // Errors name the field; their offset is 0, as they concern values, not bytes.
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
