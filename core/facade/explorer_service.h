// The one interface through which the GUI reaches the engine (like Bitcoin Core's
// interfaces::Node): open an index, read it, search it, and run the jobs that write
// it (sync from a node, import an archive, verify again). Nothing here blocks: each
// call posts the work to a thread of the service's own and returns a request id; the
// answer comes back as a signal carrying that id, in the thread that owns the service
// (the GUI thread).
//
// Threads:
//  - two reader threads, each with its own read-only connection: the interactive one
//    (pages of blocks, block details — what the user waits for while scrolling) and
//    the background one (summaries, search, domain queries — which may take longer),
//    so that a slow query never stalls scrolling;
//  - one job thread at a time for sync (SyncEngine, with its own writer), import or
//    re-verification, each with its own read-write connection.
// Job progress arrives at most every 250 ms; while a job writes, the summary is re-read
// at most every 250 ms to a second (four times what the last read took, so that a
// large index is not scanned back to back), and views refresh from summaryChanged().
#pragma once

#include "domain_types.h"
#include "explorer_types.h"
#include "search_provider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QTimer;

namespace bt::facade {

class QueryContext;
class QueryWorker;

class ExplorerService : public QObject {
    Q_OBJECT

public:
    explicit ExplorerService(QObject* parent = nullptr);
    ~ExplorerService() override;  // cancels a running job and joins every thread

    // --- The open index -----------------------------------------------------
    // Opens `path` (read-only) and reads its summary: indexOpened or indexOpenFailed.
    // The index open until then stays open if this one fails.
    quint64 openIndex(const QString& path);
    void closeIndex();
    bool isIndexOpen() const noexcept { return m_open; }
    QString indexPath() const { return m_open ? m_summary.path : QString(); }
    // The summary last read (empty when nothing is open).
    const IndexSummary& summary() const noexcept { return m_summary; }

    // --- Reading ----------------------------------------------------------------
    // Rows [offset, offset + count) of the blocks in number order: blockPageReady.
    quint64 requestBlockPage(quint64 offset, int count);
    // A block with every check, its transactions and logs: blockDetailsReady.
    quint64 requestBlockDetails(quint64 number);
    // Re-reads the summary now: summaryChanged.
    void refreshSummary();
    // Block number, block or transaction hash, address, then the search providers:
    // searchFinished.
    quint64 search(const QString& text);
    void addSearchProvider(std::shared_ptr<SearchProvider> provider);

    // --- The domain (background reader; answers carry their DomainError) ---------
    // KPIs over [from, to) (event time), totals and by month: kpisReady.
    quint64 requestKpis(std::optional<qint64> from = {}, std::optional<qint64> to = {});
    // Suppliers' certificates, flagged lots, packs holding flagged material: complianceReady.
    quint64 requestCompliance();
    // A parameter's control chart, suspects and recall scope: defectsReady.
    quint64 requestDefects(const DefectsFilter& filter);
    // Every shipment (empty `sscc`), or one with its sensor series: shipmentsReady.
    quint64 requestShipments(const QString& sscc = {});
    // The asset's lineage upstream (with the mass balance) or downstream: lineageReady.
    quint64 requestLineage(const QString& asset, bool downstream);
    // One anchored event with its document and checks: traceEventReady.
    quint64 requestTraceEvent(qint64 eventId);

    enum class Lane { Interactive, Background };
    // For the domain's facade methods: runs `work` in a reader thread with that
    // thread's connection, then `done` with the result in `receiver`'s thread (not
    // at all if `receiver` is gone, the index was closed or reopened meanwhile).
    // Without an open index, requestFailed(NoIndex) instead.
    template <class R>
    quint64 submitQuery(std::function<R(QueryContext&)> work, QObject* receiver,
                        std::function<void(quint64 requestId, R result)> done, Lane lane = Lane::Background)
    {
        auto slot = std::make_shared<std::optional<R>>();
        return post(
            lane,
            [work = std::move(work), slot](QueryContext& ctx) {
                slot->emplace(work(ctx));
                return ServiceError{};
            },
            receiver,
            [done = std::move(done), slot](quint64 id, const ServiceError&) {
                if (slot->has_value()) done(id, std::move(**slot));
            });
    }

    // --- Jobs (one at a time: they write the index) ---------------------------
    bool isBusy() const noexcept { return m_job != nullptr; }
    std::optional<JobKind> currentJob() const;
    // Each returns the job's id, or 0 when another job runs (jobRefused). The index
    // they write is opened for reading once it holds the job's first blocks (or when
    // the job completes): a job that fails at once leaves the open index on screen.
    quint64 startSync(const NodeSettings& settings);
    quint64 importArchive(const QString& archivePath, const QString& indexPath);
    // Re-verifies the open index offline; `checkpoint` (optional 0x + 64 hex) must be
    // a block of the verified chain.
    quint64 verifyAgain(const QString& checkpoint = {});
    // Asks the running job to stop after what it has committed; jobFinished follows.
    void cancelJob();

signals:
    void indexOpened(quint64 requestId, const bt::facade::IndexSummary& summary);
    void indexOpenFailed(quint64 requestId, const QString& path, const bt::facade::ServiceError& error);
    void indexClosed();
    void summaryChanged(const bt::facade::IndexSummary& summary, bt::facade::IndexChange change);
    void blockPageReady(quint64 requestId, const bt::facade::BlockPage& page);
    void blockDetailsReady(quint64 requestId, const bt::facade::BlockDetails& details);
    void searchFinished(quint64 requestId, const bt::facade::SearchResults& results);
    void kpisReady(quint64 requestId, const bt::facade::KpiReport& report);
    void complianceReady(quint64 requestId, const bt::facade::ComplianceReport& report);
    void defectsReady(quint64 requestId, const bt::facade::DefectsReport& report);
    void shipmentsReady(quint64 requestId, const bt::facade::ShipmentsReport& report);
    void lineageReady(quint64 requestId, const bt::facade::LineageReport& report);
    void traceEventReady(quint64 requestId, const bt::facade::TraceEventDetails& details);
    // A read failed (the file was damaged, deleted, …): what and why.
    void requestFailed(quint64 requestId, const bt::facade::ServiceError& error);

    void jobStarted(quint64 jobId, bt::facade::JobKind kind);
    void jobProgress(quint64 jobId, const bt::facade::JobProgress& progress);
    void jobFinished(quint64 jobId, const bt::facade::JobResult& result);
    void jobRefused(bt::facade::JobKind kind, const bt::facade::ServiceError& error);
    // The node's chain was reorganised: blocks fromBlock..ancestor+1 were replaced.
    void reorganised(quint64 fromBlock, quint64 ancestor);

private:
    struct Job;

    quint64 nextId() noexcept { return ++m_lastId; }
    // Runs `work` in the lane's thread; then, in this thread, requestFailed on an
    // error and `done` (unless `receiver` is gone or another index was opened since).
    quint64 post(Lane lane, std::function<ServiceError(QueryContext&)> work, QObject* receiver,
                 std::function<void(quint64, const ServiceError&)> done);
    QueryWorker* worker(Lane lane) const;

    void openReaders(const QString& path, quint64 requestId, bool fromJob);
    // Re-reads the summary: now, or (for appended blocks) at most once a second.
    void scheduleSummary(IndexChange change, bool immediate = false);
    void runSummary();
    void onSummary(quint64 generation, const IndexSummary& summary, const ServiceError& error);

    bool refuseIfBusy(JobKind kind);
    Job* beginJob(JobKind kind);
    void jobIndexReady(quint64 jobId, const QString& path);
    void switchReadersToJob();
    void postProgress(quint64 jobId, const JobProgress& progress);
    void endJob(quint64 jobId, JobResult result);

    QThread* m_interactiveThread = nullptr;
    QThread* m_backgroundThread = nullptr;
    QueryWorker* m_interactive = nullptr;
    QueryWorker* m_background = nullptr;

    bool m_open = false;
    quint64 m_generation = 0;         // of the index open now
    quint64 m_openingGeneration = 0;  // of the last open asked for
    IndexSummary m_summary;
    std::vector<std::shared_ptr<SearchProvider>> m_providers;

    // Summary refresh: at most one in flight; while a job writes, at most one every
    // 4 × (what the last one took), between 250 ms and a second.
    QTimer* m_summaryTimer = nullptr;
    QElapsedTimer m_sinceSummary;
    QElapsedTimer m_summaryTook;
    qint64 m_lastSummaryMs = 0;
    bool m_summaryInFlight = false;
    std::optional<IndexChange> m_pendingChange;

    std::unique_ptr<Job> m_job;
    quint64 m_lastId = 0;
};

}  // namespace bt::facade
