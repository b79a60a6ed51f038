// `kpi [--from DATE] [--to DATE] [--by month]`: the management KPIs of DESIGN.md, each
// with its definition: defect rate, raw-material due-diligence time per supplier,
// recycling rate and per-element recovery against the EU 2023/1542 targets, logistics
// incident rate per 100 shipments, and information latency (event time → block time).
// Reads the latency from the aggregates the indexer maintains (kpi_latency) and the
// rest through covering indexes, so a refresh stays fast on a large chain.
#pragma once

#include "domain/query_support.h"
#include "index/index_db.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::domain {

struct KpiRequest {
    std::optional<qint64> from;  // event time, inclusive
    std::optional<qint64> to;    // exclusive
    bool byMonth = false;
    bool includeUnverified = false;
};

struct DefectRate {
    qint64 inspections = 0;
    qint64 tested = 0;
    qint64 failed = 0;
    qint64 nonConformant = 0;   // inspections with disposition non_conformant
    std::optional<double> rate; // failed / tested
};

struct DueDiligenceTime {
    QString supplier;
    QString account;
    qint64 reviews = 0;
    qint64 withoutReceipt = 0;  // reviews of lots no Receiving by the reviewer precedes
    std::optional<double> medianDays;
    std::optional<double> p90Days;
};

struct ElementRecovery {
    QString element;
    double inputKg = 0;
    double recoveredKg = 0;
    std::optional<double> rate;
    std::optional<double> target2027;  // EU 2023/1542 Annex XII Part C (nullopt: no target)
    std::optional<double> target2031;
    std::optional<bool> meets2027;
    std::optional<bool> meets2031;
};

struct RecyclerRecovery {
    QString recycler;
    QString account;
    qint64 events = 0;
    std::optional<double> rate;
    QList<ElementRecovery> elements;
};

struct Recycling {
    qint64 events = 0;
    std::optional<double> rate;  // all tracked elements: recovered / input mass
    QList<ElementRecovery> elements;
    QList<RecyclerRecovery> recyclers;
};

struct CarrierIncidents {
    QString carrier;
    qint64 shipments = 0;
    qint64 incidents = 0;
    std::optional<double> per100;
};

struct Logistics {
    qint64 shipments = 0;        // shipments shipped in the period
    qint64 incidents = 0;
    std::optional<double> per100;
    QMap<QString, qint64> byType;  // damage, accident, loss, delay
    QList<CarrierIncidents> carriers;
};

struct Latency {
    qint64 events = 0;
    qint64 negative = 0;         // event time after the block time (clock or data problems)
    std::optional<double> meanSeconds;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;
};

struct KpiPeriod {
    QString label;               // "2026-03", or "from … to …"
    qint64 from = 0;
    qint64 to = 0;
    DefectRate defects;
    QList<DueDiligenceTime> dueDiligence;
    Recycling recycling;
    Logistics logistics;
    Latency latency;
    bool empty() const noexcept;
};

struct KpiResult {
    KpiPeriod total;
    QList<KpiPeriod> months;     // with byMonth
    QMap<QString, QString> definitions;  // KPI → definition
    std::uint64_t leftOut = 0;   // rows of unverified events in the range, not counted
    QString coverageNote;
};

QueryError runKpi(IndexDb& db, const KpiRequest& request, KpiResult& out);

}  // namespace bt::domain
