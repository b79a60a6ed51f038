#include "sim/epcis_json.h"

#include "sim/sim_time.h"

#include <cmath>
#include <cstdio>

namespace bt::sim {

std::string uuidUrn(SimRandom& rng)
{
    const std::uint64_t hi = (rng.next() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
    const std::uint64_t lo = (rng.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;  // variant 10
    char buf[64];
    std::snprintf(buf, sizeof buf, "urn:uuid:%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(hi >> 32), static_cast<unsigned long long>((hi >> 16) & 0xffff),
                  static_cast<unsigned long long>(hi & 0xffff), static_cast<unsigned long long>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xffffffffffffULL));
    return buf;
}

Json eventHead(std::string_view type, const std::string& eventId, std::int64_t t, int utcOffsetMinutes)
{
    Json doc;
    doc["@context"] = Json::array({std::string(kEpcisContext), Json{{"bt", std::string(kBtNamespace)}}});
    doc["type"] = std::string(type);
    doc["eventID"] = eventId;
    doc["eventTime"] = formatUtc(t);
    doc["eventTimeZoneOffset"] = formatOffset(utcOffsetMinutes);
    return doc;
}

double round(double v, int decimals)
{
    // A table, not std::pow: exact powers of ten whatever the libm.
    static constexpr double kScale[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    const double scale = kScale[decimals < 0 ? 0 : (decimals > 8 ? 8 : decimals)];
    return std::round(v * scale) / scale;
}

Json number(double v, int decimals)
{
    const double r = round(v, decimals);
    if (std::fabs(r) < 1e15 && r == std::floor(r)) return static_cast<std::int64_t>(r);
    return r;
}

Milli toMilli(double v) { return static_cast<Milli>(std::llround(v * 1000.0)); }

double fromMilli(Milli v) { return static_cast<double>(v) / 1000.0; }

Json quantityElement(const std::string& epcClass, Milli qty, const std::string& uom)
{
    Json q;
    q["epcClass"] = epcClass;
    q["quantity"] = number(fromMilli(qty), 3);
    q["uom"] = uom;
    return q;
}

Json elementObject(const std::map<std::string, double>& values, int decimals)
{
    Json o = Json::object();
    for (const auto& [element, v] : values) o[element] = number(v, decimals);
    return o;
}

}  // namespace bt::sim
