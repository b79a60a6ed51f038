// secp256k1 ECDSA for Ethereum through libsecp256k1: range rules of each fork,
// public-key recovery, address derivation and signing.
#pragma once

#include "bytes.h"
#include "result.h"
#include "u256.h"

namespace bt {

struct Signature {
    U256 r;
    U256 s;
    std::uint8_t yParity = 0;  // 0 or 1: the recovery id
};

using PrivateKey = FixedBytes<32>;
using PublicKey = FixedBytes<64>;  // uncompressed X || Y, without the 0x04 prefix

// The group order n and n / 2.
const U256& secp256k1Order() noexcept;
const U256& secp256k1HalfOrder() noexcept;

// 0 < r < n, 0 < s < n, and s <= n/2 when requireLowS (EIP-2, from Homestead on).
Status checkSignatureValues(const U256& r, const U256& s, bool requireLowS);

// Recovers the signer's public key or address from a 32-byte message digest.
// Checks only what recovery needs (r, s in range, yParity 0 or 1); fork rules
// such as low s are the caller's, through checkSignatureValues().
Result<PublicKey> recoverPublicKey(const Hash32& digest, const Signature& sig);
Result<Address> recoverAddress(const Hash32& digest, const Signature& sig);

Address addressOf(const PublicKey& pub) noexcept;

// Deterministic (RFC 6979) signature with low s, as every Ethereum client makes.
Result<Signature> sign(const Hash32& digest, const PrivateKey& key);
Result<PublicKey> publicKeyOf(const PrivateKey& key);
Result<Address> addressOf(const PrivateKey& key);

}  // namespace bt
