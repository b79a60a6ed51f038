// Chain archives: the raw encodings of an index in one zstd-compressed file, for
// shipping a chain offline (the bundled demo chain, an auditor's copy). Importing an
// archive is a sync from the file: every block is verified as if it came from a node.
//
// Layout: the 8-byte magic "BTARCH\0\1", then one zstd stream of RLP items: a header
// [format, chainId, anchorNumber, anchorHash, blockCount, producer], then one item per
// block [headerRlp, [tx...], [receipt...], hasWithdrawals, withdrawalsRlp, ommersRlp].
#pragma once

#include "chain/raw_block.h"
#include "index/index_db.h"
#include "sync/chain_writer.h"

#include <QString>

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace bt {

struct ArchiveHeader {
    std::uint64_t format = 1;
    std::string chainId;       // decimal
    std::uint64_t anchorNumber = 0;
    Hash32 anchorHash;
    std::uint64_t blockCount = 0;
    std::string producer;      // "batterytrace 0.1.0"
};

struct ArchiveResult {
    bool ok = true;
    QString message;
    std::uint64_t blocks = 0;
    std::uint64_t failedBlocks = 0;
};

// Writes every block of an open index to `outPath` (replaced atomically on success).
ArchiveResult exportArchive(IndexDb& db, const QString& outPath, const QString& producer,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress = {});

// Reads `inPath` into the index at `db` (new or holding a prefix of the same chain),
// verifying every block. With a checkpoint, the archive's first block must be it.
ArchiveResult importArchive(const QString& inPath, IndexDb& db, const std::optional<Hash32>& checkpoint,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
                            const std::atomic<bool>* cancel = nullptr);

// Reads an archive's header only (for a summary before importing).
std::optional<ArchiveHeader> readArchiveHeader(const QString& inPath, QString& error);

}  // namespace bt
