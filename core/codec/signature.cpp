#include "signature.h"

#include "keccak.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <cstring>

namespace bt {

namespace {

// One signing context for the process. Recovery uses the library's static context,
// which is read-only and safe to share between threads.
const secp256k1_context* signingContext()
{
    static secp256k1_context* ctx = [] {
        secp256k1_context* c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Randomisation protects signing against side channels; the seed does not
        // change the signatures (RFC 6979 nonces).
        unsigned char seed[32];
        Hash32 h = sha256(asBytes("batterytrace-secp256k1-context"));
        std::memcpy(seed, h.data(), 32);
        [[maybe_unused]] const int randomized = secp256k1_context_randomize(c, seed);
        return c;
    }();
    return ctx;
}

// X || Y of a parsed key (the 0x04 prefix of the SEC1 uncompressed form dropped).
PublicKey uncompressed(const secp256k1_context* ctx, const secp256k1_pubkey& pk)
{
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(ctx, out, &len, &pk, SECP256K1_EC_UNCOMPRESSED);
    PublicKey pub;
    std::memcpy(pub.data(), out + 1, 64);
    return pub;
}

}  // namespace

const U256& secp256k1Order() noexcept
{
    static const U256 n(0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFFFFEULL, 0xBAAEDCE6AF48A03BULL, 0xBFD25E8CD0364141ULL);
    return n;
}

const U256& secp256k1HalfOrder() noexcept
{
    static const U256 h = secp256k1Order().divU64(2);
    return h;
}

Status checkSignatureValues(const U256& r, const U256& s, bool requireLowS)
{
    if (r.isZero() || r >= secp256k1Order())
        return Error(Errc::InvalidSignature, 0, "signature.r", "r must be in [1, n-1]");
    if (s.isZero() || s >= secp256k1Order())
        return Error(Errc::InvalidSignature, 0, "signature.s", "s must be in [1, n-1]");
    if (requireLowS && s > secp256k1HalfOrder())
        return Error(Errc::InvalidSignature, 0, "signature.s", "s above n/2 (EIP-2)");
    return {};
}

Result<PublicKey> recoverPublicKey(const Hash32& digest, const Signature& sig)
{
    if (sig.yParity > 1)
        return Error(Errc::InvalidSignature, 0, "signature.yParity", "must be 0 or 1");
    BT_TRY_STATUS(checkSignatureValues(sig.r, sig.s, false));
    unsigned char compact[64];
    auto r = sig.r.toBigEndian32();
    auto s = sig.s.toBigEndian32();
    std::memcpy(compact, r.data(), 32);
    std::memcpy(compact + 32, s.data(), 32);
    const secp256k1_context* ctx = secp256k1_context_static;
    secp256k1_ecdsa_recoverable_signature rs;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &rs, compact, sig.yParity))
        return Error(Errc::InvalidSignature, 0, "signature", "r or s does not parse");
    secp256k1_pubkey pk;
    if (!secp256k1_ecdsa_recover(ctx, &pk, &rs, digest.data()))
        return Error(Errc::RecoveryFailed, 0, "signature");
    return uncompressed(ctx, pk);
}

Address addressOf(const PublicKey& pub) noexcept
{
    Hash32 h = keccak256(pub);
    Address a;
    std::memcpy(a.data(), h.data() + 12, 20);
    return a;
}

Result<Address> recoverAddress(const Hash32& digest, const Signature& sig)
{
    BT_TRY(PublicKey pub, recoverPublicKey(digest, sig));
    return addressOf(pub);
}

Result<Signature> sign(const Hash32& digest, const PrivateKey& key)
{
    const secp256k1_context* ctx = signingContext();
    secp256k1_ecdsa_recoverable_signature rs;
    if (!secp256k1_ecdsa_sign_recoverable(ctx, &rs, digest.data(), key.data(), nullptr, nullptr))
        return Error(Errc::InvalidSignature, 0, "privateKey", "not a valid secp256k1 secret key");
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, compact, &recid, &rs);
    Signature sig;
    sig.r = *U256::fromBigEndian(ByteView(compact, 32));
    sig.s = *U256::fromBigEndian(ByteView(compact + 32, 32));
    sig.yParity = static_cast<std::uint8_t>(recid);
    return sig;
}

Result<PublicKey> publicKeyOf(const PrivateKey& key)
{
    const secp256k1_context* ctx = signingContext();
    secp256k1_pubkey pk;
    if (!secp256k1_ec_pubkey_create(ctx, &pk, key.data()))
        return Error(Errc::InvalidSignature, 0, "privateKey", "not a valid secp256k1 secret key");
    return uncompressed(ctx, pk);
}

Result<Address> addressOf(const PrivateKey& key)
{
    BT_TRY(PublicKey pub, publicKeyOf(key));
    return addressOf(pub);
}

}  // namespace bt
