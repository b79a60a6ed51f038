// One EPCIS 2.0 event document, read the way docs/data-model.md writes it: the
// standard fields, the bt: extensions, and what each registry EventKind requires.
//
// parseEpcisEvent() is the "document parses per the data model" half of the registry
// semantics: any departure (wrong type or bizStep for the kind, a missing field, an
// identifier that is not a canonical Digital Link, a number given as a string) is an
// error with a message that says what and where, never a guess.
#pragma once

#include "codec/registry_abi.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bt::domain {

// The namespace IRI of the project's extensions (data model §2); any prefix the
// event's @context binds to it is accepted, and so is the full IRI.
inline constexpr std::string_view kBtNamespace = "https://ns.batterytrace.example/epcis/";

struct Quantity {
    std::string epcClass;  // LGTIN Digital Link
    double quantity = 0;
    std::string uom;       // UN/CEFACT Rec 20 common code
};

struct SensorReading {
    std::string type;  // "Temperature", or "bt:coatingThickness" (bt: types normalised to that prefix)
    std::optional<double> value;
    std::string uom;
    bool alarm = false;  // exception ALARM_CONDITION
    std::optional<std::int64_t> time;
};

struct SensorElement {
    std::optional<std::int64_t> time;  // sensorMetadata.time
    std::string deviceId;              // sensorMetadata.deviceID
    std::vector<SensorReading> reports;
};

struct PartyRef {
    std::string type;  // owning_party, location, …
    std::string id;
};

struct Limit {
    std::optional<double> min;
    std::optional<double> max;
    std::string uom;
};

struct InspectionInfo {
    std::string test;
    std::optional<std::int64_t> tested;
    std::optional<std::int64_t> failed;
};

struct IncidentInfo {
    std::string type;  // damage, accident, loss, delay
    std::string note;
};

struct Recovery {
    double input = 0;      // kg
    double recovered = 0;  // kg
};

struct DueDiligenceInfo {
    std::string scheme;
    std::string outcome;
};

struct EpcisEvent {
    std::string type;         // ObjectEvent, TransformationEvent, AssociationEvent, …
    std::string action;       // ADD, OBSERVE, DELETE ("" for TransformationEvent)
    std::string bizStep;      // bare CBV value ("shipping"), whatever form the document used
    std::string disposition;  // bare CBV value
    std::string eventId;
    std::int64_t eventTime = 0;

    std::vector<std::string> epcList, childEpcs, inputEpcs, outputEpcs;
    std::vector<Quantity> quantities, childQuantities, inputQuantities, outputQuantities;
    std::string parentId;
    std::string readPoint;
    std::string bizLocation;
    std::vector<PartyRef> sources, destinations;
    std::vector<SensorElement> sensors;
    std::vector<std::string> certificationInfo;

    // ilmd
    std::string material;
    std::map<std::string, double> elementContent;      // mass fraction per element
    std::map<std::string, double> elementMassPerUnit;  // kg per unit per element

    // bt: extensions on the event
    std::string equipment;  // bt:equipment (GIAI)
    std::string operatorId; // bt:operator (opaque badge id)
    std::string shipment;   // bt:shipment (SSCC)
    std::string carrier;    // bt:carrier (PGLN)
    std::string repurposedAs;
    std::optional<double> stateOfHealth;  // bt:stateOfHealth on a Repurposing event
    std::map<std::string, Limit> limits;  // bt:limits by measurement type
    std::optional<InspectionInfo> inspection;
    std::optional<IncidentInfo> incident;
    std::map<std::string, Recovery> recovery;
    std::optional<DueDiligenceInfo> dueDiligence;

    // Goods the event is about: epcList then quantityList, as identifiers.
    std::vector<std::string> goods() const;
};

// What the data model's table (§3) expects of a kind's document.
struct KindShape {
    std::string_view type;
    std::vector<std::string_view> actions;   // empty: no action (TransformationEvent)
    std::vector<std::string_view> bizSteps;
};
const KindShape& kindShape(registry::EventKind kind);

// Two kinds of failure, so that the reason can say which: the document is not what
// the kind promises (type / action / bizStep), or it is but breaks the data model.
struct EpcisError {
    enum class Kind { None, NotJson, KindMismatch, DataModel };
    Kind kind = Kind::None;
    std::string message;
    bool ok() const noexcept { return kind == Kind::None; }
};

EpcisError parseEpcisEvent(std::string_view json, registry::EventKind kind, EpcisEvent& out);

// "bt:coatingThickness", "coatingThickness", "coating thickness", "coating_thickness"
// all give "coatingthickness": how a user's --parameter is matched to stored types.
std::string normaliseParameterName(std::string_view name);

}  // namespace bt::domain
