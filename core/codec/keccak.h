// Keccak-256 as Ethereum uses it (the original Keccak padding 0x01, not SHA3's 0x06).
//
// keccak256() uses OpenSSL's KECCAK-256 when the OpenSSL found at build time has it
// (3.2 and later); otherwise the in-tree sponge below. The in-tree sponge is always
// built: with the SHA-3 padding it must agree with OpenSSL's SHA3-256, which is how
// the tests cross-check the permutation.
#pragma once

#include "bytes.h"

#include <cstdint>

namespace bt {

Hash32 keccak256(ByteView data) noexcept;

// Name of the backend keccak256() uses: "openssl" or "in-tree".
const char* keccakBackend() noexcept;

// The Keccak-f[1600] permutation, 24 rounds, lanes in little-endian order.
void keccakF1600(std::uint64_t state[25]) noexcept;

// Incremental sponge with a 256-bit output and a 1088-bit rate.
class KeccakSponge256 {
public:
    enum class Padding : std::uint8_t { Keccak = 0x01, Sha3 = 0x06 };
    explicit KeccakSponge256(Padding pad = Padding::Keccak) noexcept : m_pad(pad) {}

    KeccakSponge256& update(ByteView data) noexcept;
    Hash32 finish() noexcept;  // the sponge is spent afterwards; reset() to reuse
    void reset() noexcept;

    static constexpr std::size_t kRate = 136;

private:
    std::uint64_t m_state[25]{};
    std::uint8_t m_buffer[kRate]{};
    std::size_t m_buffered = 0;
    Padding m_pad;
};

// SHA3-256 through the in-tree sponge (tests compare it with OpenSSL's).
Hash32 sha3_256InTree(ByteView data) noexcept;

// SHA-256 through OpenSSL (EIP-7685 requests hash, jcs-sha256 event hashes).
Hash32 sha256(ByteView data) noexcept;

}  // namespace bt
