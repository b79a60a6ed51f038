#include "sim/demo_world.h"

#include <algorithm>
#include <cmath>
#include <cassert>
#include <stdexcept>

namespace bt::sim {

DemoWorld::DemoWorld(const ParticipantRoster& roster, std::uint64_t seed, const ScenarioClock& clock)
    : m_roster(roster), m_seed(seed), m_clock(clock), m_ids(seed, "event-ids"), m_stock(roster.size()),
      m_itemStock(roster.size())
{
}

Json DemoWorld::newEvent(std::string_view type, std::int64_t t, std::size_t recorder)
{
    return eventHead(type, uuidUrn(m_ids), t, m_roster.at(recorder).utcOffsetMinutes);
}

void DemoWorld::emit(std::size_t recorder, registry::EventKind kind, std::int64_t t, const Json& doc, bool isPrivate)
{
    // The story ends at clock.end: what would happen later (arrivals, readings of a
    // truck still on the road) is not written.
    if (t >= m_clock.end) return;
    PlannedEvent e;
    e.time = t;
    e.recorder = recorder;
    e.kind = kind;
    e.document = doc.dump();
    e.eventId = doc.value("eventID", std::string());
    e.isPrivate = isPrivate;
    e.seq = m_seq++;
    m_events.push_back(std::move(e));
}

Lot& DemoWorld::addLot(Lot lot)
{
    const std::string uri = lot.uri;
    assert(m_lots.count(uri) == 0);
    return m_lots.emplace(uri, std::move(lot)).first->second;
}

Lot& DemoWorld::lot(const std::string& uri) { return m_lots.at(uri); }

const Lot& DemoWorld::lot(const std::string& uri) const { return m_lots.at(uri); }

void DemoWorld::put(std::size_t holder, const std::string& lot, Milli qty, std::int64_t availableFrom)
{
    if (qty <= 0) return;
    auto& stock = m_stock.at(holder);
    // Kept ordered by availability (stable for equal times): "oldest first" is then
    // simply front to back.
    auto pos = std::upper_bound(stock.begin(), stock.end(), availableFrom,
                                [](std::int64_t t, const Holding& h) { return t < h.availableFrom; });
    stock.insert(pos, Holding{lot, qty, availableFrom});
}

Milli DemoWorld::available(std::size_t holder, const std::string& material, std::int64_t t) const
{
    Milli sum = 0;
    for (const Holding& h : m_stock.at(holder))
        if (h.availableFrom <= t && !onHold(h.lot) && m_lots.at(h.lot).material == material) sum += h.qty;
    return sum;
}

std::vector<Take> DemoWorld::take(std::size_t holder, const std::string& material, Milli amount, std::int64_t t,
                                  bool newestFirst)
{
    std::vector<Take> out;
    auto& stock = m_stock.at(holder);
    auto takeFrom = [&](Holding& h) {
        if (amount <= 0 || h.availableFrom > t || onHold(h.lot) || m_lots.at(h.lot).material != material) return;
        const Milli q = std::min(amount, h.qty);
        h.qty -= q;
        amount -= q;
        // One lot may sit in several holdings (two deliveries): one take per lot.
        auto same = std::find_if(out.begin(), out.end(), [&](const Take& x) { return x.lot == h.lot; });
        if (same != out.end())
            same->qty += q;
        else
            out.push_back({h.lot, q});
    };
    if (newestFirst)
        for (auto it = stock.rbegin(); it != stock.rend(); ++it) takeFrom(*it);
    else
        for (auto& h : stock) takeFrom(h);
    stock.erase(std::remove_if(stock.begin(), stock.end(), [](const Holding& h) { return h.qty <= 0; }), stock.end());
    return out;
}

std::vector<Take> DemoWorld::takeElement(std::size_t holder, const std::string& material, const std::string& element,
                                         double elementKg, std::int64_t t)
{
    std::vector<Take> out;
    auto& stock = m_stock.at(holder);
    for (auto& h : stock) {
        if (elementKg <= 0) break;
        if (h.availableFrom > t || onHold(h.lot)) continue;
        const Lot& l = m_lots.at(h.lot);
        if (l.material != material) continue;
        const auto c = l.content.find(element);
        if (c == l.content.end() || c->second <= 0) continue;
        // Whole grams, rounded up: never less element than asked for.
        const Milli want = static_cast<Milli>(std::ceil(elementKg / c->second * 1000.0));
        const Milli q = std::min(want, h.qty);
        h.qty -= q;
        elementKg -= c->second * fromMilli(q);
        auto same = std::find_if(out.begin(), out.end(), [&](const Take& x) { return x.lot == h.lot; });
        if (same != out.end())
            same->qty += q;
        else
            out.push_back({h.lot, q});
    }
    stock.erase(std::remove_if(stock.begin(), stock.end(), [](const Holding& h) { return h.qty <= 0; }), stock.end());
    return out;
}

void DemoWorld::takeExact(std::size_t holder, const Take& t)
{
    Milli left = t.qty;
    auto& stock = m_stock.at(holder);
    for (auto& h : stock) {
        if (left <= 0) break;
        if (h.lot != t.lot) continue;
        const Milli q = std::min(left, h.qty);
        h.qty -= q;
        left -= q;
    }
    if (left > 0) throw std::logic_error("takeExact: " + t.lot + " short of " + std::to_string(left));
    stock.erase(std::remove_if(stock.begin(), stock.end(), [](const Holding& h) { return h.qty <= 0; }), stock.end());
}

void DemoWorld::consume(const std::vector<Take>& takes)
{
    for (const Take& t : takes) {
        Lot& l = m_lots.at(t.lot);
        l.consumed += t.qty;
        if (l.consumed > l.quantity) throw std::logic_error("lot " + l.uri + " consumed beyond its quantity");
    }
}

void DemoWorld::setOnHold(const std::string& lot, bool hold)
{
    if (hold)
        m_onHold.insert(lot);
    else
        m_onHold.erase(lot);
}

ElementMap DemoWorld::elementMass(const std::vector<Take>& takes) const
{
    ElementMap out;
    for (const Take& t : takes) {
        const Lot& l = m_lots.at(t.lot);
        for (const auto& [element, perUnit] : l.content) out[element] += perUnit * fromMilli(t.qty);
    }
    return out;
}

ElementShares DemoWorld::mix(const std::vector<Take>& takes) const
{
    ElementShares out;
    ElementMap total;
    for (const Take& t : takes) {
        const Lot& l = m_lots.at(t.lot);
        ElementMap mass;
        for (const auto& [element, perUnit] : l.content) mass[element] = perUnit * fromMilli(t.qty);
        addShares(out, total, l.shares, mass);
    }
    return out;
}

void DemoWorld::addShares(ElementShares& into, ElementMap& intoMass, const ElementShares& shares, const ElementMap& mass)
{
    for (const auto& [element, m] : mass) {
        if (m <= 0) continue;
        const double before = intoMass[element];
        const double after = before + m;
        auto& target = into[element];
        for (auto& [mine, s] : target) s *= before / after;
        const auto it = shares.find(element);
        if (it != shares.end())
            for (const auto& [mine, s] : it->second) target[mine] += s * m / after;
        intoMass[element] = after;
    }
}

std::set<std::string> DemoWorld::tagsOf(const std::vector<Take>& takes) const
{
    std::set<std::string> out;
    for (const Take& t : takes) {
        const auto& tags = m_lots.at(t.lot).tags;
        out.insert(tags.begin(), tags.end());
    }
    return out;
}

Item& DemoWorld::addItem(Item item)
{
    const std::string uri = item.uri;
    const std::size_t holder = item.holder;
    assert(m_items.count(uri) == 0);
    Item& stored = m_items.emplace(uri, std::move(item)).first->second;
    m_itemStock.at(holder).push_back(uri);
    return stored;
}

Item& DemoWorld::item(const std::string& uri) { return m_items.at(uri); }

void DemoWorld::moveItem(const std::string& uri, std::size_t holder, std::int64_t availableFrom)
{
    removeItem(uri);
    Item& it = m_items.at(uri);
    it.holder = holder;
    it.availableFrom = availableFrom;
    m_itemStock.at(holder).push_back(uri);
}

void DemoWorld::removeItem(const std::string& uri)
{
    for (auto& stock : m_itemStock) stock.erase(std::remove(stock.begin(), stock.end(), uri), stock.end());
}

std::vector<std::string> DemoWorld::itemsHeld(std::size_t holder, const std::string& kind, std::int64_t t) const
{
    std::vector<std::string> out;
    for (const std::string& uri : m_itemStock.at(holder)) {
        const Item& it = m_items.at(uri);
        if (it.kind == kind && it.availableFrom <= t) out.push_back(uri);
    }
    return out;
}

}  // namespace bt::sim
