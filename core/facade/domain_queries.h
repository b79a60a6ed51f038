// The domain pages' reads over one connection, in a reader thread: each runs the
// core/domain query and turns its result into the facade's values (domain_types.h),
// plus the two reads no CLI command needed — a parameter's raw measurements with their
// lots' inspection outcomes (the control chart's points) and one anchored event with
// its document, transaction and checks (the lineage side panel) — and the asset search.
#pragma once

#include "domain_types.h"
#include "search_provider.h"

#include <optional>

namespace bt {
class IndexDb;
}

namespace bt::facade {

KpiReport readKpis(IndexDb& db, std::optional<qint64> from, std::optional<qint64> to);
ComplianceReport readCompliance(IndexDb& db);
DefectsReport readDefects(IndexDb& db, const DefectsFilter& filter);
// Every shipment (no series) when `sscc` is empty; else that one with its series.
ShipmentsReport readShipments(IndexDb& db, const QString& sscc);
LineageReport readLineage(IndexDb& db, const QString& asset, bool downstream);
TraceEventDetails readTraceEvent(IndexDb& db, qint64 eventId);

// Assets whose identifier contains the text (a lot or serial alone finds its URI):
// hits of domainKind "asset", shown by the Lineage page.
class AssetSearchProvider : public SearchProvider {
public:
    std::vector<SearchHit> search(QueryContext& ctx, const QString& text, std::size_t limit) override;
};

// Participants by name (any part of it) or account: hits of domainKind "participant",
// shown by the Suppliers page.
class ParticipantSearchProvider : public SearchProvider {
public:
    std::vector<SearchHit> search(QueryContext& ctx, const QString& text, std::size_t limit) override;
};

}  // namespace bt::facade
