// EPCIS event documents as docs/data-model.md writes them, for the domain tests:
// identifiers with valid GS1 check digits, one builder per event kind. Written from
// the data-model page alone, independently of the simulator, so that the tests check
// the page, not the simulator's reading of it.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bt::test::epcis {

using json = nlohmann::json;

// Appends the GS1 mod-10 check digit to `digits`.
std::string withCheckDigit(const std::string& digits);
// A GLN-13 from a 12-digit body; a GTIN-14 from a 13-digit body; an SSCC-18 from 17.
std::string gln(const std::string& body12);
std::string gtin(const std::string& body13);

std::string lgtin(const std::string& gtin14, const std::string& lot);
std::string sgtin(const std::string& gtin14, const std::string& serial);
std::string sgln(const std::string& gln13, const std::string& extension = {});
std::string pgln(const std::string& gln13);
std::string giai(const std::string& reference);
std::string sscc(const std::string& body17);

std::string isoTime(std::int64_t unixSeconds);

struct Qty {
    std::string epcClass;
    double quantity = 0;
    std::string uom = "KGM";
};

// The common envelope: @context with the bt: prefix, type, eventID, eventTime.
json event(const std::string& type, std::int64_t time, const std::string& id);

json commissioning(std::int64_t time, const std::string& id, const Qty& lot, const std::string& site,
                   const std::string& material, const std::map<std::string, double>& elementContent);
json transformation(std::int64_t time, const std::string& id, const std::vector<Qty>& in, const std::vector<Qty>& out,
                    const std::string& plant, const std::string& material,
                    const std::map<std::string, double>& elementContent,
                    const std::map<std::string, double>& elementMassPerUnit = {});
json processMeasurement(std::int64_t time, const std::string& id, const Qty& lot, const std::string& plant,
                        const std::string& line, const std::string& equipment, const std::string& op,
                        const std::string& type, double value, const std::string& uom);
json inspection(std::int64_t time, const std::string& id, const Qty& lot, bool conformant, int tested, int failed);
json assembling(std::int64_t time, const std::string& id, const std::string& parent, const std::vector<Qty>& childQuantities,
                const std::vector<std::string>& childEpcs);
json installing(std::int64_t time, const std::string& id, const std::string& vehicle, const std::string& pack);
json removing(std::int64_t time, const std::string& id, const std::string& vehicle, const std::string& pack);
json shipping(std::int64_t time, const std::string& id, const std::vector<Qty>& goods, const std::string& sscc,
              const std::string& carrierPgln, const std::string& fromPgln, const std::string& toPgln);
json receiving(std::int64_t time, const std::string& id, const std::vector<Qty>& goods, const std::string& sscc,
               const std::string& incidentType = {});
// Readings: (time, temperature, humidity); a reading outside 15..35 °C / 70 % carries
// ALARM_CONDITION unless `noAlarm`.
json transportSensor(std::int64_t time, const std::string& id, const std::string& sscc, const std::string& truck,
                     const std::vector<std::tuple<std::int64_t, double, double>>& readings, bool noAlarm = false);
json usePhase(std::int64_t time, const std::string& id, const std::string& pack, double soh, double cycles);
json repurposing(std::int64_t time, const std::string& id, const std::string& pack, double soh);
json recycling(std::int64_t time, const std::string& id, const std::string& pack, const Qty& out,
               const std::map<std::string, std::pair<double, double>>& recovery);
json dueDiligence(std::int64_t time, const std::string& id, const Qty& lot, const std::string& outcome);

}  // namespace bt::test::epcis
