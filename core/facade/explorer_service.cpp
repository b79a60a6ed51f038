#include "explorer_service.h"

#include "domain_queries.h"
#include "index_queries.h"
#include "query_context.h"
#include "query_worker.h"

#include "archive/chain_archive.h"
#include "index/index_db.h"
#include "sync/sync_engine.h"
#include "verify/index_verifier.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace bt::facade {

namespace {

// While a job writes, the summary (which scans the blocks) is re-read at most every
// four times as long as it last took, within these bounds: as often as progress
// arrives on a small index, once a second on a large one.
constexpr qint64 kMinSummaryIntervalMs = 250;
constexpr qint64 kMaxSummaryIntervalMs = 1000;
constexpr int kProgressIntervalMs = 250;
constexpr std::size_t kSearchLimit = 200;

// Reopened > Reverified > Reorganised > Appended: a merged change is the strongest.
int weight(IndexChange c)
{
    switch (c) {
    case IndexChange::Appended: return 0;
    case IndexChange::Reorganised: return 1;
    case IndexChange::Reverified: return 2;
    case IndexChange::Reopened: return 3;
    }
    return 0;
}

RowLayout layoutOf(const IndexSummary& s)
{
    RowLayout l;
    l.first = s.firstNumber;
    l.contiguous = s.firstNumber.has_value() && s.gaps == 0;
    return l;
}

// Throttled progress of a blocking job, with its rate and ETA.
class ProgressMeter {
public:
    explicit ProgressMeter(JobKind kind, QString phase) : m_kind(kind), m_phase(std::move(phase))
    {
        m_clock.start();
        m_since.start();
    }
    // The progress to report now, or nothing (at most every 250 ms, and the last one).
    std::optional<JobProgress> update(quint64 done, quint64 total)
    {
        if (m_since.elapsed() < kProgressIntervalMs && done < total) return std::nullopt;
        m_since.restart();
        JobProgress p;
        p.kind = m_kind;
        p.phase = m_phase;
        p.done = done;
        p.total = total;
        p.fraction = total ? std::min(1.0, double(done) / double(total)) : 0.0;
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        p.blocksPerSecond = seconds > 0.05 ? double(done) / seconds : 0.0;
        p.etaSeconds = done >= total ? 0.0 : p.blocksPerSecond > 0 ? double(total - done) / p.blocksPerSecond : -1.0;
        return p;
    }

private:
    JobKind m_kind;
    QString m_phase;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
};

}  // namespace

struct ExplorerService::Job {
    quint64 id = 0;
    JobKind kind = JobKind::Sync;
    QThread* thread = nullptr;
    SyncEngine* engine = nullptr;  // lives in `thread`; deleted when it finishes
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    QString indexPath;          // the index it writes, once it exists
    bool readersSwitched = false;
};

ExplorerService::ExplorerService(QObject* parent) : QObject(parent)
{
    registerFacadeTypes();
    auto startReader = [this](const char* name, QThread*& thread, QueryWorker*& worker) {
        thread = new QThread(this);
        thread->setObjectName(QString::fromLatin1(name));
        worker = new QueryWorker;
        worker->moveToThread(thread);
        // The worker closes its connection in its own thread, as it opened it.
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
    };
    startReader("bt-read-interactive", m_interactiveThread, m_interactive);
    startReader("bt-read-background", m_backgroundThread, m_background);

    // The domain's own search: assets by identifier (the Lineage page shows them) and
    // participants by name or account (the Suppliers page).
    addSearchProvider(std::make_shared<AssetSearchProvider>());
    addSearchProvider(std::make_shared<ParticipantSearchProvider>());

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    connect(m_summaryTimer, &QTimer::timeout, this, &ExplorerService::runSummary);
}

ExplorerService::~ExplorerService()
{
    if (m_job) {
        m_job->cancel->store(true);
        if (m_job->engine) m_job->engine->requestCancel();
        if (m_job->thread) {
            // A sync commits what it verified and stops; an import or a verification
            // stops at its next chunk. Nothing committed is lost.
            m_job->thread->quit();
            m_job->thread->wait();
        }
    }
    for (QThread* t : findChildren<QThread*>(Qt::FindDirectChildrenOnly)) {
        t->quit();
        t->wait();
    }
}

QueryWorker* ExplorerService::worker(Lane lane) const
{
    return lane == Lane::Interactive ? m_interactive : m_background;
}

quint64 ExplorerService::post(Lane lane, std::function<ServiceError(QueryContext&)> work, QObject* receiver,
                              std::function<void(quint64, const ServiceError&)> done)
{
    const quint64 id = nextId();
    if (!m_open) {
        QMetaObject::invokeMethod(
            this,
            [this, id, done] {
                const ServiceError e{ServiceError::Kind::NoIndex, QStringLiteral("no index is open")};
                emit requestFailed(id, e);
                if (done) done(id, e);
            },
            Qt::QueuedConnection);
        return id;
    }
    QueryWorker* w = worker(lane);
    const quint64 generation = m_generation;
    QPointer<QObject> target(receiver);
    QMetaObject::invokeMethod(
        w,
        [this, w, id, generation, work = std::move(work), target, done = std::move(done)] {
            // A request made for another index than the one now open is dropped.
            if (!w->isOpen() || w->generation() != generation) return;
            QueryContext ctx(*w->db(), generation);
            ServiceError error = work(ctx);
            QMetaObject::invokeMethod(
                this,
                [this, id, generation, target, done, error] {
                    if (generation != m_generation || !m_open) return;
                    if (!error.ok()) emit requestFailed(id, error);
                    if (target && done) done(id, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

// --- Opening ---------------------------------------------------------------------

quint64 ExplorerService::openIndex(const QString& path)
{
    const quint64 id = nextId();
    openReaders(path, id, false);
    return id;
}

void ExplorerService::openReaders(const QString& path, quint64 requestId, bool fromJob)
{
    const quint64 generation = ++m_lastId;  // unique, and after every earlier request
    m_openingGeneration = generation;
    auto summary = std::make_shared<IndexSummary>();
    // The background reader opens first, upgrading an older schema if need be, and
    // reads the summary: a damaged file fails here, before anything is replaced.
    QueryWorker* bg = m_background;
    QMetaObject::invokeMethod(
        bg,
        [this, bg, path, generation, requestId, summary, fromJob] {
            const ServiceError error = bg->open(path, generation, !fromJob, [summary](IndexDb& db) {
                return IndexQueries(db).summary(*summary);
            });
            QMetaObject::invokeMethod(
                this,
                [this, path, generation, requestId, summary, error] {
                    if (generation != m_openingGeneration) return;  // a later open overtook this one
                    if (!error.ok()) {
                        emit indexOpenFailed(requestId, path, error);
                        return;
                    }
                    QueryWorker* fg = m_interactive;
                    QMetaObject::invokeMethod(
                        fg,
                        [this, fg, path, generation, requestId, summary] {
                            const ServiceError e2 = fg->open(path, generation, false);
                            QMetaObject::invokeMethod(
                                this,
                                [this, path, generation, requestId, summary, e2] {
                                    if (generation != m_openingGeneration) return;
                                    if (!e2.ok()) {
                                        closeIndex();
                                        emit indexOpenFailed(requestId, path, e2);
                                        return;
                                    }
                                    m_open = true;
                                    m_generation = generation;
                                    m_summary = *summary;
                                    m_summary.generation = generation;
                                    m_summary.path = path;
                                    m_pendingChange.reset();
                                    m_summaryInFlight = false;
                                    m_sinceSummary.restart();
                                    emit indexOpened(requestId, m_summary);
                                    emit summaryChanged(m_summary, IndexChange::Reopened);
                                },
                                Qt::QueuedConnection);
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ExplorerService::closeIndex()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_openingGeneration = ++m_lastId;
    m_generation = m_openingGeneration;
    m_summary = IndexSummary{};
    m_summaryTimer->stop();
    m_pendingChange.reset();
    m_summaryInFlight = false;
    for (QueryWorker* w : {m_interactive, m_background})
        QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::QueuedConnection);
    if (wasOpen) emit indexClosed();
}

// --- Reading ---------------------------------------------------------------------

quint64 ExplorerService::requestBlockPage(quint64 offset, int count)
{
    auto page = std::make_shared<BlockPage>();
    const RowLayout layout = layoutOf(m_summary);
    return post(
        Lane::Interactive,
        [page, offset, count, layout](QueryContext& ctx) {
            page->generation = ctx.generation();
            return IndexQueries(ctx.db()).blockPage(offset, count, layout, *page);
        },
        this,
        [this, page](quint64 id, const ServiceError& e) {
            if (e.ok()) emit blockPageReady(id, *page);
        });
}

quint64 ExplorerService::requestBlockDetails(quint64 number)
{
    auto details = std::make_shared<BlockDetails>();
    return post(
        Lane::Interactive,
        [details, number](QueryContext& ctx) {
            ServiceError e = IndexQueries(ctx.db()).blockDetails(number, *details);
            details->generation = ctx.generation();
            return e;
        },
        this,
        [this, details](quint64 id, const ServiceError& e) {
            if (e.ok()) emit blockDetailsReady(id, *details);
        });
}

quint64 ExplorerService::requestKpis(std::optional<qint64> from, std::optional<qint64> to)
{
    return submitQuery<KpiReport>([from, to](QueryContext& ctx) { return readKpis(ctx.db(), from, to); }, this,
                                  [this](quint64 id, KpiReport r) { emit kpisReady(id, r); });
}

quint64 ExplorerService::requestCompliance()
{
    return submitQuery<ComplianceReport>([](QueryContext& ctx) { return readCompliance(ctx.db()); }, this,
                                         [this](quint64 id, ComplianceReport r) { emit complianceReady(id, r); });
}

quint64 ExplorerService::requestDefects(const DefectsFilter& filter)
{
    return submitQuery<DefectsReport>([filter](QueryContext& ctx) { return readDefects(ctx.db(), filter); }, this,
                                      [this](quint64 id, DefectsReport r) { emit defectsReady(id, r); });
}

quint64 ExplorerService::requestShipments(const QString& sscc)
{
    return submitQuery<ShipmentsReport>([sscc](QueryContext& ctx) { return readShipments(ctx.db(), sscc); }, this,
                                        [this](quint64 id, ShipmentsReport r) { emit shipmentsReady(id, r); });
}

quint64 ExplorerService::requestLineage(const QString& asset, bool downstream)
{
    return submitQuery<LineageReport>(
        [asset, downstream](QueryContext& ctx) { return readLineage(ctx.db(), asset, downstream); }, this,
        [this](quint64 id, LineageReport r) { emit lineageReady(id, r); });
}

quint64 ExplorerService::requestTraceEvent(qint64 eventId)
{
    return submitQuery<TraceEventDetails>(
        [eventId](QueryContext& ctx) { return readTraceEvent(ctx.db(), eventId); }, this,
        [this](quint64 id, TraceEventDetails d) { emit traceEventReady(id, d); }, Lane::Interactive);
}

quint64 ExplorerService::search(const QString& text)
{
    auto results = std::make_shared<SearchResults>();
    const auto providers = m_providers;
    const RowLayout layout = layoutOf(m_summary);
    return post(
        Lane::Background,
        [results, text, providers, layout](QueryContext& ctx) {
            if (ServiceError e = IndexQueries(ctx.db()).searchChain(text, kSearchLimit, layout, *results); !e.ok())
                return e;
            if (results->query.isEmpty()) return ServiceError{};
            for (const auto& provider : providers) {
                if (results->hits.size() >= kSearchLimit) {
                    results->truncated = true;
                    break;
                }
                auto more = provider->search(ctx, results->query, kSearchLimit - results->hits.size());
                results->hits.insert(results->hits.end(), more.begin(), more.end());
            }
            return ServiceError{};
        },
        this,
        [this, results](quint64 id, const ServiceError& e) {
            if (e.ok()) emit searchFinished(id, *results);
        });
}

void ExplorerService::addSearchProvider(std::shared_ptr<SearchProvider> provider)
{
    if (provider) m_providers.push_back(std::move(provider));
}

void ExplorerService::refreshSummary() { scheduleSummary(IndexChange::Reverified); }

void ExplorerService::scheduleSummary(IndexChange change, bool immediate)
{
    if (!m_open) return;
    if (!m_pendingChange || weight(change) > weight(*m_pendingChange)) m_pendingChange = change;
    if (m_summaryInFlight) return;  // onSummary runs the next one
    const qint64 interval = std::clamp(4 * m_lastSummaryMs, kMinSummaryIntervalMs, kMaxSummaryIntervalMs);
    const qint64 wait = m_sinceSummary.isValid() ? interval - m_sinceSummary.elapsed() : 0;
    if (wait <= 0 || immediate || *m_pendingChange != IndexChange::Appended) {
        m_summaryTimer->stop();
        runSummary();
    } else if (!m_summaryTimer->isActive()) {
        m_summaryTimer->start(int(wait));
    }
}

void ExplorerService::runSummary()
{
    if (!m_open || !m_pendingChange || m_summaryInFlight) return;
    const IndexChange change = *m_pendingChange;
    m_pendingChange.reset();
    m_summaryInFlight = true;
    m_summaryTook.start();
    auto summary = std::make_shared<IndexSummary>();
    post(
        Lane::Background, [summary](QueryContext& ctx) { return IndexQueries(ctx.db()).summary(*summary); }, this,
        [this, summary, change](quint64, const ServiceError& e) {
            m_summaryInFlight = false;
            m_lastSummaryMs = m_summaryTook.elapsed();
            m_sinceSummary.restart();
            if (e.ok()) {
                const QString path = m_summary.path;
                m_summary = *summary;
                m_summary.path = path;
                m_summary.generation = m_generation;
                emit summaryChanged(m_summary, change);
            }
            if (m_pendingChange) scheduleSummary(*m_pendingChange);
        });
}

// --- Jobs ------------------------------------------------------------------------

std::optional<JobKind> ExplorerService::currentJob() const
{
    if (!m_job) return std::nullopt;
    return m_job->kind;
}

bool ExplorerService::refuseIfBusy(JobKind kind)
{
    if (!m_job) return false;
    emit jobRefused(kind, {ServiceError::Kind::Busy, QStringLiteral("another job is running")});
    return true;
}

ExplorerService::Job* ExplorerService::beginJob(JobKind kind)
{
    m_job = std::make_unique<Job>();
    m_job->id = nextId();
    m_job->kind = kind;
    emit jobStarted(m_job->id, kind);
    return m_job.get();
}

void ExplorerService::jobIndexReady(quint64 jobId, const QString& path)
{
    if (!m_job || m_job->id != jobId) return;
    m_job->indexPath = path;
}

void ExplorerService::switchReadersToJob()
{
    // The window moves to the index a job writes once it holds what the job wrote, not
    // before: a job that fails at once leaves the index open before on screen.
    if (!m_job || m_job->indexPath.isEmpty() || m_job->readersSwitched) return;
    m_job->readersSwitched = true;
    if (m_open && QFileInfo(m_summary.path) == QFileInfo(m_job->indexPath)) return;
    openReaders(m_job->indexPath, 0, true);
}

void ExplorerService::postProgress(quint64 jobId, const JobProgress& progress)
{
    if (!m_job || m_job->id != jobId) return;
    if (progress.done > 0) switchReadersToJob();
    emit jobProgress(jobId, progress);
    if (progress.kind != JobKind::Verify) scheduleSummary(IndexChange::Appended);
}

void ExplorerService::endJob(quint64 jobId, JobResult result)
{
    if (!m_job || m_job->id != jobId) return;
    if (result.outcome == JobResult::Outcome::Completed || result.blocks > 0) switchReadersToJob();
    std::unique_ptr<Job> job = std::move(m_job);
    if (job->thread) {
        // It has nothing left to do; it ends and deletes itself without making the
        // GUI thread wait for it.
        connect(job->thread, &QThread::finished, job->thread, &QObject::deleteLater);
        job->thread->quit();
    }
    if (m_open) scheduleSummary(result.kind == JobKind::Verify ? IndexChange::Reverified : IndexChange::Appended, true);
    emit jobFinished(jobId, result);
}

void ExplorerService::cancelJob()
{
    if (!m_job) return;
    m_job->cancel->store(true);
    if (m_job->engine) m_job->engine->requestCancel();
}

quint64 ExplorerService::startSync(const NodeSettings& settings)
{
    if (refuseIfBusy(JobKind::Sync)) return 0;
    if (settings.validate() != NodeSettings::Problem::None) {
        emit jobRefused(JobKind::Sync, {ServiceError::Kind::InvalidInput, QStringLiteral("invalid node settings")});
        return 0;
    }
    SyncOptions opt;
    opt.endpoint.url = QUrl(settings.url.trimmed(), QUrl::StrictMode);
    for (const QString& line : settings.headers)
        if (!line.trimmed().isEmpty()) opt.endpoint.addHeader(line.trimmed());
    opt.endpoint.timeoutMs = std::max(1, settings.timeoutSeconds) * 1000;
    opt.endpoint.maxRetries = std::max(0, settings.maxRetries);
    opt.dbPath = settings.indexPath;
    opt.confirmations = settings.confirmations;
    opt.follow = settings.follow;
    if (!settings.checkpoint.trimmed().isEmpty())
        opt.checkpoint = *fixedFromHex<32>(settings.checkpoint.trimmed().toStdString());

    Job* job = beginJob(JobKind::Sync);
    const quint64 id = job->id;
    auto* thread = new QThread(this);
    thread->setObjectName(QStringLiteral("bt-sync"));
    auto* engine = new SyncEngine(opt);
    engine->moveToThread(thread);
    connect(thread, &QThread::finished, engine, &QObject::deleteLater);
    job->thread = thread;
    job->engine = engine;

    connect(engine, &SyncEngine::progressChanged, this, [this, id](const SyncProgress& p) {
        JobProgress jp;
        jp.kind = JobKind::Sync;
        jp.phase = p.phase;
        jp.indexedTo = p.indexedTo;
        jp.target = p.target;
        jp.total = p.target >= p.startedAt ? p.target + 1 - p.startedAt : 0;
        jp.done = p.blocks;
        jp.fraction = p.fraction();
        jp.blocksPerSecond = p.blocksPerSecond;
        jp.etaSeconds = p.etaSeconds;
        jp.failedBlocks = p.failedBlocks;
        postProgress(id, jp);
    });
    connect(engine, &SyncEngine::reorganised, this, [this](quint64 from, quint64 ancestor) {
        emit reorganised(from, ancestor);
        scheduleSummary(IndexChange::Reorganised);
    });
    connect(engine, &SyncEngine::finished, this, [this, id](SyncEngine::Result r, const QString& message) {
        JobResult res;
        res.kind = JobKind::Sync;
        res.outcome = r == SyncEngine::Result::Completed   ? JobResult::Outcome::Completed
                      : r == SyncEngine::Result::Cancelled ? JobResult::Outcome::Cancelled
                                                           : JobResult::Outcome::Failed;
        res.message = message;
        endJob(id, res);
    });
    thread->start();
    const QString path = opt.dbPath;
    QMetaObject::invokeMethod(
        engine,
        [this, engine, id, path] {
            // Create (or recognise) the index first, so that the readers can open it
            // and a foreign or damaged file is refused before any node is asked.
            IndexDb db;
            const IndexError e = db.open(path, IndexDb::Mode::Create);
            db.close();
            if (!e.ok()) {
                JobResult res;
                res.kind = JobKind::Sync;
                res.outcome = JobResult::Outcome::Failed;
                res.error = IndexQueries::fromIndexError(e);
                res.message = e.message;
                QMetaObject::invokeMethod(this, [this, id, res] { endJob(id, res); }, Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(this, [this, id, path] { jobIndexReady(id, path); }, Qt::QueuedConnection);
            engine->start();
        },
        Qt::QueuedConnection);
    return id;
}

quint64 ExplorerService::importArchive(const QString& archivePath, const QString& indexPath)
{
    if (refuseIfBusy(JobKind::Import)) return 0;
    Job* job = beginJob(JobKind::Import);
    const quint64 id = job->id;
    const auto cancel = job->cancel;
    job->thread = QThread::create([this, id, archivePath, indexPath, cancel] {
        auto toService = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
        JobResult res;
        res.kind = JobKind::Import;
        IndexDb db;
        if (IndexError e = db.open(indexPath, IndexDb::Mode::Create); !e.ok()) {
            res.outcome = JobResult::Outcome::Failed;
            res.error = IndexQueries::fromIndexError(e);
            res.message = e.message;
            toService([this, id, res] { endJob(id, res); });
            return;
        }
        toService([this, id, indexPath] { jobIndexReady(id, indexPath); });
        ProgressMeter meter(JobKind::Import, QStringLiteral("importing"));
        const ArchiveResult r = bt::importArchive(
            archivePath, db, std::nullopt,
            [&](std::uint64_t done, std::uint64_t total) {
                if (auto p = meter.update(done, total)) toService([this, id, p = *p] { postProgress(id, p); });
            },
            cancel.get());
        db.close();
        res.blocks = r.blocks;
        res.failedBlocks = r.failedBlocks;
        res.message = r.message;
        res.outcome = r.ok ? JobResult::Outcome::Completed
                      : cancel->load() ? JobResult::Outcome::Cancelled
                                       : JobResult::Outcome::Failed;
        toService([this, id, res] { endJob(id, res); });
    });
    job->thread->setParent(this);
    job->thread->setObjectName(QStringLiteral("bt-import"));
    job->thread->start();
    return id;
}

quint64 ExplorerService::verifyAgain(const QString& checkpoint)
{
    if (!m_open) {
        emit jobRefused(JobKind::Verify, {ServiceError::Kind::NoIndex, QStringLiteral("no index is open")});
        return 0;
    }
    if (refuseIfBusy(JobKind::Verify)) return 0;
    IndexVerifyOptions opt;
    if (!checkpoint.trimmed().isEmpty()) {
        auto h = fixedFromHex<32>(checkpoint.trimmed().toStdString());
        if (!h) {
            emit jobRefused(JobKind::Verify, {ServiceError::Kind::InvalidInput, QStringLiteral("not a 32-byte hash")});
            return 0;
        }
        opt.checkpoint = *h;
    }
    Job* job = beginJob(JobKind::Verify);
    const quint64 id = job->id;
    const auto cancel = job->cancel;
    const QString path = m_summary.path;
    job->thread = QThread::create([this, id, path, opt, cancel] {
        auto toService = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
        JobResult res;
        res.kind = JobKind::Verify;
        IndexDb db;
        // Read-write when possible, so that the index records the outcome.
        const bool writable = QFileInfo(path).isWritable();
        if (IndexError e = db.open(path, writable ? IndexDb::Mode::ReadWrite : IndexDb::Mode::ReadOnly); !e.ok()) {
            res.outcome = JobResult::Outcome::Failed;
            res.error = IndexQueries::fromIndexError(e);
            res.message = e.message;
            toService([this, id, res] { endJob(id, res); });
            return;
        }
        ProgressMeter meter(JobKind::Verify, QStringLiteral("verifying"));
        VerifyReport report;
        IndexVerifier verifier;
        const IndexError e = verifier.run(
            db, opt, report,
            [&](std::uint64_t done, std::uint64_t total) {
                if (auto p = meter.update(done, total)) toService([this, id, p = *p] { postProgress(id, p); });
            },
            cancel.get());
        db.close();
        res.blocks = report.blocksChecked;
        res.failedBlocks = report.failedBlocks;
        res.failures = report.failures.size();
        res.anchoredThrough = report.anchoredThrough;
        res.statusesUpdated = report.statusesUpdated || (writable && report.ok());
        if (!e.ok()) {
            res.outcome = JobResult::Outcome::Failed;
            res.error = IndexQueries::fromIndexError(e);
            res.message = e.message;
        } else if (report.cancelled) {
            res.outcome = JobResult::Outcome::Cancelled;
        } else {
            res.outcome = JobResult::Outcome::Completed;
            if (!report.failures.empty()) {
                const StoredFailure& f = report.failures.front();
                res.message = QStringLiteral("block %1: %2: %3").arg(f.blockNumber).arg(f.check, f.detail);
            }
        }
        toService([this, id, res] { endJob(id, res); });
    });
    job->thread->setParent(this);
    job->thread->setObjectName(QStringLiteral("bt-verify"));
    job->thread->start();
    return id;
}

}  // namespace bt::facade
