#include "error.h"

namespace bt {

std::string_view describe(Errc code) noexcept
{
    switch (code) {
    case Errc::InvalidHex: return "invalid hex string";
    case Errc::UnexpectedEnd: return "input ends before the announced length";
    case Errc::TrailingBytes: return "trailing bytes after the item";
    case Errc::NonCanonicalSize: return "non-canonical length prefix";
    case Errc::LengthLeadingZero: return "length prefix with leading zero bytes";
    case Errc::IntegerLeadingZero: return "integer with leading zero bytes";
    case Errc::IntegerOverflow: return "integer too large for the field";
    case Errc::ExpectedList: return "expected a list, found a string";
    case Errc::ExpectedString: return "expected a string, found a list";
    case Errc::WrongLength: return "wrong length for a fixed-size field";
    case Errc::WrongFieldCount: return "wrong number of fields";
    case Errc::TooDeep: return "nesting too deep";
    case Errc::TooLarge: return "item too large";
    case Errc::UnsupportedTxType: return "transaction type not supported";
    case Errc::InvalidChainId: return "invalid chain id";
    case Errc::InvalidSignature: return "invalid signature values";
    case Errc::RecoveryFailed: return "signature does not recover a public key";
    case Errc::NonceOverflow: return "nonce too large";
    case Errc::GasLimitOverflow: return "gas limit too large";
    case Errc::FeeOverflow: return "gas limit times fee overflows 256 bits";
    case Errc::PriorityFeeAboveMaxFee: return "max priority fee above max fee";
    case Errc::IntrinsicGasTooLow: return "gas limit below intrinsic gas";
    case Errc::InitCodeTooLarge: return "init code too large";
    case Errc::InvalidBlobTx: return "invalid blob transaction";
    case Errc::InvalidSetCodeTx: return "invalid set-code transaction";
    case Errc::MaxFeeBelowBaseFee: return "max fee below the block's base fee";
    case Errc::BlobFeeTooLow: return "max blob fee below the block's blob base fee";
    case Errc::InvalidHeaderLayout: return "invalid header layout";
    case Errc::HashMismatch: return "hash mismatch";
    case Errc::RootMismatch: return "root mismatch";
    case Errc::InvalidJson: return "invalid JSON-RPC object";
    case Errc::BlockNumberMismatch: return "block number is not the parent's plus one";
    case Errc::TimestampNotAfterParent: return "timestamp not after the parent's";
    case Errc::GasUsedAboveLimit: return "gas used above the gas limit";
    case Errc::GasLimitOutOfBounds: return "gas limit out of bounds";
    case Errc::BaseFeeMismatch: return "base fee differs from the EIP-1559 value";
    case Errc::ExtraDataTooLong: return "extra data too long";
    case Errc::InvalidPostMergeField: return "proof-of-work field set after the Merge";
    case Errc::JsonSyntax: return "invalid JSON";
    case Errc::JsonInvalidUtf8: return "invalid UTF-8 in JSON text";
    case Errc::JsonLoneSurrogate: return "lone surrogate in a JSON string";
    case Errc::JsonDuplicateName: return "duplicate member name in a JSON object";
    case Errc::JsonNumberNotRepresentable: return "number not representable as a finite IEEE-754 double";
    }
    return "unknown error";
}

std::string Error::message() const
{
    std::string m(describe(code));
    if (!field.empty()) {
        m += " in ";
        m += field;
    }
    m += " at byte ";
    m += std::to_string(offset);
    if (!detail.empty()) {
        m += " (";
        m += detail;
        m += ')';
    }
    return m;
}

Error&& Error::in(std::string_view outer) &&
{
    if (field.empty())
        field = outer;
    else
        field = std::string(outer) + "." + field;
    return std::move(*this);
}

}  // namespace bt
