// Domain-index benchmark (issue 5): query latency on an index of N anchored events.
//
//   bench_domain generate --db PATH [--events 1000000] [--seed 1]
//       writes synthetic domain rows of the shape of a year of the scale scenario
//       (through DomainStore, the indexer's own write path) into a new index
//   bench_domain query --db PATH [--rounds 50]
//       upstream + downstream lineage of random packs, a full KPI refresh (by month),
//       an investigate query; medians; the index size on disk
//
// The rows are generated, not decoded from a chain: the registry's logs, their
// documents and the block rows are not written, so "index size" here is the domain
// tables (with their indexes) plus a minimal block table. See docs/benchmarks.md.
#include "domain/domain_indexer.h"
#include "domain/domain_store.h"
#include "domain/investigate_query.h"
#include "domain/kpi_query.h"
#include "domain/lineage_query.h"
#include "domain/sql_query.h"
#include "domain/utc_time.h"
#include "index/index_db.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace bt;
using namespace bt::domain;
using registry::EventKind;

namespace {

QString arg(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// The scale scenario's shape, per pack (~35 events): 8 modules of one cell-lot share,
// 1 pack assembly, 1 installation, 12 monthly use-phase readings, pack shipping (1
// shipping, 3 transport-sensor, 1 receiving); upstream, per 10 modules a cell lot (cell
// production, winding speed, inspection) made of 2 electrode rolls (coating, thickness
// and slurry measurements), per 50 cell lots a cathode lot from 3 refined lots, each
// from 4 ore lots (commissioning, shipping, 2 sensor readings, receiving, due
// diligence); 5 % of packs recycled.
constexpr int kModulesPerPack = 8;
constexpr int kModulesPerCellLot = 10;
constexpr int kCellLotsPerCathode = 50;
constexpr int kMines = 20;
constexpr int kLines = 6;
constexpr double kEventsPerPack = 35.5;
constexpr std::int64_t kYear = 365 * 86400;
constexpr std::int64_t kStart = 1'735'689'600;  // 2025-01-01

class Generator {
public:
    Generator(IndexDb& db, std::uint64_t events, std::uint64_t seed) : m_db(db), m_store(db), m_rng(seed)
    {
        m_packs = static_cast<std::int64_t>(double(events) / kEventsPerPack);
    }

    bool run()
    {
        if (IndexError e = m_store.prepare(); !e.ok()) return fail(e.message);
        if (!m_db.db().transaction()) return fail(QStringLiteral("begin"));
        for (int m = 0; m < kMines; ++m)
            m_mine.push_back(Address{});
        for (int m = 0; m < kMines; ++m) m_mine[m].bytes[19] = static_cast<std::uint8_t>(m + 1);
        for (std::int64_t p = 0; p < m_packs; ++p) {
            if (!pack(p)) return false;
            if (m_events - m_committedAt >= 200'000) {
                if (!m_store.flushLatency() || !m_db.db().commit() || !m_db.db().transaction()) return fail(QStringLiteral("commit"));
                m_committedAt = m_events;
                std::fprintf(stderr, "\r%llu events", static_cast<unsigned long long>(m_events));
            }
        }
        if (!m_store.flushLatency()) return fail(QStringLiteral("latency"));
        // Blocks: 200 events each, and the meta the queries check.
        SqlQuery b(m_db.handle(), "INSERT INTO blocks(number, hash, parent_hash, timestamp, miner, gas_used, gas_limit, "
                                  "tx_count, log_count, status, header_rlp) VALUES(?, x'00', x'00', ?, x'00', 0, 0, 1, 200, 0, x'00')");
        for (std::uint64_t n = 0; n <= m_block; ++n) {
            b.bind(1, static_cast<std::int64_t>(n)).bind(2, kStart + std::int64_t(double(n) / double(m_block + 1) * kYear) + 600);
            if (!b.exec()) return fail(QString::fromStdString(b.error()));
        }
        m_db.setMeta(QStringLiteral("domain_registry"), QStringLiteral("0x00000000000000000000000000000000000000aa"));
        m_db.setMeta(QStringLiteral("domain_registry_source"), QStringLiteral("override"));
        m_db.setMeta(QStringLiteral("domain_indexed_to"), QString::number(m_block));
        if (!m_db.db().commit()) return fail(QStringLiteral("commit"));
        std::fprintf(stderr, "\r%llu events, %lld packs\n", static_cast<unsigned long long>(m_events), static_cast<long long>(m_packs));
        return true;
    }
    std::uint64_t events() const { return m_events; }

private:
    bool fail(const QString& what)
    {
        std::fprintf(stderr, "generate: %s: %s\n", qPrintable(what), qPrintable(m_store.lastError({}).message));
        return false;
    }

    std::int64_t timeOf(double packIndex) const { return kStart + std::int64_t(packIndex / double(m_packs) * double(kYear)); }

    // A new anchored event (verified, in a verified block), its key.
    std::int64_t event(EventKind kind, std::int64_t time, int recorder)
    {
        if (m_inBlock == 200) {
            ++m_block;
            m_inBlock = 0;
        }
        TraceEventRow r;
        r.at.key = logKey(m_block, static_cast<std::uint64_t>(m_inBlock++));
        r.at.block = m_block;
        r.at.blockTime = time + 300 + std::int64_t(m_rng() % 3600);  // minutes to an hour to anchor
        r.chainEventId = ++m_events;
        r.kind = kind;
        r.recorder.bytes[19] = static_cast<std::uint8_t>(recorder);
        r.signerRole = registry::Role::Miner;
        r.at.signer = r.recorder;
        r.scheme = "jcs-sha256";
        r.hash.bytes[0] = static_cast<std::uint8_t>(m_events);
        r.epcisType = "ObjectEvent";
        r.bizStep = "sensor_reporting";
        r.epcisId = "urn:uuid:00000000-0000-4000-8000-" + std::to_string(m_events);
        r.eventTime = time;
        if (!m_store.writeTraceEvent(r)) m_failed = true;
        return r.at.key;
    }

    std::int64_t asset(const std::string& uri, std::int64_t key) { return m_store.assetId(uri, key); }

    std::string uri(const char* gtin, const char* kind, std::int64_t n)
    {
        return std::string("https://id.gs1.org/01/") + gtin + (kind[0] == 'S' ? "/21/" : "/10/") + (kind + 1) + "-" +
               std::to_string(n);
    }

    bool ore(std::int64_t o, std::int64_t time)
    {
        const int mine = int(o % kMines);
        const std::int64_t k = event(EventKind::Commissioning, time, 100 + mine);
        const std::int64_t a = asset(uri("04063001000017", "LORE", o), k);
        const double co = 0.01 + 0.001 * double(mine);
        bool ok = m_store.fact(k, a, AssetKind::Ore, "cobalt ore", "KGM", true) &&
                  m_store.element(k, a, "Co", ElementBasis::MassFraction, co, true) &&
                  m_store.commission(k, 0, a, 1000.0, "KGM", "https://id.gs1.org/414/406300100000" + std::to_string(mine % 10), m_mine[mine],
                                     registry::Role::Miner, time, {}, true);
        const std::string sscc = "https://id.gs1.org/00/3406300100" + std::to_string(1000000 + o);
        const std::int64_t s = event(EventKind::Shipping, time + 3600, 100 + mine);
        ok = ok && m_store.shipping(s, sscc, m_mine[mine], "https://id.gs1.org/417/4063001000610", {}, {},
                                    R"({"Temperature":{"min":15,"max":35,"uom":"CEL"}})", time + 3600, true) &&
             m_store.goods(s, 0, a, 1000.0, "KGM");
        for (int r = 0; r < 2; ++r) {
            const std::int64_t t = event(EventKind::TransportSensor, time + 7200 + r * 3600, 60);
            ok = ok && m_store.reading(t, 0, sscc, {}, time + 7200 + r * 3600, "Temperature", 20 + double(m_rng() % 100) / 10, "CEL", false, true);
        }
        const std::int64_t rcv = event(EventKind::Receiving, time + 86400, 21);
        ok = ok && m_store.receiving(rcv, sscc, m_refiner, "in_progress",
                                     m_rng() % 50 == 0 ? "delay" : "", {}, time + 86400, true) &&
             m_store.goods(rcv, 0, a, 1000.0, "KGM");
        const std::int64_t dd = event(EventKind::DueDiligence, time + 86400 * (2 + std::int64_t(m_rng() % 5)), 21);
        ok = ok && m_store.dueDiligence(dd, 0, a, m_refiner, "OECD-DD", "approved", time + 86400 * 3, true);
        return ok;
    }

    bool cathode(std::int64_t c, std::int64_t time)
    {
        std::vector<std::int64_t> refined;
        for (int j = 0; j < 3; ++j) {
            const std::int64_t rf = c * 3 + j;
            std::vector<std::int64_t> ores;
            for (int i = 0; i < 4; ++i) {
                if (!ore(rf * 4 + i, time - 20 * 86400)) return false;
                ores.push_back(m_store.assetId(uri("04063001000017", "LORE", rf * 4 + i), 0));
            }
            const std::int64_t k = event(EventKind::Transformation, time - 10 * 86400, 21);
            const std::int64_t a = asset(uri("04063002000014", "LREF", rf), k);
            bool ok = m_store.fact(k, a, AssetKind::Refined, "cobalt sulfate", "KGM", true) &&
                      m_store.element(k, a, "Co", ElementBasis::MassFraction, 0.2, true);
            int seq = 0;
            for (std::int64_t o : ores) ok = ok && m_store.edge(k, seq++, o, a, Relation::Transformation, 1000, "KGM", 80, "KGM", time - 10 * 86400, true);
            ok = ok && m_store.production(k, 0, a, "https://id.gs1.org/414/4063002000008", {}, {}, {}, time - 10 * 86400, true);
            const std::int64_t mk = event(EventKind::ProcessMeasurement, time - 10 * 86400, 21);
            ok = ok && m_store.measurement(mk, 0, a, "bt:purity", 99.5, "P1", "https://id.gs1.org/8004/4063002REACTOR-1", {}, {}, {}, time - 10 * 86400, true);
            if (!ok) return false;
            refined.push_back(a);
        }
        const std::int64_t k = event(EventKind::Transformation, time - 5 * 86400, 31);
        const std::int64_t a = asset(uri("04063003000011", "LCAT", c), k);
        bool ok = m_store.fact(k, a, AssetKind::Cathode, "NMC811", "KGM", true) &&
                  m_store.element(k, a, "Co", ElementBasis::MassFraction, 0.06, true) &&
                  m_store.element(k, a, "Ni", ElementBasis::MassFraction, 0.48, true) &&
                  m_store.element(k, a, "Li", ElementBasis::MassFraction, 0.07, true);
        int seq = 0;
        for (std::int64_t r : refined) ok = ok && m_store.edge(k, seq++, r, a, Relation::Transformation, 80, "KGM", 1000, "KGM", time - 5 * 86400, true);
        m_cathode = a;
        return ok;
    }

    bool cellLot(std::int64_t cl, double packIndex)
    {
        const std::int64_t time = timeOf(packIndex) - 3 * 86400;
        if (cl % kCellLotsPerCathode == 0 && !cathode(cl / kCellLotsPerCathode, time)) return false;
        std::vector<std::int64_t> rolls;
        bool bad = false;
        for (int j = 0; j < 2; ++j) {
            const std::int64_t r = cl * 2 + j;
            const int line = int(r % kLines);
            const std::string lineId = "https://id.gs1.org/414/4063004000006/254/L" + std::to_string(line + 1);
            const std::string coater = "https://id.gs1.org/8004/4063004COATER-" + std::to_string(line + 1);
            const std::int64_t k = event(EventKind::Transformation, time - 86400, 41);
            const std::int64_t a = asset(uri("04063004000018", "LROLL", r), k);
            const std::string op = "OP-" + std::to_string(m_rng() % 12);
            bool ok = m_store.fact(k, a, AssetKind::Electrode, "electrode", "KGM", true) &&
                      m_store.edge(k, 0, m_cathode, a, Relation::Transformation, 100, "KGM", 90, "KGM", time - 86400, true) &&
                      m_store.production(k, 0, a, "https://id.gs1.org/414/4063004000006", lineId, coater, op, time - 86400, true);
            // Line 2 drifts thick for three weeks in May.
            const std::int64_t day = (time - kStart) / 86400;
            const bool drifting = line == 1 && day >= 120 && day < 141;
            std::normal_distribution<double> thickness(drifting ? 106.0 : 100.0, 1.5);
            const std::int64_t mk = event(EventKind::ProcessMeasurement, time - 86400 + 600, 41);
            ok = ok && m_store.measurement(mk, 0, a, "bt:coatingThickness", thickness(m_rng), "4H", coater, lineId,
                                           "https://id.gs1.org/414/4063004000006", op, time - 86400 + 600, true) &&
                 m_store.measurement(mk, 1, a, "bt:slurrySolidContent", 65 + double(m_rng() % 40) / 20.0, "P1", coater, lineId,
                                     "https://id.gs1.org/414/4063004000006", op, time - 86400 + 600, true);
            if (!ok) return false;
            bad |= drifting;
            rolls.push_back(a);
        }
        const std::int64_t k = event(EventKind::Transformation, time, 41);
        const std::int64_t a = asset(uri("04063005000015", "LCL", cl), k);
        bool ok = m_store.fact(k, a, AssetKind::CellLot, "NMC811 cell", "H87", true) &&
                  m_store.element(k, a, "Co", ElementBasis::MassPerUnit, 0.004, true) &&
                  m_store.element(k, a, "Ni", ElementBasis::MassPerUnit, 0.032, true) &&
                  m_store.element(k, a, "Li", ElementBasis::MassPerUnit, 0.0047, true);
        int seq = 0;
        for (std::int64_t r : rolls) ok = ok && m_store.edge(k, seq++, r, a, Relation::Transformation, 90, "KGM", 5000, "H87", time, true);
        const std::int64_t w = event(EventKind::ProcessMeasurement, time + 60, 41);
        ok = ok && m_store.measurement(w, 0, a, "bt:windingSpeed", 2 + double(m_rng() % 100) / 200.0, "MTS",
                                       "https://id.gs1.org/8004/4063004WINDER-1", "https://id.gs1.org/414/4063004000006/254/W1",
                                       "https://id.gs1.org/414/4063004000006", {}, time + 60, true);
        const int failed = bad ? 40 + int(m_rng() % 40) : int(m_rng() % 8);
        const std::int64_t in = event(EventKind::Inspection, time + 86400, 41);
        ok = ok && m_store.inspection(in, 0, a, "formation-capacity", 200, failed, failed > 10 ? "non_conformant" : "conformant",
                                      m_cells, time + 86400, true);
        m_cellLot = a;
        return ok;
    }

    bool pack(std::int64_t p)
    {
        const double pi = double(p);
        const std::int64_t time = timeOf(pi);
        std::vector<std::int64_t> modules;
        for (int k = 0; k < kModulesPerPack; ++k) {
            const std::int64_t m = p * kModulesPerPack + k;
            if (m % kModulesPerCellLot == 0 && !cellLot(m / kModulesPerCellLot, pi)) return false;
            const std::int64_t e = event(EventKind::Aggregation, time - 3600, 51);
            const std::int64_t a = asset(uri("04063091000019", "SMD", m), e);
            if (!m_store.fact(e, a, AssetKind::Module, {}, "H87", true) ||
                !m_store.edge(e, 0, m_cellLot, a, Relation::Assembly, 500, "H87", 1, "H87", time - 3600, true))
                return false;
            modules.push_back(a);
        }
        const std::int64_t e = event(EventKind::Aggregation, time, 51);
        const std::int64_t a = asset(uri("04063090000012", "SPK", p), e);
        bool ok = m_store.fact(e, a, AssetKind::Pack, {}, "H87", true);
        int seq = 0;
        for (std::int64_t m : modules) ok = ok && m_store.edge(e, seq++, m, a, Relation::Assembly, 1, "H87", 1, "H87", time, true);
        const std::string sscc = "https://id.gs1.org/00/3406305100" + std::to_string(1000000 + p);
        const std::int64_t s = event(EventKind::Shipping, time + 3600, 51);
        ok = ok && m_store.shipping(s, sscc, m_packer, "https://id.gs1.org/417/4063001000627", {}, {},
                                    R"({"Temperature":{"min":15,"max":35,"uom":"CEL"},"RelativeHumidity":{"max":70,"uom":"P1"}})",
                                    time + 3600, true) &&
             m_store.goods(s, 0, a, 1, "H87");
        const bool hot = m_rng() % 200 == 0;
        for (int r = 0; r < 3; ++r) {
            const std::int64_t t = event(EventKind::TransportSensor, time + 7200 + r * 3600, 62);
            ok = ok && m_store.reading(t, 0, sscc, {}, time + 7200 + r * 3600, "Temperature", hot && r == 1 ? 39.5 : 21.0, "CEL",
                                       hot && r == 1, true) &&
                 m_store.reading(t, 1, sscc, {}, time + 7200 + r * 3600, "RelativeHumidity", 45, "P1", false, true);
        }
        const std::int64_t rcv = event(EventKind::Receiving, time + 86400, 71);
        ok = ok && m_store.receiving(rcv, sscc, m_oem, "in_progress",
                                     m_rng() % 100 == 0 ? "damage" : "", {}, time + 86400, true) &&
             m_store.goods(rcv, 0, a, 1, "H87");
        const std::int64_t in = event(EventKind::Aggregation, time + 2 * 86400, 71);
        const std::int64_t v = asset(uri("04063200000017", "SWBTEV", p), in);
        ok = ok && m_store.fact(in, v, AssetKind::Vehicle, {}, "H87", true) && m_store.fact(in, a, AssetKind::Pack, {}, "H87", true) &&
             m_store.edge(in, 0, a, v, Relation::Installation, 1, "H87", 1, "H87", time + 2 * 86400, true);
        for (int month = 0; month < 12; ++month) {
            const std::int64_t t = time + 3 * 86400 + month * 30 * 86400;
            const std::int64_t u = event(EventKind::UsePhase, t, 71);
            ok = ok && m_store.useReading(u, 0, a, "bt:stateOfHealth", 100 - month * 0.3, "P1", t, true);
        }
        if (p % 20 == 0) {
            const std::int64_t t = time + 200 * 86400;
            const std::int64_t r = event(EventKind::Recycling, t, 91);
            const std::int64_t rec = asset(uri("04063006000012", "LREC", p), r);
            ok = ok && m_store.fact(r, rec, AssetKind::Recovered, "cobalt", "KGM", true) &&
                 m_store.edge(r, 0, a, rec, Relation::Recycling, 1, "H87", 14, "KGM", t, true) &&
                 m_store.recycling(r, "Co", 16, 15.4, m_recycler, t, true) && m_store.recycling(r, "Li", 19, 9.0, m_recycler, t, true) &&
                 m_store.recycling(r, "Ni", 128, 124, m_recycler, t, true);
        }
        return ok && !m_failed;
    }

    IndexDb& m_db;
    DomainStore m_store;
    std::mt19937_64 m_rng;
    std::int64_t m_packs = 0;
    std::uint64_t m_events = 0, m_committedAt = 0, m_block = 0;
    int m_inBlock = 0;
    bool m_failed = false;
    std::vector<Address> m_mine;
    Address m_refiner = [] { Address a; a.bytes[19] = 21; return a; }();
    Address m_cells = [] { Address a; a.bytes[19] = 41; return a; }();
    Address m_packer = [] { Address a; a.bytes[19] = 51; return a; }();
    Address m_oem = [] { Address a; a.bytes[19] = 71; return a; }();
    Address m_recycler = [] { Address a; a.bytes[19] = 91; return a; }();
    std::int64_t m_cathode = 0, m_cellLot = 0;
};

int generate(const QStringList& args)
{
    const QString path = arg(args, QStringLiteral("--db"));
    if (path.isEmpty()) return std::fprintf(stderr, "generate: --db PATH is required\n"), 2;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    IndexDb db;
    if (IndexError e = db.open(path, IndexDb::Mode::Create); !e.ok()) return std::fprintf(stderr, "%s\n", qPrintable(e.message)), 1;
    const std::uint64_t n = arg(args, QStringLiteral("--events"), QStringLiteral("1000000")).toULongLong();
    Generator g(db, n, arg(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong());
    QElapsedTimer t;
    t.start();
    if (!g.run()) return 1;
    const double s = double(t.elapsed()) / 1000.0;
    execSql(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)");
    std::printf("generate events=%llu seconds=%.1f events_per_second=%.0f peak_rss_kb=%ld\n",
                static_cast<unsigned long long>(g.events()), s, double(g.events()) / s, peakRssKb());
    return 0;
}

int query(const QStringList& args)
{
    const QString path = arg(args, QStringLiteral("--db"));
    const int rounds = arg(args, QStringLiteral("--rounds"), QStringLiteral("50")).toInt();
    IndexDb db;
    if (IndexError e = db.open(path, IndexDb::Mode::ReadOnly); !e.ok()) return std::fprintf(stderr, "%s\n", qPrintable(e.message)), 1;
    SqlQuery count(db.handle(), "SELECT count(*) FROM trace_events");
    count.next();
    const std::int64_t events = count.int64(0);
    count.reset();
    std::vector<std::string> packs;
    SqlQuery pq(db.handle(), "SELECT a.uri FROM asset_facts f JOIN assets a ON a.id = f.asset_id WHERE f.kind = 17 GROUP BY a.id");
    while (pq.next()) packs.push_back(pq.text(0));
    std::mt19937_64 rng(7);
    std::vector<double> lineage, nodes, kpi, investigate;
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        LineageRequest req;
        req.asset = QString::fromStdString(packs[rng() % packs.size()]);
        LineageResult up, down;
        t.start();
        const bool ok = runLineage(db, req, up).ok() && (req.downstream = true, runLineage(db, req, down).ok());
        lineage.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!ok) return std::fprintf(stderr, "lineage failed\n"), 1;
        nodes.push_back(double(up.nodes.size() + down.nodes.size()));
    }
    for (int i = 0; i < std::max(3, rounds / 5); ++i) {
        KpiRequest req;
        req.byMonth = true;
        KpiResult r;
        t.start();
        if (QueryError e = runKpi(db, req, r); !e.ok()) return std::fprintf(stderr, "kpi: %s\n", qPrintable(e.message)), 1;
        kpi.push_back(double(t.nsecsElapsed()) / 1e6);
        if (i == 0)
            std::printf("kpi check: defect rate %.4f, latency events %lld, shipments %lld, months %lld\n", r.total.defects.rate.value_or(-1),
                        static_cast<long long>(r.total.latency.events), static_cast<long long>(r.total.logistics.shipments),
                        static_cast<long long>(r.months.size()));
    }
    for (int i = 0; i < 3; ++i) {
        InvestigateRequest req;
        req.parameter = QStringLiteral("coatingThickness");
        InvestigateResult r;
        t.start();
        if (QueryError e = runInvestigate(db, req, r); !e.ok()) return std::fprintf(stderr, "investigate: %s\n", qPrintable(e.message)), 1;
        investigate.push_back(double(t.nsecsElapsed()) / 1e6);
        if (i == 0)
            std::printf("investigate check: n %zu, top %s %s (p %.3g), recall %lld packs %lld vehicles\n", r.overall.n,
                        r.candidates.isEmpty() ? "-" : qPrintable(r.candidates[0].dimension),
                        r.candidates.isEmpty() ? "-" : qPrintable(r.candidates[0].value),
                        r.candidates.isEmpty() ? 1.0 : r.candidates[0].pValue, static_cast<long long>(r.recall.packs.size()),
                        static_cast<long long>(r.recall.vehicles.size()));
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("query events=%lld packs=%zu lineage_up_down_ms_median=%.2f lineage_nodes_median=%.0f kpi_ms_median=%.1f "
                "investigate_ms_median=%.0f index_mb=%.1f peak_rss_kb=%ld\n",
                static_cast<long long>(events), packs.size(), median(lineage), median(nodes), median(kpi), median(investigate),
                double(bytes) / 1048576.0, peakRssKb());
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.size() > 1 ? args[1] : QString();
    if (mode == QLatin1String("generate")) return generate(args);
    if (mode == QLatin1String("query")) return query(args);
    std::fprintf(stderr, "usage: bench_domain generate --db PATH [--events N] [--seed S]\n"
                         "       bench_domain query --db PATH [--rounds N]\n");
    return 2;
}
