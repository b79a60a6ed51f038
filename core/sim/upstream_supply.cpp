#include "sim/upstream_supply.h"

#include "sim/gs1_codes.h"

#include <algorithm>
#include <cmath>

namespace bt::sim {

using registry::EventKind;

namespace {

constexpr double kCamYield = 0.995;   // element yield of the cathode synthesis
constexpr double kCamBatchKg = 920;   // a week's cathode material for five coating lines

double floorTo(double v, int decimals)
{
    static constexpr double kScale[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6};
    return std::floor(v * kScale[decimals]) / kScale[decimals];
}

std::int64_t days(double d) { return static_cast<std::int64_t>(d * static_cast<double>(kDay)); }

}  // namespace

UpstreamSupply::UpstreamSupply(DemoWorld& world, Logistics& logistics, const DemoSettings& settings,
                               CertificateLookup certificates)
    : m_world(world), m_logistics(logistics), m_settings(settings), m_certificates(std::move(certificates)),
      m_rng(world.seed(), "upstream"), m_cathode(world.roster().index("cam-rheinland"))
{
    const ParticipantRoster& r = world.roster();
    const ScenarioClock& c = world.clock();
    auto every = [&](std::int64_t first, std::int64_t period) {
        std::vector<std::int64_t> out;
        for (std::int64_t t = first; t < c.end; t += period) out.push_back(t);
        return out;
    };
    const std::int64_t w = c.warmupStart;
    // Ore and concentrate: an industrial cobalt hydroxide producer and an artisanal
    // cooperative in the DRC, spodumene from Australia, lithium carbonate from Chile,
    // mixed hydroxide precipitate (nickel with some cobalt) from Indonesia.
    m_mines.push_back({r.index("mine-kivu"), r.index("ref-botnia"), "cobalt-hydroxide", "KVU",
                       every(w + 2 * kDay, 14 * kDay), 12000, 16000, {{"Co", {0.30, 0.34}}}, Freight::Sea, 30, 35, false});
    m_mines.push_back({r.index("mine-kasapa"), r.index("ref-botnia"), "cobalt-ore", "KSP",
                       {settings.artisanalFirst, settings.artisanalSecond}, 2500, 3500, {{"Co", {0.08, 0.12}}},
                       Freight::Sea, 30, 34, true});
    m_mines.push_back({r.index("mine-redridge"), r.index("ref-austral"), "spodumene-concentrate", "RRS",
                       every(w + 1 * kDay, 7 * kDay), 110000, 130000, {{"Li", {0.0270, 0.0285}}}, Freight::Road, 2, 3, false});
    m_mines.push_back({r.index("mine-salaralto"), r.index("ref-austral"), "lithium-carbonate", "SAL",
                       every(w + 4 * kDay, 28 * kDay), 35000, 45000, {{"Li", {0.1860, 0.1875}}}, Freight::Sea, 32, 38, false});
    m_mines.push_back({r.index("mine-telukbiru"), r.index("ref-halmahera"), "mixed-hydroxide-precipitate", "TBN",
                       every(w + 3 * kDay, 14 * kDay), 25000, 35000, {{"Ni", {0.38, 0.41}}, {"Co", {0.030, 0.040}}},
                       Freight::Sea, 4, 6, false});

    // Refined products and what the cathode plant needs of them a week (kg) for its
    // weekly batch: element in the batch / yield / element content of the product.
    m_refineries.push_back({r.index("ref-botnia"), {{"cobalt-hydroxide", 0.975}, {"cobalt-ore", 0.96}, {"black-mass", 0.93}},
                            "cobalt-sulfate", "Co", 0.2085, 0.2095, 2, 2, "BCS", "bt:crystallizerTemperature", 62.0, 0.8,
                            "CEL", kCamBatchKg * 0.0605 / kCamYield / 0.209, 5, 6, 8});
    m_refineries.push_back({r.index("ref-austral"), {{"spodumene-concentrate", 0.88}, {"lithium-carbonate", 0.97}},
                            "lithium-hydroxide", "Li", 0.1646, 0.1654, 3, 1, "ALH", "bt:reactorTemperature", 95.0, 1.2,
                            "CEL", kCamBatchKg * 0.0713 / kCamYield / 0.165, 9, 36, 42});
    m_refineries.push_back({r.index("ref-halmahera"), {{"mixed-hydroxide-precipitate", 0.965}}, "nickel-sulfate", "Ni",
                            0.2220, 0.2230, 1, 1, "HNS", "bt:reactorTemperature", 88.0, 1.0, "CEL",
                            kCamBatchKg * 0.4795 / kCamYield / 0.2225, 9, 32, 38});
    // The cathode plant starts three weeks before the cell plants it supplies.
    m_firstBatch = c.start - 21 * kDay;
}

std::int64_t UpstreamSupply::local(std::int64_t dayStart, std::size_t who, double hour) const
{
    return dayStart + static_cast<std::int64_t>(hour * 3600.0) -
           static_cast<std::int64_t>(m_world.participant(who).utcOffsetMinutes) * kMinute;
}

std::string UpstreamSupply::lotUri(std::size_t owner, unsigned itemRef, const std::string& code) const
{
    return gs1::lgtinUri(gs1::gtin(m_world.participant(owner).companyPrefix, itemRef), code);
}

bool UpstreamSupply::eligible(const std::string& lot, std::int64_t t) const
{
    const auto it = m_reviews.find(lot);
    if (it == m_reviews.end()) return true;  // not ore (recovered black mass)
    const Review& r = it->second;
    if (r.outcome == "red-flag" && r.completed <= t) return false;
    // After the change a lot is released only once its due diligence is complete;
    // before it, lots went into production while the review was still running.
    if (m_world.clock().isAfter(t) && r.completed > t) return false;
    return true;
}

void UpstreamSupply::day(std::int64_t dayStart)
{
    const ScenarioClock& c = m_world.clock();
    for (const MineSpec& m : m_mines)
        for (std::int64_t t : m.schedule)
            if (t >= dayStart && t < dayStart + kDay) commissionOre(m, local(dayStart, m.mine, m_rng.uniform(7.0, 16.0)));
    const int wd = weekday(dayStart);
    const std::int64_t week = (dayStart - c.warmupStart) / (7 * kDay);
    for (const RefinerySpec& r : m_refineries) {
        if (wd == r.weekday && week % r.everyWeeks == 0) refineryBatch(r, local(dayStart, r.refinery, 6.0));
        if (wd == 4 && dayStart >= c.warmupStart + 7 * kDay) reviewOrder(r, local(dayStart, m_cathode, 10.0));
    }
    if (wd == 0 && dayStart >= m_firstBatch) cathodeBatch(local(dayStart, m_cathode, 6.0));
    if (wd == 1 && dayStart >= c.start - 7 * kDay) cathodeDeliveries(local(dayStart, m_cathode, 7.0));
}

void UpstreamSupply::commissionOre(const MineSpec& m, std::int64_t t)
{
    const Participant& mine = m_world.participant(m.mine);
    Lot lot;
    lot.code = m.lotPrefix + "-" + compactDate(t);
    lot.uri = lotUri(m.mine, 1, lot.code);
    lot.material = m.material;
    lot.uom = "KGM";
    lot.quantity = toMilli(round(m_rng.uniform(m.massMin, m.massMax), 0));
    for (const auto& [element, range] : m.content) {
        lot.content[element] = round(m_rng.uniform(range.first, range.second), 4);
        lot.shares[element][m.mine] = 1.0;
    }
    lot.producer = m.mine;
    lot.produced = t;
    if (m.artisanal) lot.tags.insert("artisanal:" + lot.code);
    const std::vector<std::string> certificates = m_certificates(m.mine, t);
    if (m.mine == m_world.roster().index("mine-kivu") && t >= m_settings.certExpiry && t < m_settings.certRenewal)
        lot.tags.insert("mined-without-valid-certificate");
    Lot& stored = m_world.addLot(std::move(lot));
    m_oreLots.push_back(stored.uri);

    Json doc = m_world.newEvent("ObjectEvent", t, m.mine);
    doc["quantityList"] = Json::array({quantityElement(stored.uri, stored.quantity, "KGM")});
    doc["action"] = "ADD";
    doc["bizStep"] = "commissioning";
    doc["disposition"] = "active";
    doc["readPoint"] = Json{{"id", mine.siteUri()}};
    doc["bizLocation"] = Json{{"id", mine.siteUri()}};
    if (!certificates.empty()) doc["certificationInfo"] = certificates;
    doc["ilmd"] = Json{{"bt:material", stored.material}, {"bt:elementContent", elementObject(stored.content, 4)}};
    m_world.emit(m.mine, EventKind::Commissioning, t, doc);

    // Straight to the refinery that buys the mine's output.
    ShipmentRequest s;
    s.from = m.mine;
    s.to = m.refinery;
    s.goods.lots.push_back({stored.uri, stored.quantity});
    s.depart = t + days(m_rng.uniform(0.5, 2.0));
    s.transit = days(m_rng.uniform(m.transitMinDays, m.transitMaxDays));
    s.freight = m.freight;
    s.cargo = Cargo::Bulk;
    const ShipmentRecord& rec = m_logistics.ship(s);

    // The refiner's due diligence of the lot: weeks under the old process, days once
    // the change is live (by when the lot arrived).
    Review r;
    r.lot = stored.uri;
    r.mine = m.mine;
    r.reviewer = m.refinery;
    r.received = rec.arrival;
    const bool after = m_world.clock().isAfter(rec.arrival);
    const double d = after ? m_rng.uniform(m_settings.dueDiligenceAfterMin, m_settings.dueDiligenceAfterMax)
                           : m_rng.uniform(m_settings.dueDiligenceBeforeMin, m_settings.dueDiligenceBeforeMax);
    r.completed = rec.arrival + days(d);
    r.outcome = m.artisanal ? "red-flag" : (stored.tags.count("mined-without-valid-certificate") ? "findings" : "passed");
    // Adverse findings are commercially sensitive: anchored as a hash only, the report
    // disclosed to the consortium off-chain.
    r.isPrivate = r.outcome != "passed";
    const Participant& reviewer = m_world.participant(m.refinery);
    Json dd = m_world.newEvent("ObjectEvent", r.completed, m.refinery);
    dd["quantityList"] = Json::array({quantityElement(stored.uri, stored.quantity, "KGM")});
    dd["action"] = "OBSERVE";
    dd["bizStep"] = "inspecting";
    dd["disposition"] = r.outcome == "red-flag" ? "non_conformant" : "conformant";
    dd["bizLocation"] = Json{{"id", reviewer.siteUri()}};
    dd["bt:dueDiligence"] = Json{{"scheme", "OECD-DD"}, {"outcome", r.outcome}};
    m_world.emit(m.refinery, EventKind::DueDiligence, r.completed, dd, r.isPrivate);
    m_reviews[stored.uri] = r;
}

void UpstreamSupply::refineryBatch(const RefinerySpec& r, std::int64_t t)
{
    // Everything eligible in the feed stock goes into one batch: lots merge here.
    std::vector<Take> feed;
    for (const Holding& h : m_world.holdings(r.refinery)) {
        const Lot& l = m_world.lot(h.lot);
        if (h.availableFrom > t || !r.feedYield.count(l.material) || !eligible(h.lot, t)) continue;
        auto same = std::find_if(feed.begin(), feed.end(), [&](const Take& x) { return x.lot == h.lot; });
        if (same != feed.end())
            same->qty += h.qty;
        else
            feed.push_back({h.lot, h.qty});
    }
    if (feed.empty()) return;
    for (const Take& f : feed) m_world.takeExact(r.refinery, f);
    m_world.consume(feed);

    double elementOut = 0;
    for (const Take& f : feed) {
        const Lot& l = m_world.lot(f.lot);
        const auto c = l.content.find(r.element);
        if (c != l.content.end()) elementOut += c->second * fromMilli(f.qty) * r.feedYield.at(l.material);
    }
    const Participant& refinery = m_world.participant(r.refinery);
    Lot out;
    out.code = r.lotPrefix + "-" + compactDate(t);
    out.uri = lotUri(r.refinery, 1, out.code);
    out.material = r.product;
    out.uom = "KGM";
    out.content[r.element] = round(m_rng.uniform(r.contentMin, r.contentMax), 4);
    // Whole grams, rounded down: the element in the product never exceeds what went in.
    out.quantity = static_cast<Milli>(std::floor(elementOut / out.content[r.element] * 1000.0));
    const ElementShares mixed = m_world.mix(feed);
    if (mixed.count(r.element)) out.shares[r.element] = mixed.at(r.element);
    out.tags = m_world.tagsOf(feed);
    out.tags.erase("mined-without-valid-certificate");
    out.producer = r.refinery;
    out.produced = t;
    Lot& lot = m_world.addLot(std::move(out));

    Json inputs = Json::array();
    for (const Take& f : feed) inputs.push_back(quantityElement(f.lot, f.qty, "KGM"));
    const std::string line = refinery.siteUri("R1");
    Json doc = m_world.newEvent("TransformationEvent", t + 8 * kHour, r.refinery);
    doc["inputQuantityList"] = std::move(inputs);
    doc["outputQuantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    doc["bizStep"] = "commissioning";
    doc["disposition"] = "active";
    doc["readPoint"] = Json{{"id", line}};
    doc["bizLocation"] = Json{{"id", refinery.siteUri()}};
    doc["ilmd"] = Json{{"bt:material", lot.material}, {"bt:elementContent", elementObject(lot.content, 4)}};
    m_world.emit(r.refinery, EventKind::Transformation, t + 8 * kHour, doc);

    Json pm = m_world.newEvent("ObjectEvent", t + 9 * kHour, r.refinery);
    pm["quantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    pm["action"] = "OBSERVE";
    pm["bizStep"] = "sensor_reporting";
    pm["readPoint"] = Json{{"id", line}};
    pm["bizLocation"] = Json{{"id", refinery.siteUri()}};
    Json elements = Json::array();
    const std::string device = gs1::giaiUri(refinery.companyPrefix, "REACTOR-R1");
    for (int k = 0; k < 3; ++k)
        elements.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(t + (2 + 3 * k) * kHour)}, {"deviceID", device}}},
                                {"sensorReport", Json::array({Json{{"type", r.parameter},
                                                                   {"value", number(m_rng.normal(r.parameterMean, r.parameterSd), 1)},
                                                                   {"uom", r.parameterUom}}})}});
    pm["sensorElementList"] = std::move(elements);
    pm["bt:operator"] = "OP-" + r.lotPrefix.substr(0, 1) + "-" + std::to_string(200 + m_rng.between(1, 9));
    m_world.emit(r.refinery, EventKind::ProcessMeasurement, t + 9 * kHour, pm);

    m_world.put(r.refinery, lot.uri, lot.quantity, t + kDay);
    ++m_batchNumber;

    for (const Take& f : feed) {
        const Lot& in = m_world.lot(f.lot);
        if (in.tags.count("artisanal:" + in.code) == 0) continue;
        Json blend{{"artisanalLot", in.uri},
                   {"batchTime", formatUtc(t + 8 * kHour)},
                   {"refinery", refinery.name},
                   {"outputLot", lot.uri},
                   {"inputs", Json::array()}};
        for (const Take& g : feed) blend["inputs"].push_back(Json{{"lot", g.lot}, {"kg", number(fromMilli(g.qty), 3)}});
        const auto& coShares = lot.shares["Co"];
        const auto share = coShares.find(in.producer);
        blend["artisanalShareOfCobalt"] = number(share == coShares.end() ? 0.0 : share->second, 6);
        m_blends.push_back(std::move(blend));
    }
}

void UpstreamSupply::reviewOrder(const RefinerySpec& r, std::int64_t t)
{
    // (s, S) replenishment: the cathode plant orders up to `cover` weeks of need when
    // its stock plus what is on the way falls two weeks below that.
    const Milli position = m_world.available(m_cathode, r.product, m_world.clock().end + 365 * kDay);
    const double target = r.coverWeeks * r.weeklyNeed;
    if (fromMilli(position) >= target - 2 * r.weeklyNeed) return;
    const Milli want = toMilli(round(target - fromMilli(position), 0));
    // The refinery sells from its newest batch; older stock goes to other customers.
    std::vector<Take> goods = m_world.take(r.refinery, r.product, want, t, true);
    if (goods.empty()) return;
    ShipmentRequest s;
    s.from = r.refinery;
    s.to = m_cathode;
    s.goods.lots = std::move(goods);
    s.depart = t + days(m_rng.uniform(1.0, 3.0));
    s.transit = days(m_rng.uniform(r.transitMinDays, r.transitMaxDays));
    s.freight = Freight::Sea;
    s.cargo = Cargo::Bulk;
    m_logistics.ship(s);
}

void UpstreamSupply::cathodeBatch(std::int64_t t)
{
    const Participant& cam = m_world.participant(m_cathode);
    struct Input {
        const char* material;
        const char* element;
        double content;
    };
    const Input inputs[] = {{"nickel-sulfate", "Ni", round(m_rng.uniform(0.4780, 0.4810), 4)},
                            {"cobalt-sulfate", "Co", round(m_rng.uniform(0.0598, 0.0610), 4)},
                            {"lithium-hydroxide", "Li", round(m_rng.uniform(0.0708, 0.0716), 4)}};
    double mass = round(m_rng.uniform(kCamBatchKg - 20, kCamBatchKg + 20), 0);
    // Scale the batch to the scarcest input.
    for (const Input& in : inputs) {
        double have = 0;
        for (const Holding& h : m_world.holdings(m_cathode)) {
            const Lot& l = m_world.lot(h.lot);
            if (h.availableFrom <= t && l.material == in.material && !m_world.onHold(h.lot))
                have += fromMilli(h.qty) * l.content.at(in.element);
        }
        mass = std::min(mass, std::floor(have * kCamYield / in.content));
    }
    if (mass < 200) return;
    std::vector<Take> all;
    ElementMap content;
    for (const Input& in : inputs) {
        std::vector<Take> got = m_world.takeElement(m_cathode, in.material, in.element, mass * in.content / kCamYield, t);
        const ElementMap e = m_world.elementMass(got);
        content[in.element] = floorTo(e.at(in.element) * kCamYield / mass, 4);
        all.insert(all.end(), got.begin(), got.end());
    }
    m_world.consume(all);

    Lot out;
    out.code = "CAM-" + compactDate(t);
    out.uri = lotUri(m_cathode, 1, out.code);
    out.material = kCathodeMaterial;
    out.uom = "KGM";
    out.quantity = toMilli(mass);
    out.content = content;
    const ElementShares mixed = m_world.mix(all);
    for (const auto& [element, c] : content)
        if (mixed.count(element)) out.shares[element] = mixed.at(element);
    out.tags = m_world.tagsOf(all);
    out.producer = m_cathode;
    out.produced = t;
    Lot& lot = m_world.addLot(std::move(out));

    const std::string line = cam.siteUri("K2");
    const std::string kiln = gs1::giaiUri(cam.companyPrefix, "KILN-K2");
    const std::string op = "OP-R-" + std::to_string(300 + m_rng.between(1, 12));
    Json q = Json::array();
    for (const Take& in : all) q.push_back(quantityElement(in.lot, in.qty, "KGM"));
    Json doc = m_world.newEvent("TransformationEvent", t + 20 * kHour, m_cathode);
    doc["inputQuantityList"] = std::move(q);
    doc["outputQuantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    doc["bizStep"] = "commissioning";
    doc["disposition"] = "active";
    doc["readPoint"] = Json{{"id", line}};
    doc["bizLocation"] = Json{{"id", cam.siteUri()}};
    doc["ilmd"] = Json{{"bt:material", lot.material}, {"bt:elementContent", elementObject(lot.content, 4)}};
    doc["bt:equipment"] = kiln;
    doc["bt:operator"] = op;
    m_world.emit(m_cathode, EventKind::Transformation, t + 20 * kHour, doc);

    Json pm = m_world.newEvent("ObjectEvent", t + 21 * kHour, m_cathode);
    pm["quantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    pm["action"] = "OBSERVE";
    pm["bizStep"] = "sensor_reporting";
    pm["readPoint"] = Json{{"id", line}};
    pm["bizLocation"] = Json{{"id", cam.siteUri()}};
    Json elements = Json::array();
    for (int k = 0; k < 4; ++k)
        elements.push_back(Json{{"sensorMetadata", Json{{"time", formatUtc(t + (2 + 4 * k) * kHour)}, {"deviceID", kiln}}},
                                {"sensorReport", Json::array({Json{{"type", "bt:calcinationTemperature"},
                                                                   {"value", number(m_rng.normal(775.0, 2.5), 1)},
                                                                   {"uom", "CEL"}}})}});
    pm["sensorElementList"] = std::move(elements);
    pm["bt:operator"] = op;
    m_world.emit(m_cathode, EventKind::ProcessMeasurement, t + 21 * kHour, pm);

    // Release test of the batch: a sample, not a count of units, so no bt:inspection.
    Json qc = m_world.newEvent("ObjectEvent", t + 30 * kHour, m_cathode);
    qc["quantityList"] = Json::array({quantityElement(lot.uri, lot.quantity, "KGM")});
    qc["action"] = "OBSERVE";
    qc["bizStep"] = "inspecting";
    qc["disposition"] = "conformant";
    qc["bizLocation"] = Json{{"id", cam.siteUri()}};
    qc["sensorElementList"] = Json::array({Json{
        {"sensorMetadata", Json{{"deviceID", gs1::giaiUri(cam.companyPrefix, "LAB-ICP-1")}}},
        {"sensorReport", Json::array({Json{{"type", "bt:residualLithium"}, {"value", number(m_rng.normal(0.21, 0.02), 3)}, {"uom", "P1"}},
                                      Json{{"type", "bt:moistureContent"}, {"value", number(m_rng.normal(0.025, 0.004), 3)}, {"uom", "P1"}}})}}});
    m_world.emit(m_cathode, EventKind::Inspection, t + 30 * kHour, qc);

    m_world.put(m_cathode, lot.uri, lot.quantity, t + 32 * kHour);
}

void UpstreamSupply::cathodeDeliveries(std::int64_t t)
{
    for (const auto& [plant, perWeek] : m_camDemand) {
        const Milli position = m_world.available(plant, kCathodeMaterial, m_world.clock().end + 365 * kDay);
        if (fromMilli(position) >= 1.5 * perWeek) continue;
        const Milli want = toMilli(round(2.5 * perWeek - fromMilli(position), 0));
        std::vector<Take> goods = m_world.take(m_cathode, kCathodeMaterial, want, t);
        if (goods.empty()) continue;
        ShipmentRequest s;
        s.from = m_cathode;
        s.to = plant;
        s.goods.lots = std::move(goods);
        s.depart = t;
        const bool nearby = m_world.participant(plant).country == "DE";
        s.transit = nearby ? m_rng.between(6 * kHour, 9 * kHour) : m_rng.between(16 * kHour, 22 * kHour);
        s.freight = Freight::Road;
        s.cargo = Cargo::Cathode;
        m_logistics.ship(s);
    }
}

Json UpstreamSupply::truth() const
{
    Json t;
    Json artisanal = Json::array();
    Json reviews = Json::array();
    Json gapLots = Json::array();
    for (const std::string& uri : m_oreLots) {
        const Lot& l = m_world.lot(uri);
        const auto rv = m_reviews.find(uri);
        if (l.tags.count("mined-without-valid-certificate"))
            gapLots.push_back(Json{{"lot", uri}, {"commissioned", formatUtc(l.produced)}});
        if (rv == m_reviews.end()) continue;
        const Review& r = rv->second;
        Json j{{"lot", uri},
               {"mine", m_world.participant(r.mine).name},
               {"reviewer", m_world.participant(r.reviewer).name},
               {"received", formatUtc(r.received)},
               {"completed", formatUtc(r.completed)},
               {"days", number(static_cast<double>(r.completed - r.received) / static_cast<double>(kDay), 2)},
               {"outcome", r.outcome},
               {"private", r.isPrivate}};
        reviews.push_back(j);
        if (l.tags.count("artisanal:" + l.code)) {
            Json a{{"lot", uri},
                   {"mine", m_world.participant(l.producer).name},
                   {"commissioned", formatUtc(l.produced)},
                   {"kg", number(fromMilli(l.quantity), 3)},
                   {"cobaltContent", number(l.content.at("Co"), 4)},
                   {"received", formatUtc(r.received)},
                   {"dueDiligenceCompleted", formatUtc(r.completed)},
                   {"dueDiligenceOutcome", r.outcome},
                   {"consumedKg", number(fromMilli(l.consumed), 3)},
                   {"quarantined", l.consumed == 0}};
            artisanal.push_back(std::move(a));
        }
    }
    t["artisanalLots"] = std::move(artisanal);
    t["artisanalBlends"] = m_blends;
    t["oreLotsMinedWithoutValidCertificate"] = std::move(gapLots);
    t["dueDiligenceReviews"] = std::move(reviews);
    return t;
}

}  // namespace bt::sim
