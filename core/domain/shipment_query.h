// `shipments [--excursions]`: each shipment (an SSCC opened by Shipping and closed by
// Receiving, data model §3.3) with its sensor series and its excursions against the
// limits the shipper set (bt:limits): consecutive readings of one measurement type
// outside [min, max] form one excursion.
#pragma once

#include "domain/query_support.h"
#include "index/index_db.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt::domain {

struct ShipmentsRequest {
    QString shipment;            // one SSCC (18 digits or the Digital Link URI); empty: all
    bool excursionsOnly = false;
    bool withSeries = false;     // include every reading (always for a single shipment)
    std::optional<qint64> from, to;  // shipped in [from, to)
    bool includeUnverified = false;
};

struct SensorPoint {
    qint64 time = 0;
    QString type;
    std::optional<double> value;
    QString uom;
    bool alarm = false;          // the device said ALARM_CONDITION
    bool outside = false;        // outside the shipment's limits
};

struct LimitRange {
    QString type;
    std::optional<double> min;
    std::optional<double> max;
    QString uom;
};

struct Excursion {
    QString type;
    qint64 start = 0;
    qint64 end = 0;
    int readings = 0;
    double worst = 0;            // the reading farthest outside
    QString limit;               // "max 35 CEL"
    bool alarmed = false;        // the device flagged at least one of them
};

struct ShipmentInfo {
    QString sscc;                // the Digital Link URI
    QString shipper, carrier, source, destination, receiver;
    qint64 shippedAt = 0;
    std::optional<qint64> receivedAt;
    QString incidentType, incidentNote, receivedDisposition;
    QList<LimitRange> limits;
    QStringList goods;
    qint64 readings = 0;
    qint64 alarms = 0;
    qint64 alarmsWithinLimits = 0;  // the device alarmed, the value is within the limits
    QList<SensorPoint> series;
    QList<Excursion> excursions;
    bool verified = true;
};

struct ShipmentsResult {
    QList<ShipmentInfo> shipments;
    qint64 shipmentsTotal = 0;
    qint64 withExcursions = 0;
    qint64 excursions = 0;
    std::uint64_t leftOut = 0;
    QString definition;
    QString coverageNote;
};

QueryError runShipments(IndexDb& db, const ShipmentsRequest& request, ShipmentsResult& out);

}  // namespace bt::domain
