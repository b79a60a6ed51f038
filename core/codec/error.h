// Typed errors of the codec: what is wrong (Errc), where (field and byte offset)
// and, when it helps a person, a detail ("got 19 bytes, want 20").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bt {

enum class Errc : std::uint8_t {
    // Encodings
    InvalidHex,
    UnexpectedEnd,         // the input ends before the item its prefix announces
    TrailingBytes,         // bytes left after the item that should span the whole input
    NonCanonicalSize,      // a longer prefix than needed, or one byte < 0x80 wrapped in a string prefix
    LengthLeadingZero,     // a long-form length with leading zero bytes
    IntegerLeadingZero,    // an integer with leading zero bytes (0 must be the empty string)
    IntegerOverflow,       // an integer wider than the field allows
    ExpectedList,
    ExpectedString,
    WrongLength,           // a fixed-size field (hash, address, bloom, nonce) of another size
    WrongFieldCount,       // a list with more or fewer fields than its layout has
    TooDeep,               // nesting deeper than the decoder's bound
    TooLarge,              // an item larger than the decoder's bound

    // Transactions
    UnsupportedTxType,     // unknown type byte, or a type the fork does not have yet
    InvalidChainId,        // a chain id other than the one expected, or a pre-EIP-155 v after EIP-155 where not allowed
    InvalidSignature,      // r, s or v/yParity out of the allowed range (incl. EIP-2 high s)
    RecoveryFailed,        // the signature does not recover to a public key
    NonceOverflow,         // nonce at or above 2^64 - 1 (EIP-2681)
    GasLimitOverflow,      // tx gas limit wider than 64 bits, or above EIP-7825's 2^24 cap (Osaka)
    FeeOverflow,           // gasLimit * price does not fit 256 bits
    PriorityFeeAboveMaxFee,
    IntrinsicGasTooLow,
    InitCodeTooLarge,      // EIP-3860
    InvalidBlobTx,         // no blobs, a create, or a versioned hash with a bad version byte
    InvalidSetCodeTx,      // EIP-7702: a create, or no authorizations
    MaxFeeBelowBaseFee,    // maxFeePerGas / gasPrice below the block's base fee
    BlobFeeTooLow,         // maxFeePerBlobGas below the block's blob base fee

    // Headers and blocks
    InvalidHeaderLayout,   // field count that matches no fork's header layout, or the wrong one for the fork
    HashMismatch,
    RootMismatch,
    InvalidJson,           // a JSON-RPC object missing a field or with a malformed one
    BlockNumberMismatch,   // number is not the parent's + 1
    TimestampNotAfterParent,
    GasUsedAboveLimit,
    GasLimitOutOfBounds,   // moved too far from the parent's, below 5000, or above 2^63 - 1
    BaseFeeMismatch,       // baseFeePerGas is not the EIP-1559 value the parent implies
    ExtraDataTooLong,
    InvalidPostMergeField, // difficulty, nonce or ommers not zero/empty after the Merge (EIP-3675)

    // JSON text for RFC 8785 canonicalization (jcs.h)
    JsonSyntax,            // not RFC 8259 JSON: bad token, missing ',' or ':', trailing data, unexpected end
    JsonInvalidUtf8,       // bytes that are not well-formed UTF-8 (RFC 3629), incl. encoded surrogates
    JsonLoneSurrogate,     // a \uD800-\uDFFF escape that is not half of a pair (RFC 8785 3.2.2.2)
    JsonDuplicateName,     // an object with two members of the same (unescaped) name (I-JSON)
    JsonNumberNotRepresentable, // a number beyond the finite IEEE-754 doubles, or NaN/Infinity to serialize
};

std::string_view describe(Errc code) noexcept;

struct Error {
    Errc code = Errc::InvalidHex;
    std::size_t offset = 0;   // byte offset in the input where the problem was found
    std::string field;        // e.g. "tx.gasLimit", "header.baseFeePerGas"
    std::string detail;       // optional, e.g. "got 19 bytes, want 20"

    Error() = default;
    Error(Errc c, std::size_t off = 0, std::string f = {}, std::string d = {})
        : code(c), offset(off), field(std::move(f)), detail(std::move(d)) {}

    // "integer with leading zero bytes in tx.nonce at byte 3 (…)"
    std::string message() const;

    // Prefixes a field path: "gasLimit" inside "tx" becomes "tx.gasLimit".
    Error&& in(std::string_view outer) &&;
};

}  // namespace bt
