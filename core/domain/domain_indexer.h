// The domain index's writer: decodes the registry's logs of the blocks above its
// watermark, in chain order, replays the registry state, checks every anchored
// event's registry semantics and writes the domain rows, one transaction per chunk of
// blocks. The sync runs it in its writer thread after each committed batch, the
// archive import after the import; it can also run on its own (a query that finds
// the domain index behind the chain catches it up).
//
// The registry is the contract that emitted AdminTransferred from the zero address in
// the transaction that created it, together with the constructor's
// KindPermissionChanged logs (contracts/README.md); or an address the user gave.
#pragma once

#include "domain/domain_store.h"
#include "domain/event_projector.h"
#include "domain/registry_state.h"
#include "domain/semantic_checker.h"
#include "index/index_db.h"

#include <QString>

#include <optional>
#include <vector>

namespace bt::domain {

struct DomainIndexStats {
    std::uint64_t blocks = 0;        // blocks covered by this run
    std::uint64_t registryLogs = 0;
    std::uint64_t events = 0;        // anchored events indexed
    std::uint64_t failedEvents = 0;
    std::uint64_t undisclosedEvents = 0;
};

// Outcome of the offline re-check (index verify).
struct RecheckReport {
    std::uint64_t eventsChecked = 0;
    std::uint64_t failedEvents = 0;      // failed registry semantics, as recomputed
    std::uint64_t mismatches = 0;        // stored rows that differed from the recomputation
    struct Mismatch {
        std::uint64_t block = 0;
        QString detail;
    };
    std::vector<Mismatch> details;       // the first mismatches, in chain order
    bool fixed = false;                  // the stored rows were brought in line
};

class DomainIndexer {
public:
    explicit DomainIndexer(IndexDb& db);

    // Indexes every block above the watermark through `through` (default: the last
    // block in the index). Opens and commits its own transactions.
    IndexError run(std::optional<std::uint64_t> through = {});
    const DomainIndexStats& stats() const noexcept { return m_stats; }

    // The registry the domain index follows (nullopt: none found yet).
    std::optional<Address> registry() const;
    // Follows `registry` from now on: when it differs from the stored one, the domain
    // tables are cleared and rebuilt by the next run().
    IndexError setRegistry(const Address& registry);

    // Recomputes every event's registry semantics from the stored logs, transactions,
    // blocks and disclosures, and compares with the stored rows. With `fix`, rows that
    // differ are corrected (a structural difference rebuilds the domain tables).
    IndexError recheck(bool fix, RecheckReport& report);

    // The watermark: the last block whose registry logs are indexed.
    static std::optional<std::uint64_t> indexedTo(IndexDb& db);

private:
    struct RawLog;
    IndexError loadState();
    IndexError detectRegistry(std::uint64_t from, std::uint64_t to);
    IndexError processChunk(const Address& registry, std::uint64_t from, std::uint64_t to);
    IndexError handleLog(const RawLog& log);
    BlockMark markOf(std::uint64_t block, int blockStatus, int txStatus) const noexcept;

    IndexDb& m_db;
    DomainStore m_store;
    EventProjector m_projector;
    SemanticChecker m_checker;
    RegistryState m_state;
    std::optional<std::uint64_t> m_stateThrough;  // the watermark m_state was built for
    std::optional<std::uint64_t> m_firstBroken;   // first block whose link failed
    DomainIndexStats m_stats;
};

}  // namespace bt::domain
