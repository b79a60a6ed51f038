#include "receipt.h"

#include "keccak.h"
#include "rlp.h"

#include <string>

namespace bt {

namespace {

template <class T>
Result<T> inField(Result<T> r, const std::string& name)
{
    if (r.ok()) return r;
    return std::move(r).error().in(name);
}

Result<Log> decodeLog(const rlp::Item& item, const std::string& name)
{
    if (!item.isList) return Error(Errc::ExpectedList, item.offset, name);
    BT_TRY(std::vector<rlp::Item> f, inField(rlp::listItems(item, 3, 3), name));
    Log log;
    BT_TRY(log.address, inField(rlp::fixedOf<20>(f[0]), name + ".address"));
    if (!f[1].isList) return Error(Errc::ExpectedList, f[1].offset, name + ".topics");
    BT_TRY(std::vector<rlp::Item> topics, inField(rlp::listItems(f[1]), name + ".topics"));
    log.topics.reserve(topics.size());
    for (std::size_t i = 0; i < topics.size(); ++i) {
        BT_TRY(Hash32 t, inField(rlp::fixedOf<32>(topics[i]), name + ".topics[" + std::to_string(i) + "]"));
        log.topics.push_back(t);
    }
    BT_TRY(ByteView data, inField(rlp::bytesOf(f[2]), name + ".data"));
    log.data.assign(data.begin(), data.end());
    return log;
}

}  // namespace

Result<Receipt> Receipt::decode(ByteView enc, std::size_t base)
{
    if (enc.empty()) return Error(Errc::UnexpectedEnd, base, "receipt", "empty input");
    Receipt r;
    ByteView body = enc;
    std::size_t bodyBase = base;
    if (enc[0] < 0xc0) {
        // EIP-2718: a typed receipt is type || rlp(list); 0 and >= 0x80 are no types.
        if (enc[0] < 1 || enc[0] > 4)
            return Error(Errc::UnsupportedTxType, base, "receipt.type", "type byte " + toHex(enc.first(1)));
        r.type = static_cast<TxType>(enc[0]);
        body = enc.subspan(1);
        bodyBase = base + 1;
    }
    BT_TRY(rlp::Item list, inField(rlp::decodeExact(body, bodyBase), "receipt"));
    if (!list.isList) return Error(Errc::ExpectedList, list.offset, "receipt");
    BT_TRY(std::vector<rlp::Item> f, inField(rlp::listItems(list, 4, 4), "receipt"));

    // Byzantium (EIP-658) replaced the 32-byte state root by a status: empty (0) or 0x01.
    BT_TRY(ByteView first, inField(rlp::bytesOf(f[0]), "receipt.status"));
    if (first.size() == 32) {
        r.postStateRoot = *Hash32::from(first);
    } else if (first.empty()) {
        r.status = false;
    } else if (first.size() == 1) {
        if (first[0] == 0) return Error(Errc::IntegerLeadingZero, f[0].payloadOffset, "receipt.status");
        if (first[0] != 1) return Error(Errc::IntegerOverflow, f[0].offset, "receipt.status", "status above 1");
        r.status = true;
    } else {
        return Error(Errc::WrongLength, f[0].offset, "receipt.status",
                     "got " + std::to_string(first.size()) + " bytes, want 0 or 1 (status) or 32 (state root)");
    }
    BT_TRY(r.cumulativeGasUsed, inField(rlp::uint64Of(f[1]), "receipt.cumulativeGasUsed"));
    BT_TRY(r.logsBloom, inField(rlp::fixedOf<256>(f[2]), "receipt.logsBloom"));
    if (!f[3].isList) return Error(Errc::ExpectedList, f[3].offset, "receipt.logs");
    BT_TRY(std::vector<rlp::Item> logs, inField(rlp::listItems(f[3]), "receipt.logs"));
    r.logs.reserve(logs.size());
    for (std::size_t i = 0; i < logs.size(); ++i) {
        BT_TRY(Log log, decodeLog(logs[i], "receipt.logs[" + std::to_string(i) + "]"));
        r.logs.push_back(std::move(log));
    }
    return r;
}

Bytes Receipt::encode() const
{
    rlp::Encoder e;
    std::size_t size = 300;
    for (const Log& l : logs) size += 30 + 33 * l.topics.size() + l.data.size() + 4;
    e.reserve(size);
    if (type != TxType::Legacy) {
        const std::uint8_t t = static_cast<std::uint8_t>(type);
        e.raw(ByteView(&t, 1));
    }
    e.beginList();
    if (postStateRoot)
        e.fixed(*postStateRoot);
    else
        e.uint(status ? 1u : 0u);
    e.uint(cumulativeGasUsed).fixed(logsBloom).beginList();
    for (const Log& l : logs) {
        e.beginList().fixed(l.address).beginList();
        for (const Hash32& t : l.topics) e.fixed(t);
        e.endList().bytes(l.data).endList();
    }
    e.endList().endList();
    return e.take();
}

void bloomAdd(Bloom& bloom, ByteView value) noexcept
{
    const Hash32 h = keccak256(value);
    for (std::size_t i = 0; i < 6; i += 2) {
        // Bit m counts from the least significant bit of the last byte.
        const unsigned m = ((unsigned(h.bytes[i]) << 8) | h.bytes[i + 1]) & 2047u;
        bloom.bytes[255 - m / 8] |= static_cast<std::uint8_t>(1u << (m % 8));
    }
}

Bloom Receipt::computeBloom() const
{
    Bloom b;
    for (const Log& l : logs) {
        bloomAdd(b, l.address);
        for (const Hash32& t : l.topics) bloomAdd(b, t);
    }
    return b;
}

}  // namespace bt
