#include "transaction.h"

#include "keccak.h"
#include "rlp.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>

namespace bt {

namespace {

// Gas schedule (Yellow Paper appendix G and the EIPs named).
constexpr std::uint64_t kTxGas = 21000;
constexpr std::uint64_t kTxCreateGas = 32000;              // EIP-2, Homestead
constexpr std::uint64_t kTxDataZeroGas = 4;
constexpr std::uint64_t kTxDataNonZeroGasFrontier = 68;
constexpr std::uint64_t kTxDataNonZeroGasIstanbul = 16;    // EIP-2028
constexpr std::uint64_t kAccessListAddressGas = 2400;      // EIP-2930
constexpr std::uint64_t kAccessListStorageKeyGas = 1900;   // EIP-2930
constexpr std::uint64_t kInitCodeWordGas = 2;              // EIP-3860
constexpr std::size_t kMaxInitCodeSize = 49152;            // EIP-3860: 2 * 24576
constexpr std::uint64_t kPerAuthorizationGas = 25000;      // EIP-7702 PER_EMPTY_ACCOUNT_COST
constexpr std::uint64_t kFloorGasPerToken = 10;            // EIP-7623
constexpr std::uint64_t kTokensPerNonZeroByte = 4;         // EIP-7623
constexpr std::uint64_t kTxGasLimitCap = std::uint64_t{1} << 24;  // EIP-7825, Osaka

// EIP-4844 and EIP-7594 sidecars.
constexpr std::uint8_t kBlobCommitmentVersionKzg = 0x01;
constexpr std::size_t kBlobSize = 4096 * 32;
constexpr std::size_t kKzgCommitmentSize = 48;
constexpr std::size_t kKzgProofSize = 48;
constexpr std::size_t kCellsPerExtBlob = 128;

constexpr std::uint8_t kAuthorizationMagic = 0x05;  // EIP-7702 signing domain

// The longest layout (type 3) has 14 fields.
constexpr std::size_t kMaxFields = 14;

constexpr std::uint64_t kMaxUint64 = std::numeric_limits<std::uint64_t>::max();

std::uint64_t satAdd(std::uint64_t a, std::uint64_t b) noexcept
{
    return a > kMaxUint64 - b ? kMaxUint64 : a + b;
}

std::uint64_t satMul(std::uint64_t a, std::uint64_t b) noexcept
{
    if (a == 0 || b == 0) return 0;
    return a > kMaxUint64 / b ? kMaxUint64 : a * b;
}

Fork activationOf(TxType t) noexcept
{
    switch (t) {
    case TxType::Legacy: return Fork::Frontier;
    case TxType::AccessList: return Fork::Berlin;
    case TxType::DynamicFee: return Fork::London;
    case TxType::Blob: return Fork::Cancun;
    case TxType::SetCode: return Fork::Prague;
    }
    return Fork::Osaka;
}

bool hasDynamicFee(TxType t) noexcept
{
    return t == TxType::DynamicFee || t == TxType::Blob || t == TxType::SetCode;
}

// Field names of each layout, in RLP order; they name the errors ("tx.gasLimit").
constexpr std::array<std::string_view, 9> kLegacyFields{
    "tx.nonce", "tx.gasPrice", "tx.gasLimit", "tx.to", "tx.value", "tx.data", "tx.v", "tx.r", "tx.s"};
constexpr std::array<std::string_view, 11> kAccessListFields{
    "tx.chainId", "tx.nonce", "tx.gasPrice", "tx.gasLimit", "tx.to", "tx.value", "tx.data",
    "tx.accessList", "tx.yParity", "tx.r", "tx.s"};
constexpr std::array<std::string_view, 12> kDynamicFeeFields{
    "tx.chainId", "tx.nonce", "tx.maxPriorityFeePerGas", "tx.maxFeePerGas", "tx.gasLimit", "tx.to",
    "tx.value", "tx.data", "tx.accessList", "tx.yParity", "tx.r", "tx.s"};
constexpr std::array<std::string_view, 14> kBlobFields{
    "tx.chainId", "tx.nonce", "tx.maxPriorityFeePerGas", "tx.maxFeePerGas", "tx.gasLimit", "tx.to",
    "tx.value", "tx.data", "tx.accessList", "tx.maxFeePerBlobGas", "tx.blobVersionedHashes",
    "tx.yParity", "tx.r", "tx.s"};
constexpr std::array<std::string_view, 13> kSetCodeFields{
    "tx.chainId", "tx.nonce", "tx.maxPriorityFeePerGas", "tx.maxFeePerGas", "tx.gasLimit", "tx.to",
    "tx.value", "tx.data", "tx.accessList", "tx.authorizationList", "tx.yParity", "tx.r", "tx.s"};
constexpr std::array<std::string_view, 2> kAccessListEntryFields{"address", "storageKeys"};
constexpr std::array<std::string_view, 6> kAuthorizationFields{
    "chainId", "address", "nonce", "yParity", "r", "s"};

std::span<const std::string_view> layoutOf(TxType t) noexcept
{
    switch (t) {
    case TxType::Legacy: return kLegacyFields;
    case TxType::AccessList: return kAccessListFields;
    case TxType::DynamicFee: return kDynamicFeeFields;
    case TxType::Blob: return kBlobFields;
    case TxType::SetCode: return kSetCodeFields;
    }
    return {};
}

// "tx.accessList" + 3 + "address" -> "tx.accessList[3].address". Only built on the
// error path, so decoding a valid transaction formats no strings.
std::string indexed(std::string_view list, std::size_t i, std::string_view sub = {})
{
    std::string s(list);
    s += '[';
    s += std::to_string(i);
    s += ']';
    if (!sub.empty()) {
        s += '.';
        s += sub;
    }
    return s;
}

Error named(Error e, std::string_view field)
{
    return std::move(e).in(field);
}

template <class T>
Result<T> named(Result<T>&& r, std::string_view field)
{
    if (r.ok()) return std::move(r);
    return named(std::move(r).error(), field);
}

// Errors of signature.h name "signature.*"; in a transaction they are "tx.*".
Error renamed(const Error& e, std::string_view owner)
{
    Error out = e;
    constexpr std::string_view kPrefix = "signature";
    if (out.field.starts_with(kPrefix))
        out.field = std::string(owner) + out.field.substr(kPrefix.size());
    else
        out.field = std::string(owner) + (out.field.empty() ? "" : ".") + out.field;
    return out;
}

// The items of a list with exactly fields.size() items, without allocating.
struct Fields {
    std::array<rlp::Item, kMaxFields> items{};
    std::size_t count = 0;
};

// `listName()` names the list in errors; it is only called on the error path. Item
// errors are named listName() + "." + field, or the field alone when !prefixItems.
template <class ListName>
Result<Fields> readFields(const rlp::Item& list, std::span<const std::string_view> fields,
                          const ListName& listName, bool prefixItems)
{
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, listName());
    BT_TRY(rlp::ListReader reader, rlp::ListReader::open(list));
    Fields f;
    while (!reader.atEnd()) {
        if (f.count == fields.size()) {
            auto extra = reader.next();
            const std::size_t at = extra.ok() ? extra->offset : extra.error().offset;
            return Error(Errc::WrongFieldCount, at, listName(),
                         "more than " + std::to_string(fields.size()) + " fields");
        }
        auto item = reader.next();
        if (!item) {
            std::string field = prefixItems ? listName() + "." + std::string(fields[f.count])
                                            : std::string(fields[f.count]);
            return named(std::move(item).error(), field);
        }
        f.items[f.count++] = *item;
    }
    if (f.count != fields.size())
        return Error(Errc::WrongFieldCount, list.offset, listName(),
                     std::to_string(f.count) + " fields, want " + std::to_string(fields.size()));
    return f;
}

Result<std::uint64_t> nonceOf(const rlp::Item& item, std::string_view field)
{
    auto v = rlp::uint64Of(item);
    if (!v && v.error().code == Errc::IntegerOverflow)
        return Error(Errc::NonceOverflow, item.offset, std::string(field), "wider than 64 bits");
    return named(std::move(v), field);
}

Result<std::uint64_t> gasLimitOf(const rlp::Item& item, std::string_view field)
{
    auto v = rlp::uint64Of(item);
    if (!v && v.error().code == Errc::IntegerOverflow)
        return Error(Errc::GasLimitOverflow, item.offset, std::string(field), "wider than 64 bits");
    return named(std::move(v), field);
}

Result<std::optional<Address>> toOf(const rlp::Item& item, std::string_view field)
{
    BT_TRY(ByteView b, named(rlp::bytesOf(item), field));
    if (b.empty()) return std::optional<Address>{};
    BT_TRY(Address a, named(rlp::fixedOf<20>(item), field));
    return std::optional<Address>(a);
}

Result<std::vector<AccessListEntry>> accessListOf(const rlp::Item& list)
{
    constexpr std::string_view kName = "tx.accessList";
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, std::string(kName));
    BT_TRY(rlp::ListReader reader, rlp::ListReader::open(list));
    std::vector<AccessListEntry> out;
    for (std::size_t i = 0; !reader.atEnd(); ++i) {
        auto entryItem = reader.next();
        if (!entryItem) return named(std::move(entryItem).error(), indexed(kName, i));
        BT_TRY(Fields fields, readFields(*entryItem, kAccessListEntryFields,
                                         [&] { return indexed(kName, i); }, true));
        AccessListEntry entry;
        auto address = rlp::fixedOf<20>(fields.items[0]);
        if (!address) return named(std::move(address).error(), indexed(kName, i, "address"));
        entry.address = *address;
        const rlp::Item& keys = fields.items[1];
        if (!keys.isList)
            return Error(Errc::ExpectedList, keys.offset, indexed(kName, i, "storageKeys"));
        BT_TRY(rlp::ListReader keyReader, rlp::ListReader::open(keys));
        for (std::size_t k = 0; !keyReader.atEnd(); ++k) {
            auto keyItem = keyReader.next();
            if (!keyItem) return named(std::move(keyItem).error(), indexed(indexed(kName, i, "storageKeys"), k));
            auto key = rlp::fixedOf<32>(*keyItem);
            if (!key) return named(std::move(key).error(), indexed(indexed(kName, i, "storageKeys"), k));
            entry.storageKeys.push_back(*key);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

Result<std::vector<Hash32>> blobHashesOf(const rlp::Item& list)
{
    constexpr std::string_view kName = "tx.blobVersionedHashes";
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, std::string(kName));
    BT_TRY(rlp::ListReader reader, rlp::ListReader::open(list));
    std::vector<Hash32> out;
    for (std::size_t i = 0; !reader.atEnd(); ++i) {
        auto item = reader.next();
        if (!item) return named(std::move(item).error(), indexed(kName, i));
        auto h = rlp::fixedOf<32>(*item);
        if (!h) return named(std::move(h).error(), indexed(kName, i));
        out.push_back(*h);
    }
    return out;
}

Result<Authorization> authorizationOf(const rlp::Item& item, std::size_t index)
{
    constexpr std::string_view kName = "tx.authorizationList";
    BT_TRY(Fields fields, readFields(item, kAuthorizationFields,
                                     [&] { return indexed(kName, index); }, true));
    const auto& f = fields.items;
    const auto name = [&](std::size_t k) { return indexed(kName, index, kAuthorizationFields[k]); };
    Authorization a;
    auto chainId = rlp::u256Of(f[0]);
    if (!chainId) return named(std::move(chainId).error(), name(0));
    a.chainId = *chainId;
    auto address = rlp::fixedOf<20>(f[1]);
    if (!address) return named(std::move(address).error(), name(1));
    a.address = *address;
    auto nonce = rlp::uint64Of(f[2]);
    if (!nonce) {
        if (nonce.error().code == Errc::IntegerOverflow)
            return Error(Errc::NonceOverflow, f[2].offset, name(2), "wider than 64 bits");
        return named(std::move(nonce).error(), name(2));
    }
    a.nonce = *nonce;
    // EIP-7702 bounds y_parity below 2^8; within that, any value decodes.
    auto parity = rlp::uint8Of(f[3]);
    if (!parity) return named(std::move(parity).error(), name(3));
    a.yParity = U256(*parity);
    auto r = rlp::u256Of(f[4]);
    if (!r) return named(std::move(r).error(), name(4));
    a.r = *r;
    auto s = rlp::u256Of(f[5]);
    if (!s) return named(std::move(s).error(), name(5));
    a.s = *s;
    return a;
}

Result<std::vector<Authorization>> authorizationListOf(const rlp::Item& list)
{
    constexpr std::string_view kName = "tx.authorizationList";
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, std::string(kName));
    BT_TRY(rlp::ListReader reader, rlp::ListReader::open(list));
    std::vector<Authorization> out;
    for (std::size_t i = 0; !reader.atEnd(); ++i) {
        auto item = reader.next();
        if (!item) return named(std::move(item).error(), indexed(kName, i));
        BT_TRY(Authorization a, authorizationOf(*item, i));
        out.push_back(a);
    }
    return out;
}

// Decodes the payload list of a transaction of type `type` into `tx`.
Status decodePayload(Transaction& tx, const rlp::Item& list)
{
    BT_TRY(Fields fields, readFields(list, layoutOf(tx.type), [] { return std::string("tx"); }, false));
    const auto& f = fields.items;
    std::size_t i = 0;
    const auto name = [&](std::size_t k) { return layoutOf(tx.type)[k]; };
    const auto u256Field = [&](std::size_t k) { return named(rlp::u256Of(f[k]), name(k)); };

    if (tx.type != TxType::Legacy) {
        BT_TRY(tx.chainId, u256Field(i));
        ++i;
    }
    BT_TRY(tx.nonce, nonceOf(f[i], name(i)));
    ++i;
    if (hasDynamicFee(tx.type)) {
        BT_TRY(tx.maxPriorityFeePerGas, u256Field(i));
        ++i;
        BT_TRY(tx.maxFeePerGas, u256Field(i));
        ++i;
    } else {
        BT_TRY(tx.gasPrice, u256Field(i));
        ++i;
    }
    BT_TRY(tx.gasLimit, gasLimitOf(f[i], name(i)));
    ++i;
    BT_TRY(tx.to, toOf(f[i], name(i)));
    ++i;
    BT_TRY(tx.value, u256Field(i));
    ++i;
    BT_TRY(ByteView data, named(rlp::bytesOf(f[i]), name(i)));
    tx.data.assign(data.begin(), data.end());
    ++i;
    if (tx.type != TxType::Legacy) {
        BT_TRY(tx.accessList, accessListOf(f[i]));
        ++i;
    }
    if (tx.type == TxType::Blob) {
        BT_TRY(tx.maxFeePerBlobGas, u256Field(i));
        ++i;
        BT_TRY(tx.blobVersionedHashes, blobHashesOf(f[i]));
        ++i;
    }
    if (tx.type == TxType::SetCode) {
        BT_TRY(tx.authorizationList, authorizationListOf(f[i]));
        ++i;
    }
    if (tx.type == TxType::Legacy) {
        BT_TRY(U256 v, u256Field(i));
        tx.setLegacyV(v);
        ++i;
    } else {
        BT_TRY(tx.yParity, named(rlp::uint8Of(f[i]), name(i)));
        ++i;
    }
    BT_TRY(tx.r, u256Field(i));
    ++i;
    BT_TRY(tx.s, u256Field(i));
    return {};
}

void encodeAccessList(rlp::Encoder& e, const std::vector<AccessListEntry>& list)
{
    e.beginList();
    for (const auto& entry : list) {
        e.beginList().fixed(entry.address).beginList();
        for (const auto& key : entry.storageKeys) e.fixed(key);
        e.endList().endList();
    }
    e.endList();
}

// a - b for b <= a (callers guarantee it): v - 35 of an EIP-155 v.
U256 subtractSmall(const U256& a, std::uint64_t b) noexcept
{
    auto bytes = a.toBigEndian32();
    std::uint64_t borrow = b;
    for (std::size_t i = bytes.size(); i-- > 0 && borrow != 0;) {
        const std::uint64_t cur = bytes[i];
        const std::uint64_t take = borrow & 0xff;
        borrow >>= 8;
        if (cur >= take) {
            bytes[i] = static_cast<std::uint8_t>(cur - take);
        } else {
            bytes[i] = static_cast<std::uint8_t>(cur + 256 - take);
            borrow += 1;
        }
    }
    return *U256::fromBigEndian(bytes);
}

// The chain id a legacy v carries, when it is an EIP-155 v (>= 35).
std::optional<U256> eip155ChainIdOf(const U256& v) noexcept
{
    if (v < U256(35)) return std::nullopt;
    return subtractSmall(v, 35).divU64(2);
}

enum class Mode : std::uint8_t { Signed, Signing };

Bytes encodeTx(const Transaction& tx, Mode mode)
{
    rlp::Encoder e;
    std::size_t estimate = 160 + tx.data.size() + 32 * tx.blobVersionedHashes.size() +
                           120 * tx.authorizationList.size();
    for (const auto& entry : tx.accessList) estimate += 24 + 33 * entry.storageKeys.size();
    e.reserve(estimate);

    if (tx.type != TxType::Legacy) {
        const std::uint8_t typeByte = static_cast<std::uint8_t>(tx.type);
        e.raw(ByteView(&typeByte, 1));
    }
    e.beginList();
    if (tx.type != TxType::Legacy) e.uint(tx.chainId);
    e.uint(tx.nonce);
    if (hasDynamicFee(tx.type))
        e.uint(tx.maxPriorityFeePerGas).uint(tx.maxFeePerGas);
    else
        e.uint(tx.gasPrice);
    e.uint(tx.gasLimit);
    if (tx.to)
        e.fixed(*tx.to);
    else
        e.bytes({});
    e.uint(tx.value).bytes(tx.data);
    if (tx.type != TxType::Legacy) encodeAccessList(e, tx.accessList);
    if (tx.type == TxType::Blob) {
        e.uint(tx.maxFeePerBlobGas).beginList();
        for (const auto& h : tx.blobVersionedHashes) e.fixed(h);
        e.endList();
    }
    if (tx.type == TxType::SetCode) {
        e.beginList();
        for (const auto& a : tx.authorizationList) {
            e.beginList().uint(a.chainId).fixed(a.address).uint(a.nonce).uint(a.yParity).uint(a.r).uint(a.s);
            e.endList();
        }
        e.endList();
    }
    if (mode == Mode::Signed) {
        if (tx.type == TxType::Legacy)
            e.uint(tx.v);
        else
            e.uint(std::uint64_t{tx.yParity});
        e.uint(tx.r).uint(tx.s);
    } else if (tx.type == TxType::Legacy) {
        // EIP-155: a signed v says which chain id was signed; an unsigned transaction
        // (v still 0) is signed for its chainId field, pre-EIP-155 when that is 0.
        std::optional<U256> chainId = eip155ChainIdOf(tx.v);
        if (!chainId && tx.v.isZero() && !tx.chainId.isZero()) chainId = tx.chainId;
        if (chainId) e.uint(*chainId).uint(std::uint64_t{0}).uint(std::uint64_t{0});
    }
    e.endList();
    return e.take();
}

// Checks a blob sidecar against the transaction it came with.
Status checkSidecar(const Transaction& tx, const rlp::Item& blobs, const rlp::Item& commitments,
                    const rlp::Item& proofs, std::size_t proofsPerBlob)
{
    const auto elements = [](const rlp::Item& list, std::string_view name,
                             std::size_t size) -> Result<std::vector<ByteView>> {
        if (!list.isList) return Error(Errc::ExpectedList, list.offset, std::string(name));
        BT_TRY(rlp::ListReader reader, rlp::ListReader::open(list));
        std::vector<ByteView> out;
        for (std::size_t i = 0; !reader.atEnd(); ++i) {
            auto item = reader.next();
            if (!item) return named(std::move(item).error(), indexed(name, i));
            auto b = rlp::bytesOf(*item);
            if (!b) return named(std::move(b).error(), indexed(name, i));
            if (b->size() != size)
                return Error(Errc::WrongLength, item->offset, indexed(name, i),
                             "got " + std::to_string(b->size()) + " bytes, want " + std::to_string(size));
            out.push_back(*b);
        }
        return out;
    };
    BT_TRY(auto blobList, elements(blobs, "tx.sidecar.blobs", kBlobSize));
    BT_TRY(auto commitmentList, elements(commitments, "tx.sidecar.commitments", kKzgCommitmentSize));
    BT_TRY(auto proofList, elements(proofs, "tx.sidecar.proofs", kKzgProofSize));
    const std::size_t n = tx.blobVersionedHashes.size();
    if (blobList.size() != n)
        return Error(Errc::InvalidBlobTx, blobs.offset, "tx.sidecar.blobs",
                     std::to_string(blobList.size()) + " blobs for " + std::to_string(n) + " versioned hashes");
    if (commitmentList.size() != n)
        return Error(Errc::InvalidBlobTx, commitments.offset, "tx.sidecar.commitments",
                     std::to_string(commitmentList.size()) + " commitments for " + std::to_string(n) +
                         " versioned hashes");
    if (proofList.size() != n * proofsPerBlob)
        return Error(Errc::InvalidBlobTx, proofs.offset, "tx.sidecar.proofs",
                     std::to_string(proofList.size()) + " proofs, want " + std::to_string(n * proofsPerBlob));
    for (std::size_t i = 0; i < n; ++i) {
        // EIP-4844 kzg_to_versioned_hash: 0x01 || sha256(commitment)[1:].
        Hash32 expected = sha256(commitmentList[i]);
        expected.bytes[0] = kBlobCommitmentVersionKzg;
        if (expected != tx.blobVersionedHashes[i])
            return Error(Errc::InvalidBlobTx, commitments.offset, indexed("tx.sidecar.commitments", i),
                         "does not hash to versioned hash " + std::to_string(i));
    }
    return {};
}

}  // namespace

// ---- Authorization ----

Hash32 Authorization::signingHash() const
{
    rlp::Encoder e;
    e.reserve(64);
    e.raw(ByteView(&kAuthorizationMagic, 1));
    e.beginList().uint(chainId).fixed(address).uint(nonce).endList();
    return keccak256(e.out());
}

Result<Address> Authorization::recoverAuthority() const
{
    if (yParity > U256(1))
        return Error(Errc::InvalidSignature, 0, "authorization.yParity", "must be 0 or 1");
    Signature sig{r, s, static_cast<std::uint8_t>(yParity.low64())};
    auto a = recoverAddress(signingHash(), sig);
    if (!a) return renamed(a.error(), "authorization");
    return *a;
}

Status Authorization::checkSignatureRules() const
{
    if (yParity > U256(1))
        return Error(Errc::InvalidSignature, 0, "authorization.yParity", "must be 0 or 1");
    auto st = checkSignatureValues(r, s, true);
    if (!st) return renamed(st.error(), "authorization");
    return {};
}

// ---- Transaction ----

bool Transaction::isEip155() const noexcept
{
    return type == TxType::Legacy && v >= U256(35);
}

void Transaction::setLegacyV(const U256& rawV)
{
    v = rawV;
    chainId = U256();
    yParity = 0;
    if (rawV == U256(27) || rawV == U256(28)) {
        yParity = static_cast<std::uint8_t>(rawV.low64() - 27);
    } else if (auto id = eip155ChainIdOf(rawV)) {
        chainId = *id;
        // v = 2 * chainId + 35 + parity: an odd v has parity 0.
        yParity = (rawV.low64() & 1) != 0 ? 0 : 1;
    }
}

Status Transaction::setSignature(const Signature& sig)
{
    if (sig.yParity > 1) return Error(Errc::InvalidSignature, 0, "tx.yParity", "must be 0 or 1");
    r = sig.r;
    s = sig.s;
    yParity = sig.yParity;
    if (type != TxType::Legacy) {
        v = U256();
        return {};
    }
    if (chainId.isZero()) {
        v = U256(27 + std::uint64_t{sig.yParity});
        return {};
    }
    auto doubled = U256::checkedMul(chainId, U256(2));
    std::optional<U256> newV;
    if (doubled) newV = U256::checkedAdd(*doubled, U256(35 + std::uint64_t{sig.yParity}));
    if (!newV) return Error(Errc::IntegerOverflow, 0, "tx.chainId", "chainId * 2 + 36 exceeds 256 bits");
    v = *newV;
    return {};
}

Result<Transaction> Transaction::decode(ByteView envelope, std::size_t base)
{
    if (envelope.empty()) return Error(Errc::UnexpectedEnd, base, "tx", "empty input");
    const std::uint8_t first = envelope[0];
    Transaction tx;
    if (first >= 0xc0) {
        BT_TRY(rlp::Item list, named(rlp::decodeExact(envelope, base), "tx"));
        BT_TRY_STATUS(decodePayload(tx, list));
        return tx;
    }
    if (first >= 0x80)
        return Error(Errc::ExpectedList, base, "tx", "a string where the transaction list should be");
    if (first < static_cast<std::uint8_t>(TxType::AccessList) || first > static_cast<std::uint8_t>(TxType::SetCode))
        return Error(Errc::UnsupportedTxType, base, "tx.type", "unknown type " + std::to_string(first));
    tx.type = static_cast<TxType>(first);
    BT_TRY(rlp::Item list, named(rlp::decodeExact(envelope.subspan(1), base + 1), "tx"));
    BT_TRY_STATUS(decodePayload(tx, list));
    return tx;
}

Result<Transaction> Transaction::decodeNetwork(ByteView raw, std::size_t base)
{
    if (raw.empty() || raw[0] != static_cast<std::uint8_t>(TxType::Blob)) return decode(raw, base);
    BT_TRY(rlp::Item outer, named(rlp::decodeExact(raw.subspan(1), base + 1), "tx"));
    if (!outer.isList) return Error(Errc::ExpectedList, outer.offset, "tx");
    BT_TRY(rlp::ListReader reader, rlp::ListReader::open(outer));
    if (reader.atEnd()) return decode(raw, base);  // reports the empty payload
    BT_TRY(rlp::Item first, named(reader.next(), "tx"));
    // The canonical payload starts with chainId, a string; the wrapper with a list.
    if (!first.isList) return decode(raw, base);

    Transaction tx;
    tx.type = TxType::Blob;
    BT_TRY_STATUS(decodePayload(tx, first));

    std::array<rlp::Item, 4> rest{};
    std::size_t count = 0;
    while (!reader.atEnd()) {
        BT_TRY(rlp::Item item, named(reader.next(), "tx.sidecar"));
        if (count == rest.size())
            return Error(Errc::WrongFieldCount, item.offset, "tx.sidecar", "too many sidecar fields");
        rest[count++] = item;
    }
    // EIP-4844: [blobs, commitments, proofs]; EIP-7594: [version = 1, blobs, commitments, cell_proofs].
    if (count == 3 && rest[0].isList) {
        BT_TRY_STATUS(checkSidecar(tx, rest[0], rest[1], rest[2], 1));
        return tx;
    }
    if (count == 4 && !rest[0].isList) {
        BT_TRY(std::uint8_t version, named(rlp::uint8Of(rest[0]), "tx.sidecar.version"));
        if (version != 1)
            return Error(Errc::InvalidBlobTx, rest[0].offset, "tx.sidecar.version",
                         "unknown wrapper version " + std::to_string(version));
        BT_TRY_STATUS(checkSidecar(tx, rest[1], rest[2], rest[3], kCellsPerExtBlob));
        return tx;
    }
    return Error(Errc::WrongFieldCount, outer.offset, "tx.sidecar",
                 "want [tx, blobs, commitments, proofs] or [tx, 1, blobs, commitments, cell_proofs]");
}

Bytes Transaction::encode() const
{
    return encodeTx(*this, Mode::Signed);
}

Hash32 Transaction::hash() const
{
    return keccak256(encode());
}

Hash32 Transaction::signingHash() const
{
    return keccak256(encodeTx(*this, Mode::Signing));
}

Status Transaction::validate(const TxRules& rules) const
{
    const Fork fork = rules.fork;
    if (fork < activationOf(type))
        return Error(Errc::UnsupportedTxType, 0, "tx.type",
                     "type " + std::to_string(static_cast<int>(type)) + " is not active before " +
                         std::string(forkName(activationOf(type))));

    // Chain id and v / yParity.
    if (type == TxType::Legacy) {
        if (v != U256(27) && v != U256(28)) {
            if (fork < Fork::SpuriousDragon)
                return Error(Errc::InvalidSignature, 0, "tx.v", "v must be 27 or 28 before EIP-155 (Spurious Dragon)");
            const auto id = eip155ChainIdOf(v);
            if (!id) return Error(Errc::InvalidChainId, 0, "tx.v", "v must be 27, 28 or chainId * 2 + 35/36");
            if (rules.chainId && *id != *rules.chainId)
                return Error(Errc::InvalidChainId, 0, "tx.v",
                             "signed for chain " + id->toDecimal() + ", want " + rules.chainId->toDecimal());
        }
    } else {
        if (rules.chainId && chainId != *rules.chainId)
            return Error(Errc::InvalidChainId, 0, "tx.chainId",
                         "chain " + chainId.toDecimal() + ", want " + rules.chainId->toDecimal());
        if (yParity > 1) return Error(Errc::InvalidSignature, 0, "tx.yParity", "must be 0 or 1");
    }
    // EIP-2: from Homestead on, s must be in the lower half of the order.
    if (auto st = checkSignatureValues(r, s, fork >= Fork::Homestead); !st) return renamed(st.error(), "tx");

    // EIP-2681 (applies to every fork: no account can reach that nonce).
    if (nonce == kMaxUint64) return Error(Errc::NonceOverflow, 0, "tx.nonce", "2^64 - 1 is not a valid nonce (EIP-2681)");
    if (fork >= Fork::Osaka && gasLimit > kTxGasLimitCap)
        return Error(Errc::GasLimitOverflow, 0, "tx.gasLimit", "above the 2^24 cap (EIP-7825)");

    const U256& feeCap = hasDynamicFee(type) ? maxFeePerGas : gasPrice;
    if (hasDynamicFee(type) && maxPriorityFeePerGas > maxFeePerGas)
        return Error(Errc::PriorityFeeAboveMaxFee, 0, "tx.maxPriorityFeePerGas");
    if (!U256::checkedMul(U256(gasLimit), feeCap))
        return Error(Errc::FeeOverflow, 0, "tx.gasLimit", hasDynamicFee(type) ? "gasLimit * maxFeePerGas" : "gasLimit * gasPrice");

    if (!to && fork >= Fork::Shanghai && data.size() > kMaxInitCodeSize)
        return Error(Errc::InitCodeTooLarge, 0, "tx.data",
                     std::to_string(data.size()) + " bytes > " + std::to_string(kMaxInitCodeSize) + " (EIP-3860)");

    if (type == TxType::Blob) {
        if (!to) return Error(Errc::InvalidBlobTx, 0, "tx.to", "a blob transaction cannot create a contract");
        if (blobVersionedHashes.empty()) return Error(Errc::InvalidBlobTx, 0, "tx.blobVersionedHashes", "no blobs");
        for (std::size_t i = 0; i < blobVersionedHashes.size(); ++i)
            if (blobVersionedHashes[i].bytes[0] != kBlobCommitmentVersionKzg)
                return Error(Errc::InvalidBlobTx, 0, indexed("tx.blobVersionedHashes", i),
                             "version byte " + std::to_string(blobVersionedHashes[i].bytes[0]) + ", want 1");
    }
    if (type == TxType::SetCode) {
        if (!to) return Error(Errc::InvalidSetCodeTx, 0, "tx.to", "a set-code transaction cannot create a contract");
        if (authorizationList.empty())
            return Error(Errc::InvalidSetCodeTx, 0, "tx.authorizationList", "no authorizations");
    }

    const std::uint64_t intrinsic = intrinsicGas(fork);
    if (gasLimit < intrinsic)
        return Error(Errc::IntrinsicGasTooLow, 0, "tx.gasLimit",
                     std::to_string(gasLimit) + " < intrinsic gas " + std::to_string(intrinsic));
    if (fork >= Fork::Prague) {
        const std::uint64_t floorGas = calldataFloorGas();
        if (gasLimit < floorGas)
            return Error(Errc::IntrinsicGasTooLow, 0, "tx.gasLimit",
                         std::to_string(gasLimit) + " < calldata floor " + std::to_string(floorGas) + " (EIP-7623)");
    }

    if (rules.baseFee && feeCap < *rules.baseFee)
        return Error(Errc::MaxFeeBelowBaseFee, 0, hasDynamicFee(type) ? "tx.maxFeePerGas" : "tx.gasPrice",
                     feeCap.toDecimal() + " < base fee " + rules.baseFee->toDecimal());
    return {};
}

Result<Address> Transaction::recoverSender() const
{
    std::uint8_t parity = yParity;
    if (type == TxType::Legacy) {
        if (v == U256(27) || v == U256(28))
            parity = static_cast<std::uint8_t>(v.low64() - 27);
        else if (v >= U256(35))
            parity = (v.low64() & 1) != 0 ? 0 : 1;
        else
            return Error(Errc::InvalidSignature, 0, "tx.v", "v must be 27, 28 or chainId * 2 + 35/36");
    }
    auto a = recoverAddress(signingHash(), Signature{r, s, parity});
    if (!a) return renamed(a.error(), "tx");
    return *a;
}

std::uint64_t Transaction::intrinsicGas(Fork fork) const noexcept
{
    const bool create = !to.has_value();
    std::uint64_t gas = kTxGas;
    if (create && fork >= Fork::Homestead) gas += kTxCreateGas;

    const auto zeros = static_cast<std::uint64_t>(std::count(data.begin(), data.end(), std::uint8_t{0}));
    const std::uint64_t nonZeros = data.size() - zeros;
    const std::uint64_t nonZeroGas = fork >= Fork::Istanbul ? kTxDataNonZeroGasIstanbul : kTxDataNonZeroGasFrontier;
    gas = satAdd(gas, satMul(zeros, kTxDataZeroGas));
    gas = satAdd(gas, satMul(nonZeros, nonZeroGas));

    if (create && fork >= Fork::Shanghai) {
        const std::uint64_t words = (std::uint64_t{data.size()} + 31) / 32;
        gas = satAdd(gas, satMul(words, kInitCodeWordGas));
    }
    for (const auto& entry : accessList) {
        gas = satAdd(gas, kAccessListAddressGas);
        gas = satAdd(gas, satMul(entry.storageKeys.size(), kAccessListStorageKeyGas));
    }
    gas = satAdd(gas, satMul(authorizationList.size(), kPerAuthorizationGas));
    return gas;
}

std::uint64_t Transaction::calldataFloorGas() const noexcept
{
    const auto zeros = static_cast<std::uint64_t>(std::count(data.begin(), data.end(), std::uint8_t{0}));
    const std::uint64_t nonZeros = data.size() - zeros;
    const std::uint64_t tokens = satAdd(zeros, satMul(nonZeros, kTokensPerNonZeroByte));
    return satAdd(kTxGas, satMul(tokens, kFloorGasPerToken));
}

Address createAddress(const Address& sender, std::uint64_t nonce)
{
    rlp::Encoder e;
    e.beginList().fixed(sender).uint(nonce).endList();
    const Hash32 h = keccak256(e.out());
    Address a;
    std::memcpy(a.data(), h.data() + 12, 20);
    return a;
}

}  // namespace bt
