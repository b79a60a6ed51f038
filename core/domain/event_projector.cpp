#include "domain/event_projector.h"

#include "domain/sql_query.h"

#include <nlohmann/json.hpp>

namespace bt::domain {

using registry::EventKind;
using registry::Role;

namespace {

bool isCount(const std::string& uom) { return uom == "H87" || uom == "EA" || uom == "C62"; }

// The first party of a source/destination list, preferring the owning party.
std::string partyOf(const std::vector<PartyRef>& list)
{
    for (const auto& p : list)
        if (p.type == "owning_party") return p.id;
    return list.empty() ? std::string() : list.front().id;
}

std::string limitsJson(const std::map<std::string, Limit>& limits)
{
    if (limits.empty()) return {};
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [type, l] : limits) {
        nlohmann::json o = nlohmann::json::object();
        if (l.min) o["min"] = *l.min;
        if (l.max) o["max"] = *l.max;
        if (!l.uom.empty()) o["uom"] = l.uom;
        j[type] = o;
    }
    return j.dump();
}

// What a transformation makes, by who made it.
AssetKind outputKind(EventKind kind, std::optional<Role> role, bool counted, bool serialised)
{
    if (kind == EventKind::Recycling) return AssetKind::Recovered;
    if (!role) return serialised ? AssetKind::Item : AssetKind::Lot;
    switch (*role) {
    case Role::Refiner: return AssetKind::Refined;
    case Role::CathodeProducer: return AssetKind::Cathode;
    case Role::CellMaker: return serialised ? AssetKind::Cell : counted ? AssetKind::CellLot : AssetKind::Electrode;
    case Role::Recycler: return AssetKind::Recovered;
    default: return serialised ? AssetKind::Item : AssetKind::Lot;
    }
}

}  // namespace

bool EventProjector::items(const std::vector<std::string>& epcs, const std::vector<Quantity>& quantities,
                           std::int64_t event, std::vector<Item>& out)
{
    out.clear();
    for (const auto& epc : epcs) {
        const std::int64_t id = m_store.assetId(epc, event);
        if (!id) return false;
        out.push_back({id, epc, 1, "H87", true});
    }
    for (const auto& q : quantities) {
        const std::int64_t id = m_store.assetId(q.epcClass, event);
        if (!id) return false;
        out.push_back({id, q.epcClass, q.quantity, q.uom, isCount(q.uom)});
    }
    return true;
}

bool EventProjector::elements(std::int64_t event, const std::vector<Item>& outputs, const EpcisEvent& e, bool ok)
{
    for (const auto& o : outputs) {
        for (const auto& [el, v] : e.elementContent)
            if (!m_store.element(event, o.asset, el, ElementBasis::MassFraction, v, ok)) return false;
        for (const auto& [el, v] : e.elementMassPerUnit)
            if (!m_store.element(event, o.asset, el, ElementBasis::MassPerUnit, v, ok)) return false;
    }
    return true;
}

bool EventProjector::project(std::int64_t event, EventKind kind, const Address& recorder, std::optional<Role> role,
                             const EpcisEvent& e, bool ok)
{
    std::vector<Item> goods;
    switch (kind) {
    case EventKind::Commissioning: return commissioning(event, recorder, role, e, ok);
    case EventKind::Transformation:
    case EventKind::Recycling: return transformation(event, kind, recorder, role, e, ok);
    case EventKind::ProcessMeasurement:
        return items(e.epcList, e.quantities, event, goods) && measurements(event, e, goods, ok);
    case EventKind::Inspection: {
        if (!items(e.epcList, e.quantities, event, goods)) return false;
        int seq = 0;
        for (const auto& g : goods) {
            const auto tested = e.inspection ? e.inspection->tested : std::nullopt;
            const auto failed = e.inspection ? e.inspection->failed : std::nullopt;
            if (!m_store.inspection(event, seq++, g.asset, e.inspection ? e.inspection->test : std::string(), tested,
                                    failed, e.disposition, recorder, e.eventTime, ok))
                return false;
        }
        return measurements(event, e, goods, ok);
    }
    case EventKind::Aggregation: return aggregation(event, e, ok);
    case EventKind::Shipping:
    case EventKind::Receiving:
    case EventKind::TransportSensor: return logistics(event, kind, recorder, e, ok);
    case EventKind::UsePhase: {
        if (!items(e.epcList, {}, event, goods)) return false;
        int seq = 0;
        for (const auto& g : goods)
            for (const auto& s : e.sensors)
                for (const auto& r : s.reports)
                    if (!m_store.useReading(event, seq++, g.asset, r.type, r.value, r.uom,
                                            r.time.value_or(s.time.value_or(e.eventTime)), ok))
                        return false;
        return true;
    }
    case EventKind::Repurposing: {
        if (!items(e.epcList, {}, event, goods)) return false;
        std::optional<double> soh = e.stateOfHealth;
        for (const auto& s : e.sensors)
            for (const auto& r : s.reports)
                if (!soh && r.type == "bt:stateOfHealth") soh = r.value;
        int seq = 0;
        for (const auto& g : goods)
            if (!m_store.repurposing(event, seq++, g.asset, e.repurposedAs, soh, recorder, e.eventTime, ok)) return false;
        return true;
    }
    case EventKind::DueDiligence: {
        if (!items(e.epcList, e.quantities, event, goods)) return false;
        int seq = 0;
        for (const auto& g : goods)
            if (!m_store.dueDiligence(event, seq++, g.asset, recorder, e.dueDiligence->scheme, e.dueDiligence->outcome,
                                      e.eventTime, ok))
                return false;
        return true;
    }
    }
    return true;
}

bool EventProjector::commissioning(std::int64_t event, const Address& recorder, std::optional<Role> role,
                                   const EpcisEvent& e, bool ok)
{
    std::vector<Item> goods;
    if (!items(e.epcList, e.quantities, event, goods)) return false;
    std::string certificates;
    for (const auto& c : e.certificationInfo) certificates += (certificates.empty() ? "" : " ") + c;
    int seq = 0;
    for (const auto& g : goods) {
        const bool serialised = g.uom == "H87" && g.quantity == 1 && g.uri.find("/21/") != std::string::npos;
        AssetKind kind = serialised ? AssetKind::Item : AssetKind::Lot;
        if (role == Role::Miner) kind = AssetKind::Ore;
        else if (role == Role::CellMaker) kind = serialised ? AssetKind::Cell : AssetKind::CellLot;
        else if (role == Role::Oem) kind = AssetKind::Vehicle;
        if (!m_store.fact(event, g.asset, kind, e.material, g.uom, ok)) return false;
        if (!m_store.commission(event, seq++, g.asset, g.quantity, g.uom, e.bizLocation, recorder, role, e.eventTime,
                                certificates, ok))
            return false;
    }
    return elements(event, goods, e, ok);
}

bool EventProjector::transformation(std::int64_t event, EventKind kind, const Address& recorder,
                                    std::optional<Role> role, const EpcisEvent& e, bool ok)
{
    std::vector<Item> inputs, outputs;
    if (!items(e.inputEpcs, e.inputQuantities, event, inputs) || !items(e.outputEpcs, e.outputQuantities, event, outputs))
        return false;
    const Relation rel = kind == EventKind::Recycling ? Relation::Recycling : Relation::Transformation;
    int seq = 0;
    for (const auto& o : outputs) {
        const bool serialised = o.uri.find("/21/") != std::string::npos;
        if (!m_store.fact(event, o.asset, outputKind(kind, role, o.counted, serialised), e.material, o.uom, ok))
            return false;
        for (const auto& i : inputs)
            if (!m_store.edge(event, seq++, i.asset, o.asset, rel, i.quantity, i.uom, o.quantity, o.uom, e.eventTime, ok))
                return false;
    }
    if (kind == EventKind::Recycling) {
        for (const auto& [el, r] : e.recovery)
            if (!m_store.recycling(event, el, r.input, r.recovered, recorder, e.eventTime, ok)) return false;
    } else {
        int pseq = 0;
        for (const auto& o : outputs)
            if (!m_store.production(event, pseq++, o.asset, e.bizLocation, e.readPoint, e.equipment, e.operatorId,
                                    e.eventTime, ok))
                return false;
    }
    return elements(event, outputs, e, ok);
}

bool EventProjector::measurements(std::int64_t event, const EpcisEvent& e, const std::vector<Item>& goods, bool ok)
{
    int seq = 0;
    auto one = [&](std::optional<std::int64_t> asset) {
        for (const auto& s : e.sensors)
            for (const auto& r : s.reports) {
                if (!r.value) continue;
                const std::string& equipment = !s.deviceId.empty() ? s.deviceId : e.equipment;
                if (!m_store.measurement(event, seq++, asset, r.type, *r.value, r.uom, equipment, e.readPoint,
                                         e.bizLocation, e.operatorId, r.time.value_or(s.time.value_or(e.eventTime)), ok))
                    return false;
            }
        return true;
    };
    if (goods.empty()) return one(std::nullopt);
    for (const auto& g : goods)
        if (!one(g.asset)) return false;
    return true;
}

bool EventProjector::aggregation(std::int64_t event, const EpcisEvent& e, bool ok)
{
    std::vector<Item> children;
    if (!items(e.childEpcs, e.childQuantities, event, children)) return false;
    const std::int64_t parent = m_store.assetId(e.parentId, event);
    if (!parent) return false;
    int seq = 0;
    if (e.action == "DELETE") {
        // DELETE with no children: every child the parent holds (EPCIS semantics).
        if (children.empty()) {
            SqlQuery q(m_store.handle(), "SELECT DISTINCT src FROM lineage_edges WHERE dst = ? AND relation IN (2, 3)");
            q.bind(1, parent);
            while (q.next()) children.push_back({q.int64(0), {}, 1, "H87", true});
        }
        for (const auto& c : children)
            if (!m_store.edge(event, seq++, c.asset, parent, Relation::Removal, c.quantity, c.uom, 1, "H87", e.eventTime, ok))
                return false;
        return true;
    }
    const bool installing = e.bizStep == "installing";
    AssetKind parentKind = installing ? AssetKind::Vehicle : AssetKind::Item;
    if (!installing) {
        // cells → module → pack: the parent is one level above its children.
        for (const auto& c : children) {
            const AssetKind ck = c.counted && c.uri.find("/10/") != std::string::npos ? AssetKind::CellLot
                                                                                       : m_store.assetKind(c.asset);
            if (ck == AssetKind::CellLot || ck == AssetKind::Cell) parentKind = AssetKind::Module;
            else if (ck == AssetKind::Module && parentKind != AssetKind::Module) parentKind = AssetKind::Pack;
        }
    }
    if (!m_store.fact(event, parent, parentKind, {}, "H87", ok)) return false;
    for (const auto& c : children) {
        if (installing && !m_store.fact(event, c.asset, AssetKind::Pack, {}, c.uom, ok)) return false;
        if (!m_store.edge(event, seq++, c.asset, parent, installing ? Relation::Installation : Relation::Assembly,
                          c.quantity, c.uom, 1, "H87", e.eventTime, ok))
            return false;
    }
    return true;
}

bool EventProjector::logistics(std::int64_t event, EventKind kind, const Address& recorder, const EpcisEvent& e, bool ok)
{
    std::vector<Item> goods;
    if (!items(e.epcList, e.quantities, event, goods)) return false;
    if (kind == EventKind::TransportSensor) {
        int seq = 0;
        for (const auto& s : e.sensors)
            for (const auto& r : s.reports)
                if (!m_store.reading(event, seq++, e.shipment, s.deviceId.empty() ? e.readPoint : s.deviceId,
                                     r.time.value_or(s.time.value_or(e.eventTime)), r.type, r.value, r.uom, r.alarm, ok))
                    return false;
        return true;
    }
    if (kind == EventKind::Shipping) {
        if (!m_store.shipping(event, e.shipment, recorder, e.carrier, partyOf(e.sources), partyOf(e.destinations),
                              limitsJson(e.limits), e.eventTime, ok))
            return false;
    } else {
        if (!m_store.receiving(event, e.shipment, recorder, e.disposition,
                               e.incident ? e.incident->type : std::string(), e.incident ? e.incident->note : std::string(),
                               e.eventTime, ok))
            return false;
    }
    int seq = 0;
    for (const auto& g : goods)
        if (!m_store.goods(event, seq++, g.asset, g.quantity, g.uom)) return false;
    return true;
}

}  // namespace bt::domain
