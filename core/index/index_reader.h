// Read access to the index for status, offline re-verification and archives.
#pragma once

#include "chain/raw_block.h"
#include "chain/verification.h"
#include "codec/receipt.h"
#include "consensus/consensus_record.h"
#include "index/index_db.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace bt {

struct IndexStatus {
    QString chainId;
    std::optional<std::uint64_t> anchorNumber;
    QString anchorHash;
    QString anchorSource;  // "genesis", "checkpoint", "archive"
    std::optional<std::uint64_t> headNumber;
    QString headHash;
    std::uint64_t blocks = 0;
    std::uint64_t transactions = 0;
    std::uint64_t logs = 0;
    std::uint64_t verifiedBlocks = 0;     // own checks passed and anchored
    std::uint64_t failedBlocks = 0;       // a check failed (incl. broken links)
    std::uint64_t unanchoredBlocks = 0;   // own checks passed, but after a broken link
    std::uint64_t failedTransactions = 0;
    std::optional<std::uint64_t> firstBrokenLink;  // first block whose hash or parent link failed
    std::uint64_t gaps = 0;               // missing block numbers between anchor and head

    // Consensus (core/consensus): the engine recorded at pin time, the validator set
    // followed through the head, and how many blocks' seals held.
    QString engine;                       // "clique", "ibft", "ibft2", "qbft", "ethash", "pos"; empty: none recorded
    std::uint64_t epoch = 0;
    std::optional<std::uint64_t> validatorSetAt;  // block after which `validators` holds (latest change)
    std::vector<QString> validators;      // 0x-hex addresses, ascending
    QString validatorSetUnverifiable;     // non-empty: why the set cannot be followed
    std::uint64_t quorumHeldBlocks = 0;   // IBFT family: committers reached the quorum
    std::uint64_t quorumMissedBlocks = 0;
    std::uint64_t consensusFailedBlocks = 0;  // blocks with a failed consensus check
};

struct StoredFailure {
    std::uint64_t blockNumber = 0;
    QString blockHash;
    int txIndex = -1;
    QString check;
    QString detail;
};

// A block as stored: its raw encodings, and the derived rows the views show (passed
// as the source's claims, so re-verification also catches edited rows).
struct StoredBlock {
    std::uint64_t number = 0;
    Hash32 storedHash;
    int storedStatus = 0;
    RawBlock raw;
    std::vector<std::vector<Log>> storedLogs;  // per transaction, from the logs table
    std::optional<consensus::ConsensusRecord> consensus;  // consensus_blocks (+ consensus_state) row
};

class IndexReader {
public:
    explicit IndexReader(IndexDb& db) : m_db(db) {}

    IndexError status(IndexStatus& out);
    IndexError failures(std::vector<StoredFailure>& out, std::size_t limit = SIZE_MAX);

    // Blocks [from, to] in order, in chunks; `visit` returns false to stop.
    IndexError forEachBlock(std::uint64_t from, std::uint64_t to, std::size_t chunk,
                            const std::function<bool(std::vector<StoredBlock>&)>& visit);

private:
    IndexError consensusStatus(IndexStatus& out);
    IndexDb& m_db;
};

}  // namespace bt
