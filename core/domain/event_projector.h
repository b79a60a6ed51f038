// Turns one parsed event document into the domain rows the queries read: assets and
// what the event says about them, lineage edges with quantities, measurements,
// inspections, shipments and their readings, use-phase readings, second life,
// recycling and due diligence (docs/data-model.md §3).
#pragma once

#include "codec/registry_abi.h"
#include "domain/domain_store.h"
#include "domain/epcis_event.h"

#include <optional>

namespace bt::domain {

class EventProjector {
public:
    explicit EventProjector(DomainStore& store) : m_store(store) {}

    // `role`: the signer's role when it was a participant (it tells a refiner's
    // output from a cell maker's). False on an SQLite error (DomainStore::lastError).
    bool project(std::int64_t event, registry::EventKind kind, const Address& recorder,
                 std::optional<registry::Role> role, const EpcisEvent& e, bool ok);

private:
    struct Item {
        std::int64_t asset = 0;
        std::string uri;
        double quantity = 1;
        std::string uom;  // "H87" for an EPC
        bool counted = false;  // an EPC or a quantity in H87: a number of units
    };
    bool items(const std::vector<std::string>& epcs, const std::vector<Quantity>& quantities, std::int64_t event,
               std::vector<Item>& out);
    bool elements(std::int64_t event, const std::vector<Item>& outputs, const EpcisEvent& e, bool ok);

    bool commissioning(std::int64_t event, const Address& recorder, std::optional<registry::Role> role,
                       const EpcisEvent& e, bool ok);
    bool transformation(std::int64_t event, registry::EventKind kind, const Address& recorder,
                        std::optional<registry::Role> role, const EpcisEvent& e, bool ok);
    bool measurements(std::int64_t event, const EpcisEvent& e, const std::vector<Item>& goods, bool ok);
    bool aggregation(std::int64_t event, const EpcisEvent& e, bool ok);
    bool logistics(std::int64_t event, registry::EventKind kind, const Address& recorder, const EpcisEvent& e, bool ok);

    DomainStore& m_store;
};

}  // namespace bt::domain
