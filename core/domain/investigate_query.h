// `investigate --parameter NAME`: a process parameter (coating thickness, slurry
// solid content, winding speed, capacity, …) by plant, line, equipment, operator and
// time window: summary statistics, Shewhart individuals charts per equipment with
// Western Electric run rules, how strongly each candidate is associated with
// non-conformant inspections, and the recall scope (every cell lot, module, pack and
// vehicle holding material from the suspect window). The definitions used are in the
// result, for the output.
#pragma once

#include "domain/query_support.h"
#include "domain/statistics.h"
#include "index/index_db.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <optional>
#include <unordered_map>

namespace bt::domain {

struct InvestigateRequest {
    QString parameter;            // "coatingThickness", "bt:coatingThickness", "coating thickness"
    QString plant, line, equipment, operatorId;  // filters (full URI or its last segment; operator as given)
    std::optional<qint64> from, to;              // measurement time, [from, to)
    std::optional<qint64> baselineTo;            // baseline = measurements before this (per equipment)
    std::optional<qint64> suspectFrom, suspectTo;  // the recall window, instead of the detected one
    bool includeUnverified = false;
    int topCandidates = 10;       // per dimension
};

struct ChartRun {
    qint64 start = 0;
    qint64 end = 0;
    int points = 0;
    QStringList rules;            // "rule 1: beyond 3 sigma", …
    double mean = 0;
};

struct EquipmentChart {
    QString equipment;
    QString line;
    QString plant;
    stats::Summary summary;
    stats::Limits limits;
    int baselinePoints = 0;
    qint64 baselineFrom = 0, baselineTo = 0;
    int outOfControl = 0;         // points in a violating window
    QList<ChartRun> runs;
};

struct Candidate {
    QString dimension;            // equipment, line, operator; week for a window
    QString value;
    qint64 lots = 0;              // measured lots with an inspection result
    qint64 nonConformant = 0;
    qint64 tested = 0;
    qint64 failed = 0;
    double nonConformantRate = 0;
    double otherRate = 0;         // the same rate for every other lot
    double rateRatio = 0;
    double pValue = 1;            // Fisher exact, one-sided
    double meanShiftSigma = 0;    // (candidate mean - overall mean) / overall sd
};

struct RecallScope {
    QString basis;                // how the window was chosen
    QString equipment;
    qint64 from = 0;
    qint64 to = 0;
    QStringList suspectLots;      // the measured lots in the window
    QStringList cellLots, modules, packs, vehicles;
};

// A measured lot's inspection result: the inspections of the lot, else of what was made
// from it one transformation down, else two (a roll → its cell lot).
struct LotOutcome {
    bool inspected = false;
    bool nonConformant = false;
    std::int64_t tested = 0, failed = 0;
};

struct InvestigateResult {
    QString parameter;            // as stored ("bt:coatingThickness")
    QString uom;
    stats::Summary overall;
    qint64 lotsMeasured = 0;
    qint64 lotsWithInspections = 0;
    QString baselineDefinition;
    QString rulesDefinition;
    QString associationDefinition;
    QList<EquipmentChart> charts;
    QList<Candidate> candidates;  // equipment, line, operator: smallest p-value first
    QList<Candidate> windows;     // weeks of measurement, ranked the same way
    RecallScope recall;
    std::unordered_map<std::int64_t, LotOutcome> lotOutcomes;  // asset id → outcome, each measured lot
    std::uint64_t leftOut = 0;
    QString coverageNote;
};

QueryError runInvestigate(IndexDb& db, const InvestigateRequest& request, InvestigateResult& out);

// Whether an identifier passes a plant/line/equipment filter: the filter is the whole
// identifier, or the end of its last path segment ("L2" for …/254/L2, "COATER-A2" for
// the GIAI …/8004/4063050COATER-A2); an empty filter passes everything.
bool matchesFilter(const std::string& value, const QString& filter);

// The parameters the index holds (bt:coatingThickness, …), for "unknown parameter".
QStringList knownParameters(IndexDb& db);

}  // namespace bt::domain
