// Throughput of the jcs-sha256 event hash on typical EPCIS 2.0 documents (1-2 KB,
// pretty-printed as producers send them), measured as input MB/s:
//   canonicalize, one reused jcs::Canonicalizer   (what an indexer does)
//   canonicalize, free function per document      (allocates per call)
//   canonicalize + SHA-256, reused                (the whole event hash)
//   nlohmann::json parse + dump                   (baseline for scale only: not JCS)
// Each figure is the median of several rounds, per wall-clock second and per second
// of this process's CPU time (the second is the steadier one on a shared machine).
//
//   bench_jcs [--rounds N] [--seconds S]
#include "codec/jcs.h"
#include "codec/keccak.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace bt;
using Clock = std::chrono::steady_clock;

namespace {

// Templates of the three event kinds the explorer indexes most; @N@ is replaced by a
// per-document number so that the batch is not one document repeated.
constexpr const char* kObjectEvent = R"({
  "@context": [
    "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
    {"bt": "https://example.invalid/batterytrace/voc/"}
  ],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-05-14T09:12:44.120Z",
  "epcisBody": {
    "eventList": [
      {
        "type": "ObjectEvent",
        "eventID": "ni:///sha-256;7c1f3a0e5b2d4c6e8f9a1b2c3d4e5f60718293a4b5c6d7e8f90123456@N@?ver=CBV2.0",
        "eventTime": "2024-05-14T09:10:00.000+02:00",
        "eventTimeZoneOffset": "+02:00",
        "epcList": [
          "urn:epc:id:sgtin:4012345.011111.@N@1",
          "urn:epc:id:sgtin:4012345.011111.@N@2"
        ],
        "action": "OBSERVE",
        "bizStep": "inspecting",
        "disposition": "conformant",
        "readPoint": {"id": "urn:epc:id:sgln:4012345.00001.QC1"},
        "bizLocation": {"id": "urn:epc:id:sgln:4012345.00001.0"},
        "quantityList": [
          {"epcClass": "urn:epc:class:lgtin:4012345.022222.LOT@N@", "quantity": 1200.50, "uom": "KGM"}
        ],
        "sensorElementList": [
          {
            "sensorMetadata": {"time": "2024-05-14T09:09:58Z", "deviceID": "urn:epc:id:giai:4012345.SENS42"},
            "sensorReport": [
              {"type": "Temperature", "value": 26.0, "uom": "CEL"},
              {"type": "bt:CellVoltage", "value": 3.70, "uom": "VLT"},
              {"type": "bt:InternalResistance", "value": 1.2E-3, "uom": "OHM"}
            ]
          }
        ],
        "bt:stateOfHealth": 0.9870,
        "bt:capacityAh": 1.5e2,
        "bt:cycleCount": @N@,
        "bt:chemistry": "NMC811",
        "bt:note": "Qualit\u00e4tspr\u00fcfung bestanden \u2713 \/ Zellfertigung S\u00fcd",
        "bt:origin": "Lithium: Salar de Atacama (CL) \ud83c\udde8\ud83c\uddf1"
      }
    ]
  }
}
)";

constexpr const char* kAggregationEvent = R"({
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-06-02T14:00:00Z",
  "epcisBody": {
    "eventList": [
      {
        "type": "AggregationEvent",
        "eventTime": "2024-06-02T13:58:12.500Z",
        "eventTimeZoneOffset": "+00:00",
        "parentID": "urn:epc:id:sscc:4012345.@N@",
        "childEPCs": [
          "urn:epc:id:sgtin:4012345.033333.@N@01",
          "urn:epc:id:sgtin:4012345.033333.@N@02",
          "urn:epc:id:sgtin:4012345.033333.@N@03",
          "urn:epc:id:sgtin:4012345.033333.@N@04",
          "urn:epc:id:sgtin:4012345.033333.@N@05",
          "urn:epc:id:sgtin:4012345.033333.@N@06"
        ],
        "action": "ADD",
        "bizStep": "packing",
        "disposition": "in_progress",
        "readPoint": {"id": "urn:epc:id:sgln:4012345.00002.PACK3"},
        "bizLocation": {"id": "urn:epc:id:sgln:4012345.00002.0"},
        "bizTransactionList": [
          {"type": "po", "bizTransaction": "urn:epcglobal:cbv:bt:4012345000009:PO-@N@"}
        ],
        "childQuantityList": [
          {"epcClass": "urn:epc:class:lgtin:4012345.044444.CELLS-@N@", "quantity": 96, "uom": "H87"}
        ],
        "bt:packEnergyKWh": 77.4,
        "bt:moduleCount": 12
      }
    ]
  }
}
)";

constexpr const char* kTransformationEvent = R"({
  "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"bt": "https://example.invalid/batterytrace/voc/"}],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-04-20T08:30:00+09:00",
  "epcisBody": {
    "eventList": [
      {
        "type": "TransformationEvent",
        "eventTime": "2024-04-20T08:21:07+09:00",
        "eventTimeZoneOffset": "+09:00",
        "inputQuantityList": [
          {"epcClass": "urn:epc:class:lgtin:4012345.055555.NI-@N@", "quantity": 412.75, "uom": "KGM"},
          {"epcClass": "urn:epc:class:lgtin:4012345.055556.MN-@N@", "quantity": 51.6, "uom": "KGM"},
          {"epcClass": "urn:epc:class:lgtin:4012345.055557.CO-@N@", "quantity": 51.6, "uom": "KGM"},
          {"epcClass": "urn:epc:class:lgtin:4012345.055558.LI-@N@", "quantity": 0.072e3, "uom": "KGM"}
        ],
        "outputQuantityList": [
          {"epcClass": "urn:epc:class:lgtin:4012345.066666.CAM-@N@", "quantity": 500, "uom": "KGM"}
        ],
        "transformationID": "urn:epc:id:gdti:4012345.00003.@N@",
        "bizStep": "commissioning",
        "disposition": "active",
        "readPoint": {"id": "urn:epc:id:sgln:4012345.00003.KILN2"},
        "ilmd": {
          "bt:cathodeMaterial": "NMC811",
          "bt:recycledContentPct": {"ni": 4.0, "co": 16.5, "li": 6.0},
          "bt:batchNote": "Calcination 820 \u00b0C, 12 h"
        }
      }
    ]
  }
}
)";

double g_seconds = 0.4;

struct Rate {
    double wall;  // MB per second
    double cpu;   // MB per CPU second
};

Rate rate(const std::function<void()>& op, double bytesPerCall)
{
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    double bytes = 0;
    double elapsed = 0;
    do {
        op();
        bytes += bytesPerCall;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < g_seconds);
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return {bytes / elapsed / 1e6, bytes / cpu / 1e6};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void report(const char* what, const std::vector<Rate>& rates, double meanDocSize)
{
    std::vector<double> wall, cpu;
    for (const Rate& r : rates) {
        wall.push_back(r.wall);
        cpu.push_back(r.cpu);
    }
    std::printf("%-38s %8.1f MB/s wall %8.1f MB/s CPU  (%.0f documents per CPU second)\n", what, median(wall),
                median(cpu), median(cpu) * 1e6 / meanDocSize);
}

std::string fill(const char* tmpl, unsigned n)
{
    std::string s = tmpl;
    const std::string num = std::to_string(n);
    for (std::size_t at; (at = s.find("@N@")) != std::string::npos;) s.replace(at, 3, num);
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    int rounds = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seconds")) g_seconds = std::atof(argv[i + 1]);
    }

    std::vector<std::string> docs;
    for (unsigned n = 0; n < 300; ++n) {
        docs.push_back(fill(kObjectEvent, 1000 + n));
        docs.push_back(fill(kAggregationEvent, 5000 + n));
        docs.push_back(fill(kTransformationEvent, 9000 + n));
    }
    double total = 0;
    std::size_t minSize = SIZE_MAX, maxSize = 0;
    for (const auto& d : docs) {
        total += static_cast<double>(d.size());
        minSize = std::min(minSize, d.size());
        maxSize = std::max(maxSize, d.size());
        if (!jcs::canonicalize(d)) {
            std::fprintf(stderr, "a benchmark document does not canonicalize\n");
            return 1;
        }
    }
    std::printf("%zu documents, %zu-%zu bytes (mean %.0f), %d rounds of %.2f s\n", docs.size(), minSize, maxSize,
                total / static_cast<double>(docs.size()), rounds, g_seconds);

    jcs::Canonicalizer reused;
    std::string out;
    std::size_t sink = 0;
    std::vector<Rate> rReused, rFree, rHash, rNlohmann;
    for (int r = 0; r < rounds; ++r) {
        rReused.push_back(rate([&] {
            for (const auto& d : docs) {
                (void)reused.canonicalize(d, out);
                sink += out.size();
            }
        }, total));
        rFree.push_back(rate([&] {
            for (const auto& d : docs) sink += jcs::canonicalize(d)->size();
        }, total));
        rHash.push_back(rate([&] {
            for (const auto& d : docs) {
                (void)reused.canonicalize(d, out);
                sink += sha256(asBytes(out)).bytes[0];
            }
        }, total));
        rNlohmann.push_back(rate([&] {
            for (const auto& d : docs) sink += nlohmann::json::parse(d).dump().size();
        }, total));
    }
    const double meanDocSize = total / static_cast<double>(docs.size());
    report("canonicalize (reused Canonicalizer)", rReused, meanDocSize);
    report("canonicalize (free function)", rFree, meanDocSize);
    report("canonicalize + sha256 (reused)", rHash, meanDocSize);
    report("nlohmann parse + dump (baseline)", rNlohmann, meanDocSize);
    std::printf("(sink %zu)\n", sink);
    return 0;
}
