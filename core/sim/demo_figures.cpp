#include "sim/demo_figures.h"

#include "sim/epcis_json.h"
#include "sim/sim_time.h"

#include <algorithm>
#include <map>

namespace bt::sim {

using registry::EventKind;

namespace {

using ElementMap = std::map<std::string, double>;

Json stats(std::vector<double> v)
{
    if (v.empty()) return Json{{"count", 0}};
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    const std::size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    const double p90 = v[std::min(n - 1, static_cast<std::size_t>(0.9 * static_cast<double>(n)))];
    return Json{{"count", n},
                {"mean", number(sum / static_cast<double>(n), 2)},
                {"median", number(median, 2)},
                {"p90", number(p90, 2)},
                {"min", number(v.front(), 2)},
                {"max", number(v.back(), 2)}};
}

const char* period(const ScenarioClock& c, std::int64_t t) { return c.isAfter(t) ? "after" : "before"; }

}  // namespace

Json DemoFigures::compute(const std::vector<PlannedEvent>& events, const ScenarioClock& clock,
                          const ParticipantRoster& roster)
{
    struct Count {
        std::int64_t tested = 0, failed = 0;
    };
    std::map<std::string, Count> defects, cellDefects;
    std::map<std::string, std::pair<int, int>> shipments;  // period → (shipments, incidents)
    std::map<std::string, std::string> shipmentPeriod;      // SSCC → period of its Shipping event
    std::map<std::string, ElementMap> recInput, recOut;     // period → element → kg
    std::map<std::string, ElementMap> byRecyclerIn, byRecyclerOut;  // recycler → element → kg
    std::map<std::pair<std::string, std::size_t>, std::int64_t> received;  // (lot, receiver) → time
    struct Review {
        std::string lot;
        std::size_t reviewer;
        std::int64_t completed;
    };
    std::vector<Review> reviews;
    std::map<std::string, int> byKind;
    int privateEvents = 0;
    std::vector<std::pair<std::string, std::string>> incidents;  // (sscc, type)

    for (const PlannedEvent& e : events) {
        ++byKind[std::string(registry::eventKindName(e.kind))];
        if (e.isPrivate) ++privateEvents;
        const Json doc = Json::parse(e.document);
        switch (e.kind) {
        case EventKind::Inspection:
            if (doc.contains("bt:inspection")) {
                const auto& in = doc["bt:inspection"];
                Count& c = defects[period(clock, e.time)];
                c.tested += in["tested"].get<std::int64_t>();
                c.failed += in["failed"].get<std::int64_t>();
                if (in["test"] == "formation-capacity") {
                    Count& cc = cellDefects[period(clock, e.time)];
                    cc.tested += in["tested"].get<std::int64_t>();
                    cc.failed += in["failed"].get<std::int64_t>();
                }
            }
            break;
        case EventKind::Shipping:
            ++shipments[period(clock, e.time)].first;
            shipmentPeriod[doc["bt:shipment"].get<std::string>()] = period(clock, e.time);
            break;
        case EventKind::Receiving:
            if (doc.contains("quantityList"))
                for (const auto& q : doc["quantityList"]) received[{q["epcClass"].get<std::string>(), e.recorder}] = e.time;
            if (doc.contains("bt:incident"))
                incidents.emplace_back(doc["bt:shipment"].get<std::string>(), doc["bt:incident"]["type"].get<std::string>());
            break;
        case EventKind::Recycling: {
            const std::string p = period(clock, e.time);
            const std::string who = roster.at(e.recorder).name;
            for (auto it = doc["bt:recovery"].begin(); it != doc["bt:recovery"].end(); ++it) {
                recInput[p][it.key()] += (*it)["input"].get<double>();
                recOut[p][it.key()] += (*it)["recovered"].get<double>();
                byRecyclerIn[who][it.key()] += (*it)["input"].get<double>();
                byRecyclerOut[who][it.key()] += (*it)["recovered"].get<double>();
            }
            break;
        }
        case EventKind::DueDiligence:
            reviews.push_back({doc["quantityList"][0]["epcClass"].get<std::string>(), e.recorder, e.time});
            break;
        default: break;
        }
    }
    for (const auto& [sscc, type] : incidents) {
        const auto it = shipmentPeriod.find(sscc);
        if (it != shipmentPeriod.end()) ++shipments[it->second].second;
    }

    Json out;
    out["definitions"] = Json{
        {"period", "before: eventTime < calendar.change; after: eventTime >= calendar.change"},
        {"defectRate", "sum of bt:inspection.failed / sum of bt:inspection.tested over Inspection events of the period "
                       "(cell formation tests and pack end-of-line tests; cellsOnly: formation tests only)"},
        {"incidentRate", "Receiving events with bt:incident per 100 Shipping events, by the Shipping event's period"},
        {"recyclingRate", "sum of bt:recovery recovered / sum of bt:recovery input (kg, all elements) over Recycling "
                          "events of the period"},
        {"dueDiligenceDays", "DueDiligence eventTime - eventTime of the Receiving event that brought the lot to the "
                             "reviewer, in days; byReceipt groups by the Receiving time, byCompletion by the "
                             "DueDiligence time"}};
    Json defect, cells;
    for (const char* p : {"before", "after"}) {
        const Count c = defects[p];
        defect[p] = Json{{"tested", c.tested}, {"failed", c.failed},
                         {"rate", number(c.tested ? static_cast<double>(c.failed) / static_cast<double>(c.tested) : 0.0, 5)}};
        const Count cc = cellDefects[p];
        cells[p] = Json{{"tested", cc.tested}, {"failed", cc.failed},
                        {"rate", number(cc.tested ? static_cast<double>(cc.failed) / static_cast<double>(cc.tested) : 0.0, 5)}};
    }
    defect["cellsOnly"] = cells;
    out["defectRate"] = defect;

    Json incident;
    for (const char* p : {"before", "after"}) {
        const auto [n, k] = shipments[p];
        incident[p] = Json{{"shipments", n}, {"incidents", k},
                           {"per100", number(n ? 100.0 * k / n : 0.0, 3)}};
    }
    out["incidentRate"] = incident;

    Json recycling;
    auto rates = [](const ElementMap& in, const ElementMap& rec) {
        double a = 0, b = 0;
        Json byElement;
        for (const auto& [e, kg] : in) {
            a += kg;
            b += rec.count(e) ? rec.at(e) : 0.0;
            byElement[e] = Json{{"input", number(kg, 3)}, {"recovered", number(rec.count(e) ? rec.at(e) : 0.0, 3)},
                                {"rate", number(kg > 0 ? (rec.count(e) ? rec.at(e) : 0.0) / kg : 0.0, 4)}};
        }
        return Json{{"input", number(a, 3)}, {"recovered", number(b, 3)}, {"rate", number(a > 0 ? b / a : 0.0, 4)},
                    {"byElement", byElement}};
    };
    for (const char* p : {"before", "after"}) recycling[p] = rates(recInput[p], recOut[p]);
    Json byRecycler;
    for (const auto& [who, in] : byRecyclerIn) byRecycler[who] = rates(in, byRecyclerOut[who]);
    recycling["byRecycler"] = byRecycler;
    out["recyclingRate"] = recycling;

    std::map<std::string, std::vector<double>> byReceipt, byCompletion;
    for (const Review& r : reviews) {
        const auto it = received.find({r.lot, r.reviewer});
        if (it == received.end()) continue;
        const double d = static_cast<double>(r.completed - it->second) / static_cast<double>(kDay);
        byReceipt[period(clock, it->second)].push_back(d);
        byCompletion[period(clock, r.completed)].push_back(d);
    }
    out["dueDiligenceDays"] = Json{{"byReceipt", Json{{"before", stats(byReceipt["before"])}, {"after", stats(byReceipt["after"])}}},
                                   {"byCompletion", Json{{"before", stats(byCompletion["before"])}, {"after", stats(byCompletion["after"])}}}};

    Json kinds = Json::object();
    for (const auto& [k, n] : byKind) kinds[k] = n;
    out["events"] = Json{{"total", events.size()}, {"private", privateEvents}, {"byKind", kinds}};
    return out;
}

}  // namespace bt::sim
