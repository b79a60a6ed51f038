#include "archive/chain_archive.h"

#include "codec/rlp.h"
#include "domain/domain_indexer.h"
#include "index/index_reader.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <zstd.h>

#include <cstring>

namespace bt {

namespace {

constexpr char kMagic[8] = {'B', 'T', 'A', 'R', 'C', 'H', '\0', '\1'};
constexpr std::size_t kMaxItem = 256u << 20;  // bound on one block record

QString qs(const std::string& s) { return QString::fromStdString(s); }

// zstd compression into a QSaveFile.
class ZstdWriter {
public:
    explicit ZstdWriter(QSaveFile& f) : m_file(f), m_ctx(ZSTD_createCCtx()), m_out(ZSTD_CStreamOutSize())
    {
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_compressionLevel, 19);
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_checksumFlag, 1);
    }
    ~ZstdWriter() { ZSTD_freeCCtx(m_ctx); }
    ZstdWriter(const ZstdWriter&) = delete;
    ZstdWriter& operator=(const ZstdWriter&) = delete;

    bool write(ByteView data) { return run(data, ZSTD_e_continue); }
    bool finish() { return run({}, ZSTD_e_end); }
    QString error;

private:
    bool run(ByteView data, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer in{data.data(), data.size(), 0};
        for (;;) {
            ZSTD_outBuffer out{m_out.data(), m_out.size(), 0};
            const std::size_t rem = ZSTD_compressStream2(m_ctx, &out, &in, mode);
            if (ZSTD_isError(rem)) {
                error = QString::fromLatin1(ZSTD_getErrorName(rem));
                return false;
            }
            if (out.pos && m_file.write(reinterpret_cast<const char*>(m_out.data()), qint64(out.pos)) != qint64(out.pos)) {
                error = m_file.errorString();
                return false;
            }
            const bool done = mode == ZSTD_e_end ? rem == 0 : in.pos == in.size;
            if (done) return true;
        }
    }
    QSaveFile& m_file;
    ZSTD_CCtx* m_ctx;
    Bytes m_out;
};

// zstd decompression with RLP item framing.
class ZstdReader {
public:
    explicit ZstdReader(QFile& f) : m_file(f), m_ctx(ZSTD_createDCtx()), m_in(ZSTD_DStreamInSize()) {}
    ~ZstdReader() { ZSTD_freeDCtx(m_ctx); }
    ZstdReader(const ZstdReader&) = delete;
    ZstdReader& operator=(const ZstdReader&) = delete;

    // The next whole RLP item, or nullopt at the clean end of the stream / on error.
    std::optional<Bytes> nextItem()
    {
        for (;;) {
            ByteView avail(m_buf.data() + m_pos, m_buf.size() - m_pos);
            if (!avail.empty()) {
                auto item = rlp::decodeItem(avail);
                if (item) {
                    Bytes out(avail.begin(), avail.begin() + static_cast<std::ptrdiff_t>(item->encodedSize));
                    m_pos += item->encodedSize;
                    return out;
                }
                if (item.error().code != Errc::UnexpectedEnd) {
                    error = QStringLiteral("malformed record at offset %1: %2")
                                .arg(m_consumed + m_pos)
                                .arg(qs(item.error().message()));
                    return std::nullopt;
                }
                if (avail.size() > kMaxItem) {
                    error = QStringLiteral("record larger than %1 bytes").arg(kMaxItem);
                    return std::nullopt;
                }
            }
            if (!fill()) {
                if (error.isEmpty() && m_pos != m_buf.size()) error = QStringLiteral("the archive is truncated");
                return std::nullopt;
            }
        }
    }
    QString error;

private:
    bool fill()
    {
        if (m_pos > 0) {
            m_buf.erase(m_buf.begin(), m_buf.begin() + static_cast<std::ptrdiff_t>(m_pos));
            m_consumed += m_pos;
            m_pos = 0;
        }
        for (;;) {
            if (m_inBuf.pos == m_inBuf.size) {
                const qint64 n = m_file.read(reinterpret_cast<char*>(m_in.data()), qint64(m_in.size()));
                if (n < 0) {
                    error = m_file.errorString();
                    return false;
                }
                if (n == 0) {
                    if (m_lastRet != 0) error = QStringLiteral("the archive is truncated (incomplete zstd frame)");
                    return false;
                }
                m_inBuf = ZSTD_inBuffer{m_in.data(), std::size_t(n), 0};
            }
            const std::size_t before = m_buf.size();
            m_buf.resize(before + ZSTD_DStreamOutSize());
            ZSTD_outBuffer out{m_buf.data() + before, ZSTD_DStreamOutSize(), 0};
            m_lastRet = ZSTD_decompressStream(m_ctx, &out, &m_inBuf);
            m_buf.resize(before + out.pos);
            if (ZSTD_isError(m_lastRet)) {
                error = QStringLiteral("not a valid archive stream: %1").arg(QString::fromLatin1(ZSTD_getErrorName(m_lastRet)));
                return false;
            }
            if (out.pos > 0) return true;
        }
    }
    QFile& m_file;
    ZSTD_DCtx* m_ctx;
    Bytes m_in;
    ZSTD_inBuffer m_inBuf{nullptr, 0, 0};
    Bytes m_buf;
    std::size_t m_pos = 0;
    std::size_t m_consumed = 0;
    std::size_t m_lastRet = 0;
};

Bytes encodeHeader(const ArchiveHeader& h)
{
    rlp::Encoder e;
    e.beginList().uint(h.format).bytes(asBytes(h.chainId)).uint(h.anchorNumber).fixed(h.anchorHash).uint(h.blockCount)
        .bytes(asBytes(h.producer)).endList();
    return e.take();
}

bt::Result<ArchiveHeader> decodeHeader(const Bytes& item)
{
    BT_TRY(rlp::Item list, rlp::decodeExact(item));
    BT_TRY(std::vector<rlp::Item> f, rlp::listItems(list, 6, 6));
    ArchiveHeader h;
    BT_TRY(h.format, rlp::uint64Of(f[0]));
    BT_TRY(ByteView chain, rlp::bytesOf(f[1]));
    h.chainId.assign(chain.begin(), chain.end());
    BT_TRY(h.anchorNumber, rlp::uint64Of(f[2]));
    BT_TRY(h.anchorHash, rlp::fixedOf<32>(f[3]));
    BT_TRY(h.blockCount, rlp::uint64Of(f[4]));
    BT_TRY(ByteView prod, rlp::bytesOf(f[5]));
    h.producer.assign(prod.begin(), prod.end());
    return h;
}

Bytes encodeBlock(const RawBlock& b)
{
    rlp::Encoder e;
    e.beginList().bytes(b.headerRlp).beginList();
    for (const auto& t : b.transactions) e.bytes(t);
    e.endList().beginList();
    for (const auto& r : b.receipts) e.bytes(r);
    e.endList();
    e.uint(b.withdrawals ? 1 : 0).bytes(b.withdrawals ? ByteView(*b.withdrawals) : ByteView{});
    e.bytes(b.ommers ? ByteView(*b.ommers) : ByteView{});
    e.endList();
    return e.take();
}

bt::Result<RawBlock> decodeBlock(const Bytes& item)
{
    BT_TRY(rlp::Item list, rlp::decodeExact(item));
    BT_TRY(std::vector<rlp::Item> f, rlp::listItems(list, 6, 6));
    RawBlock b;
    BT_TRY(ByteView header, rlp::bytesOf(f[0]));
    b.headerRlp.assign(header.begin(), header.end());
    BT_TRY(std::vector<rlp::Item> txs, rlp::listItems(f[1]));
    for (const auto& t : txs) {
        BT_TRY(ByteView v, rlp::bytesOf(t));
        b.transactions.emplace_back(v.begin(), v.end());
    }
    BT_TRY(std::vector<rlp::Item> rs, rlp::listItems(f[2]));
    for (const auto& r : rs) {
        BT_TRY(ByteView v, rlp::bytesOf(r));
        b.receipts.emplace_back(v.begin(), v.end());
    }
    BT_TRY(std::uint64_t hasW, rlp::uint64Of(f[3]));
    BT_TRY(ByteView w, rlp::bytesOf(f[4]));
    if (hasW) b.withdrawals = Bytes(w.begin(), w.end());
    BT_TRY(ByteView o, rlp::bytesOf(f[5]));
    if (!o.empty()) b.ommers = Bytes(o.begin(), o.end());
    return b;
}

bool openArchive(QFile& f, QString& error)
{
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    char magic[8];
    if (f.read(magic, 8) != 8 || std::memcmp(magic, kMagic, 8) != 0) {
        error = QStringLiteral("%1: not a BatteryTrace chain archive").arg(f.fileName());
        return false;
    }
    return true;
}

}  // namespace

ArchiveResult exportArchive(IndexDb& db, const QString& outPath, const QString& producer,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress)
{
    ArchiveResult res;
    IndexReader reader(db);
    IndexStatus st;
    if (IndexError e = reader.status(st); !e.ok()) return {false, e.message, 0, 0};
    if (!st.anchorNumber || !st.headNumber)
        return {false, QStringLiteral("%1: the index is empty, nothing to export").arg(db.path()), 0, 0};
    ArchiveHeader h;
    h.chainId = st.chainId.toStdString();
    h.anchorNumber = *st.anchorNumber;
    h.anchorHash = *fixedFromHex<32>(st.anchorHash.toStdString());
    h.blockCount = st.blocks;
    h.producer = producer.toStdString();

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) return {false, QStringLiteral("%1: %2").arg(outPath, out.errorString()), 0, 0};
    out.write(kMagic, 8);
    ZstdWriter z(out);
    if (!z.write(encodeHeader(h))) return {false, QStringLiteral("%1: %2").arg(outPath, z.error), 0, 0};
    QString writeError;
    IndexError e = reader.forEachBlock(h.anchorNumber, *st.headNumber, 512, [&](std::vector<StoredBlock>& blocks) {
        for (auto& b : blocks) {
            b.raw.claims = {};
            if (!z.write(encodeBlock(b.raw))) {
                writeError = z.error;
                return false;
            }
            ++res.blocks;
        }
        if (progress) progress(res.blocks, h.blockCount);
        return true;
    });
    if (!e.ok()) return {false, e.message, res.blocks, 0};
    if (!writeError.isEmpty() || !z.finish())
        return {false, QStringLiteral("%1: %2").arg(outPath, writeError.isEmpty() ? z.error : writeError), res.blocks, 0};
    if (!out.commit()) return {false, QStringLiteral("%1: %2").arg(outPath, out.errorString()), res.blocks, 0};
    res.message = QStringLiteral("exported %1 blocks to %2").arg(res.blocks).arg(outPath);
    return res;
}

std::optional<ArchiveHeader> readArchiveHeader(const QString& inPath, QString& error)
{
    QFile f(inPath);
    if (!openArchive(f, error)) return std::nullopt;
    ZstdReader z(f);
    auto item = z.nextItem();
    if (!item) {
        error = QStringLiteral("%1: %2").arg(inPath, z.error.isEmpty() ? QStringLiteral("empty archive") : z.error);
        return std::nullopt;
    }
    auto h = decodeHeader(*item);
    if (!h) {
        error = QStringLiteral("%1: unreadable archive header: %2").arg(inPath, qs(h.error().message()));
        return std::nullopt;
    }
    return *h;
}

ArchiveResult importArchive(const QString& inPath, IndexDb& db, const std::optional<Hash32>& checkpoint,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress,
                            const std::atomic<bool>* cancel)
{
    ArchiveResult res;
    QString error;
    QFile f(inPath);
    if (!openArchive(f, error)) return {false, error, 0, 0};
    ZstdReader z(f);
    auto first = z.nextItem();
    if (!first) return {false, QStringLiteral("%1: %2").arg(inPath, z.error.isEmpty() ? QStringLiteral("empty archive") : z.error), 0, 0};
    auto hdr = decodeHeader(*first);
    if (!hdr) return {false, QStringLiteral("%1: unreadable archive header: %2").arg(inPath, qs(hdr.error().message())), 0, 0};
    if (hdr->format != 1)
        return {false, QStringLiteral("%1: archive format %2 is newer than this version reads (1)").arg(inPath).arg(hdr->format), 0, 0};

    VerifyOptions vopt;
    if (!hdr->chainId.empty()) vopt.chainId = U256::fromDecimal(hdr->chainId);
    if (auto stored = db.meta(QStringLiteral("chain_id")); stored && stored->toStdString() != hdr->chainId)
        return {false, QStringLiteral("%1 indexes chain %2; the archive holds chain %3").arg(db.path(), *stored, qs(hdr->chainId)), 0, 0};
    ChainWriter chain(db, vopt);
    if (IndexError e = chain.load(); !e.ok()) return {false, e.message, 0, 0};
    if (checkpoint && *checkpoint != hdr->anchorHash)
        return {false, QStringLiteral("the archive starts at block %1 %2, not at the checkpoint %3")
                           .arg(hdr->anchorNumber)
                           .arg(qs(toHex(hdr->anchorHash)), qs(toHex(*checkpoint))), 0, 0};
    if (chain.anchor()) {
        if (chain.anchor()->hash != hdr->anchorHash)
            return {false, QStringLiteral("%1 is pinned to %2; the archive starts from %3: another chain")
                               .arg(db.path(), qs(toHex(chain.anchor()->hash)), qs(toHex(hdr->anchorHash))), 0, 0};
    } else if (IndexError e = chain.pin(Anchor{hdr->anchorNumber, hdr->anchorHash},
                                        checkpoint ? QStringLiteral("checkpoint") : QStringLiteral("archive"),
                                        qs(hdr->chainId));
               !e.ok()) {
        return {false, e.message, 0, 0};
    }

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::uint64_t seen = 0;
    bool done = false;
    while (!done) {
        if (cancel && cancel->load()) {
            (void)chain.flush();
            return {false, QStringLiteral("cancelled after %1 blocks").arg(res.blocks), res.blocks, res.failedBlocks};
        }
        std::vector<RawBlock> raws;
        while (raws.size() < 256) {
            auto item = z.nextItem();
            if (!item) {
                if (!z.error.isEmpty()) {
                    (void)chain.flush();
                    return {false, QStringLiteral("%1: %2 (after block record %3)").arg(inPath, z.error).arg(seen), res.blocks,
                            res.failedBlocks};
                }
                done = true;
                break;
            }
            auto rb = decodeBlock(*item);
            if (!rb) {
                (void)chain.flush();
                return {false, QStringLiteral("%1: block record %2 is malformed: %3").arg(inPath).arg(seen).arg(qs(rb.error().message())),
                        res.blocks, res.failedBlocks};
            }
            ++seen;
            raws.push_back(std::move(rb).value());
        }
        std::vector<VerifiedBlock> verified(raws.size());
        std::vector<std::size_t> idx(raws.size());
        for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
        QtConcurrent::blockingMap(&pool, idx, [&](std::size_t i) { verified[i] = verifyBlock(raws[i], vopt); });
        for (std::size_t i = 0; i < raws.size(); ++i) {
            VerifiedBlock& v = verified[i];
            if (v.header && v.number < chain.nextNumber()) continue;  // already indexed
            if (v.header && v.number != chain.nextNumber()) {
                (void)chain.flush();
                return {false, QStringLiteral("%1: expected block %2, found block %3").arg(inPath).arg(chain.nextNumber()).arg(v.number),
                        res.blocks, res.failedBlocks};
            }
            if (!v.header) v.number = chain.nextNumber();
            ChainWriter::Outcome outcome;
            if (IndexError e = chain.append(raws[i], v, true, outcome); !e.ok()) return {false, e.message, res.blocks, res.failedBlocks};
            ++res.blocks;
            if (!v.ok()) ++res.failedBlocks;
        }
        if (IndexError e = chain.flush(); !e.ok()) return {false, e.message, res.blocks, res.failedBlocks};
        if (progress) progress(seen, hdr->blockCount);
    }
    if (seen != hdr->blockCount)
        return {false, QStringLiteral("%1: the archive announces %2 blocks but holds %3: truncated").arg(inPath).arg(hdr->blockCount).arg(seen),
                res.blocks, res.failedBlocks};
    // Domain index hook: the registry's logs of the imported blocks.
    domain::DomainIndexer domainIndexer(db);
    if (IndexError e = domainIndexer.run(); !e.ok()) return {false, e.message, res.blocks, res.failedBlocks};
    res.message = QStringLiteral("imported %1 blocks (%2 with failed checks)").arg(res.blocks).arg(res.failedBlocks);
    return res;
}

}  // namespace bt
