// What the facade hands to the GUI: plain values, copied across threads, with no
// engine type in them (hashes and addresses as "0x…" text, states as enums). The GUI
// translates the enums; the English `detail` texts are the engine's own reasons
// (hashes, field names) and are shown as they are.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace bt::facade {

// Why the index could not be opened or read.
struct ServiceError {
    enum class Kind {
        None,
        NoIndex,      // nothing is open
        NotFound,     // no such file
        NotAnIndex,   // not SQLite, or SQLite but not a BatteryTrace index
        NewerSchema,  // written by a newer version (or needs an upgrade it cannot get)
        Corrupt,      // the file is damaged
        ReadOnly,
        DiskFull,
        Io,
        Conflict,     // locked by another process
        Busy,         // another job (sync, import, verify) is running
        InvalidInput, // settings the caller should have validated
    };
    Kind kind = Kind::None;
    QString message;  // the engine's English detail (path, SQLite's text)
    bool ok() const noexcept { return kind == Kind::None; }
};

// The verification state of a block, as the badge shows it.
enum class BlockState {
    Verified,    // every check passed, and the chain back to the checkpoint is intact
    Failed,      // a check inside the block failed (its parent link holds)
    ChainBroken, // its hash or its link to the parent failed: the chain breaks here
    Unanchored,  // its own checks passed, but it comes after a broken link
};

struct IndexSummary {
    QString path;
    quint64 generation = 0;      // changes each time an index is (re)opened
    QString chainId;             // decimal
    std::optional<quint64> anchorNumber;
    QString anchorHash;
    QString anchorSource;        // "genesis", "checkpoint", "archive"
    std::optional<quint64> firstNumber;
    std::optional<quint64> headNumber;
    QString headHash;
    quint64 blocks = 0;
    quint64 transactions = 0;
    quint64 logs = 0;
    quint64 verifiedBlocks = 0;
    quint64 failedBlocks = 0;      // a check failed, including broken links
    quint64 unanchoredBlocks = 0;  // passed, but after a broken link
    quint64 failedTransactions = 0;
    std::optional<quint64> firstBrokenLink;
    quint64 gaps = 0;
    QString consensusEngine;     // "clique", "ibft", "ibft2", "qbft", "ethash", "pos"; empty: not recorded
};

// One row of the blocks table.
struct BlockRow {
    quint64 number = 0;
    QString hash;
    QString parentHash;
    qint64 timestamp = 0;  // Unix seconds
    QString miner;
    quint64 gasUsed = 0;
    quint64 gasLimit = 0;
    int txCount = 0;
    int logCount = 0;
    BlockState state = BlockState::Verified;
    QString firstProblem;  // "block-hash: header hashes to …" for a failed block
    std::optional<quint64> brokenAt;  // for an unanchored block: where the chain broke
};

// Rows [offset, offset + rows.size()) of the blocks in number order.
struct BlockPage {
    quint64 offset = 0;
    quint64 generation = 0;
    std::vector<BlockRow> rows;
};

enum class CheckState {
    Passed,
    Failed,
    NotApplicable,  // nothing to check in this block (e.g. no withdrawals)
    NotChecked,     // this version does not check it (e.g. consortium seals)
};

// One check of a block (core/chain/verification.h) and its outcome.
struct CheckResult {
    QString name;            // "block-hash", "parent-link", …, or "recorded-status"
    CheckState state = CheckState::Passed;
    QStringList reasons;     // the recorded failures ("transaction 2: …" for a transaction's)
};

struct HeaderField {
    QString name;   // the JSON-RPC field name ("parentHash", "stateRoot", …)
    QString value;
};

struct TxRow {
    quint64 blockNumber = 0;
    int index = 0;
    QString hash;
    int type = 0;              // EIP-2718 type (0 legacy … 4 set-code)
    QString sender;            // empty when the signature did not recover
    QString recipient;         // empty for a contract creation
    QString contractAddress;   // the created contract
    quint64 nonce = 0;
    QString value;             // wei, decimal
    quint64 gasUsed = 0;
    bool success = false;      // the receipt's status
    bool verified = true;      // every check of the transaction (and its block) passed
    QStringList failures;      // "tx-signature: …"
};

struct LogRow {
    quint64 blockNumber = 0;
    int logIndex = 0;
    int txIndex = 0;
    QString address;
    QStringList topics;
    QString data;        // hex
    QString eventName;   // a registry event's name when topic 0 announces one
    QString decoded;     // its fields, "name=value; …", or why it did not decode
};

// Where a block stands against the pinned checkpoint.
struct CheckpointLink {
    std::optional<quint64> anchorNumber;
    QString anchorHash;
    QString anchorSource;
    bool isAnchor = false;               // this block is the checkpoint
    bool anchored = false;               // linked to it through every parent link
    std::optional<quint64> brokenAt;     // the first broken link, when there is one
};

struct BlockDetails {
    quint64 number = 0;
    quint64 generation = 0;
    bool found = false;
    QString hash;
    BlockState state = BlockState::Verified;
    qint64 timestamp = 0;
    QString headerError;               // the header did not decode: why
    std::vector<HeaderField> header;
    std::vector<CheckResult> checks;   // every check, in verification order
    CheckpointLink link;
    QString consensusEngine;           // as IndexSummary::consensusEngine
    std::vector<TxRow> transactions;
    std::vector<LogRow> logs;
};

struct SearchHit {
    enum class Kind { Block, Transaction, Address, Domain };
    Kind kind = Kind::Block;
    quint64 blockNumber = 0;
    qint64 row = -1;         // the block's row in the blocks table
    int txIndex = -1;
    QString hash;            // block or transaction hash
    QString address;         // for an address hit: the address searched
    QString role;            // for an address hit: "sender", "recipient" or "contract"
    // Domain hits (filled by a SearchProvider): which view shows them and what.
    QString domainKind;      // "asset", "participant", …
    QString domainKey;       // the view's key (an asset id, an account)
    QString title;           // the provider's one-line description
};

struct SearchResults {
    QString query;
    enum class Interpretation { Empty, Number, Hash, Address, Text };
    Interpretation interpretation = Interpretation::Empty;
    std::vector<SearchHit> hits;
    bool truncated = false;  // more hits than were returned
};

enum class JobKind { Sync, Import, Verify };

struct JobProgress {
    JobKind kind = JobKind::Sync;
    QString phase;            // sync: "connecting", "syncing", "following", "rolling back", …
    quint64 done = 0;         // blocks done this run
    quint64 total = 0;        // blocks this run will do (0: unknown yet)
    quint64 indexedTo = 0;    // sync: last block written
    quint64 target = 0;       // sync: last block it will write
    double fraction = 0;      // 0..1
    double blocksPerSecond = 0;
    double etaSeconds = -1;   // -1: unknown
    quint64 failedBlocks = 0;
};

struct JobResult {
    JobKind kind = JobKind::Sync;
    enum class Outcome { Completed, Cancelled, Failed };
    Outcome outcome = Outcome::Completed;
    QString message;          // the engine's English detail
    ServiceError error;       // for a failure to open the index
    quint64 blocks = 0;       // blocks synced / imported / checked
    quint64 failedBlocks = 0;
    quint64 failures = 0;     // verify: failures found
    std::optional<quint64> anchoredThrough;  // verify: last block linked to the checkpoint
    bool statusesUpdated = false;            // verify: the index records the outcome
};

// A node to sync from. Extra headers may hold secrets (API keys, bearer tokens):
// they are passed to the engine and never written to a log or a settings file.
struct NodeSettings {
    QString url;
    QStringList headers;     // "Name: value"
    unsigned confirmations = 0;
    QString checkpoint;      // optional 0x + 64 hex
    QString indexPath;       // the index to sync into (created if missing)
    bool follow = false;     // keep following the head
    int timeoutSeconds = 30;
    int maxRetries = 4;

    enum class Problem { None, Url, Header, Checkpoint, IndexPath };
    // The first problem, and which header line (0-based) when it is a header.
    Problem validate(int* badHeaderLine = nullptr) const;
    // The URL without user info and query, which may hold keys.
    QString displayUrl() const;
};

// Why the index changed, for views deciding what to reload.
enum class IndexChange {
    Appended,     // new blocks (a sync or import going on)
    Reorganised,  // blocks above some number were replaced
    Reverified,   // statuses may have changed everywhere
    Reopened,     // another index, or the same one again
};

// Registers the types above for queued connections (idempotent).
void registerFacadeTypes();

}  // namespace bt::facade

Q_DECLARE_METATYPE(bt::facade::ServiceError)
Q_DECLARE_METATYPE(bt::facade::IndexSummary)
Q_DECLARE_METATYPE(bt::facade::BlockPage)
Q_DECLARE_METATYPE(bt::facade::BlockDetails)
Q_DECLARE_METATYPE(bt::facade::SearchResults)
Q_DECLARE_METATYPE(bt::facade::SearchHit)
Q_DECLARE_METATYPE(bt::facade::JobProgress)
Q_DECLARE_METATYPE(bt::facade::JobResult)
Q_DECLARE_METATYPE(bt::facade::NodeSettings)
Q_DECLARE_METATYPE(bt::facade::IndexChange)
Q_DECLARE_METATYPE(bt::facade::JobKind)
