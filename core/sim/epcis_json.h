// Small builders for the EPCIS 2.0 event documents of docs/data-model.md: the common
// head of every event (@context with the bt: prefix, type, eventID, eventTime, offset),
// quantity elements, sensor reports and rounded JSON numbers.
#pragma once

#include "sim/scenario_plan.h"
#include "sim/sim_random.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace bt::sim {

inline constexpr std::string_view kEpcisContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
inline constexpr std::string_view kBtNamespace = "https://ns.batterytrace.example/epcis/";

// Quantities are kept as integer thousandths of their unit (grams for KGM), so that
// splits and merges balance exactly; documents show them with three decimals.
using Milli = std::int64_t;

// A deterministic UUID (version-4 layout) from the stream: "urn:uuid:…".
std::string uuidUrn(SimRandom& rng);

// {"@context": […], "type": …, "eventID": …, "eventTime": …, "eventTimeZoneOffset": …}
Json eventHead(std::string_view type, const std::string& eventId, std::int64_t t, int utcOffsetMinutes);

// `v` rounded to `decimals` places; a whole value becomes a JSON integer.
Json number(double v, int decimals = 3);
// {"epcClass": …, "quantity": …, "uom": …}
Json quantityElement(const std::string& epcClass, Milli qty, const std::string& uom);
// {"Co": 0.0213, …} with each value rounded.
Json elementObject(const std::map<std::string, double>& values, int decimals);

double round(double v, int decimals);
Milli toMilli(double v);
double fromMilli(Milli v);

}  // namespace bt::sim
