// The domain queries' answers as the GUI sees them (core/domain has the queries):
// plain values with no engine type, hashes and addresses as "0x…" text, times as Unix
// seconds. Each carries a DomainError: an asset, parameter or shipment the index does
// not hold is an answer too, with its message and hints, shown in the window.
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::facade {

struct DomainError {
    enum class Kind { None, NotFound, BadInput, NoData, Database };
    Kind kind = Kind::None;
    QString message;     // the engine's English text ("unknown asset \"PK-1\"")
    QStringList hints;   // e.g. the known parameters
    QString hintsTitle;
    bool ok() const noexcept { return kind == Kind::None; }
};

// --- KPIs ----------------------------------------------------------------------

struct KpiDueDiligence {
    QString supplier;
    QString account;
    qint64 reviews = 0;
    std::optional<double> medianDays;
    std::optional<double> p90Days;
};

struct KpiRecovery {
    QString element;
    double inputKg = 0;
    double recoveredKg = 0;
    std::optional<double> rate;        // 0…1
    std::optional<double> target2027;  // EU 2023/1542 Annex XII Part C
    std::optional<double> target2031;
};

struct KpiCarrier {
    QString carrier;
    qint64 shipments = 0;
    qint64 incidents = 0;
    std::optional<double> per100;
};

struct KpiPeriodValues {
    QString label;
    qint64 from = 0;
    qint64 to = 0;
    qint64 inspections = 0;
    qint64 tested = 0;
    qint64 failed = 0;
    std::optional<double> defectRate;  // failed / tested
    QList<KpiDueDiligence> dueDiligence;
    qint64 recyclingEvents = 0;
    std::optional<double> recyclingRate;
    QList<KpiRecovery> recovery;
    qint64 shipments = 0;
    qint64 incidents = 0;
    std::optional<double> incidentsPer100;
    QList<KpiCarrier> carriers;
    qint64 latencyEvents = 0;
    std::optional<double> latencyMeanSeconds;
    std::optional<double> latencyMedianSeconds;
    std::optional<double> latencyP90Seconds;
};

struct KpiReport {
    DomainError error;
    KpiPeriodValues total;
    QList<KpiPeriodValues> months;
    QMap<QString, QString> definitions;  // "defect rate", "due diligence time", … → definition
    QString coverageNote;
};

// --- Suppliers (compliance) ------------------------------------------------------

struct SupplierCertificate {
    QString scheme;
    QString site;
    QString status;     // Valid, Suspended, Withdrawn
    qint64 validFrom = 0;
    qint64 validUntil = 0;
    QString auditor;
    bool sourcing = false;
    QString standing;   // "valid", "expired", "not yet valid", "suspended", "withdrawn"
};

struct SupplierValues {
    QString account;
    QString name;
    QString role;
    QString country;
    bool cahra = false;
    bool needsSourcingCertificate = false;
    QList<SupplierCertificate> certificates;
    qint64 events = 0;
    qint64 eventsWithoutCertificate = 0;
    QStringList issues;
    bool problem() const noexcept { return !issues.isEmpty() || cahra || eventsWithoutCertificate > 0; }
};

struct FlaggedLot {
    QString uri;
    QString kind;
    QString supplier;
    QString country;
    qint64 time = 0;
    QString certificate;
    bool flagged = false;
    QStringList reasons;
};

struct PackOrigin {
    QString uri;
    QMap<QString, double> flaggedShares;  // element → share of it from flagged lots
    QStringList flaggedLots;
};

struct ComplianceReport {
    DomainError error;
    qint64 asOf = 0;
    QStringList rules;
    QList<SupplierValues> suppliers;
    QList<FlaggedLot> lots;
    QList<PackOrigin> packs;
    qint64 packsChecked = 0;
    qint64 packsTotal = 0;
    QString coverageNote;
};

// --- Defects (investigate) ---------------------------------------------------------

struct DefectsFilter {
    QString parameter;
    QString plant, line, equipment, operatorId;
    std::optional<qint64> from, to;
};

// One measurement of the parameter, with the outcome of the lot's inspection.
struct MeasurementPoint {
    qint64 time = 0;
    double value = 0;
    QString asset;
    QString plant, line, equipment, operatorId;
    enum class Outcome { None, Conformant, NonConformant } outcome = Outcome::None;
    qint64 tested = 0;
    qint64 failed = 0;
};

struct EquipmentLimits {
    QString equipment;
    QString line;
    double mean = 0;
    double lcl = 0;
    double ucl = 0;
    int points = 0;
    int outOfControl = 0;
};

struct Suspect {
    QString dimension;
    QString value;
    qint64 lots = 0;
    qint64 nonConformant = 0;
    qint64 tested = 0;
    qint64 failed = 0;
    double rate = 0;
    double otherRate = 0;
    double rateRatio = 0;
    double pValue = 1;
    double meanShiftSigma = 0;
};

struct RecallRow {
    QString kind;   // "suspect lot", "cell lot", "module", "pack", "vehicle"
    QString id;
};

struct DefectsReport {
    DomainError error;
    DefectsFilter filter;
    QString parameter;   // as stored
    QString uom;
    QStringList parameters;                     // known parameters, for the chooser
    QStringList plants, lines, equipment, operators;  // the values in the index, for the filters
    double mean = 0, sd = 0;
    double lcl = 0, ucl = 0;                    // overall mean ± 3 sd
    qint64 lotsMeasured = 0;
    QList<MeasurementPoint> points;             // in time order
    QList<EquipmentLimits> limits;              // per equipment (baseline Shewhart limits)
    QList<Suspect> suspects;                    // smallest p-value first, windows after
    QString recallBasis;
    qint64 recallFrom = 0, recallTo = 0;
    QString recallEquipment;
    QList<RecallRow> recall;
    QString definitions;
};

// --- Logistics ------------------------------------------------------------------

struct SensorReading {
    qint64 time = 0;
    QString type;        // "Temperature", "RelativeHumidity", …
    std::optional<double> value;
    QString uom;
    bool alarm = false;
    bool outside = false;
};

struct SensorLimit {
    QString type;
    std::optional<double> min, max;
    QString uom;
};

struct ShipmentExcursion {
    QString type;
    qint64 start = 0;
    qint64 end = 0;
    int readings = 0;
    double worst = 0;
    QString limit;
    bool alarmed = false;
};

struct ShipmentValues {
    QString sscc;
    QString shipper, carrier, source, destination, receiver;
    qint64 shippedAt = 0;
    std::optional<qint64> receivedAt;
    QString incidentType, incidentNote;
    qint64 readings = 0;
    qint64 alarms = 0;
    int excursionCount = 0;
    bool verified = true;
    QList<SensorLimit> limits;
    QList<SensorReading> series;          // only in a single shipment's answer
    QList<ShipmentExcursion> excursions;
};

struct ShipmentsReport {
    DomainError error;
    QString shipment;                     // the one asked for; empty for the list
    QList<ShipmentValues> shipments;
    qint64 withExcursions = 0;
    qint64 excursions = 0;
    QString definition;
};

// --- Lineage -------------------------------------------------------------------

struct LineageNodeValue {
    qint64 id = 0;
    QString uri;
    QString kind;        // "ore", "refined", "cathode", …, "vehicle"
    QString material;
    int depth = 0;
    bool more = false;
    bool origin = false;
    QString mine, country;
    qint64 eventId = 0;  // the event that made it (0: none known)
    bool flagged = false;
    QStringList flagReasons;
};

struct LineageEdgeValue {
    qint64 src = 0;
    qint64 dst = 0;
    QString relation;    // "transformation", "assembly", …
    double srcQty = 0;
    QString srcUom;
    double dstQty = 0;
    QString dstUom;
    qint64 time = 0;
    qint64 eventId = 0;
    bool verified = true;
};

struct OriginShareValue {
    QString element;
    QString mine;
    QString country;
    bool cahra = false;
    double share = 0;
};

struct LineageReport {
    DomainError error;
    QString asset;       // as asked
    bool downstream = false;
    QList<LineageNodeValue> nodes;  // the root first
    QList<LineageEdgeValue> edges;
    QList<OriginShareValue> origins;
    QString massBalanceDefinition;
    bool truncated = false;
    QString coverageNote;
};

// One anchored event, for the lineage side panel.
struct TraceEventDetails {
    DomainError error;
    qint64 eventId = 0;
    quint64 blockNumber = 0;
    int logIndex = 0;
    QString transaction;   // hash
    QString recorder;      // address
    QString recorderName;
    QString kind;          // registry event kind
    QString bizStep;
    QString status;        // "verified", "failed", "not disclosed"
    QString reason;        // why it failed
    bool blockVerified = false;
    bool isPrivate = false;
    QString document;      // pretty JSON; empty for a private event not disclosed
};

}  // namespace bt::facade

Q_DECLARE_METATYPE(bt::facade::KpiReport)
Q_DECLARE_METATYPE(bt::facade::ComplianceReport)
Q_DECLARE_METATYPE(bt::facade::DefectsReport)
Q_DECLARE_METATYPE(bt::facade::ShipmentsReport)
Q_DECLARE_METATYPE(bt::facade::LineageReport)
Q_DECLARE_METATYPE(bt::facade::TraceEventDetails)
