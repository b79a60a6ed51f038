#include "sim/participant_roster.h"

#include "codec/keccak.h"
#include "sim/gs1_codes.h"

#include <cassert>
#include <stdexcept>

namespace bt::sim {

using registry::Role;

std::string Participant::pglnUri() const { return gs1::pglnUri(gln); }

std::string Participant::siteUri(const std::string& extension) const { return gs1::sglnUri(siteGln, extension); }

PrivateKey deriveKey(std::uint64_t seed, const std::string& label)
{
    for (std::uint32_t counter = 0;; ++counter) {
        std::string input = "batterytrace-sim-key";
        for (int i = 0; i < 8; ++i) input += static_cast<char>((seed >> (8 * i)) & 0xff);
        input += label;
        if (counter != 0) input += "#" + std::to_string(counter);
        const Hash32 h = sha256(asBytes(input));
        PrivateKey key;
        key.bytes = h.bytes;
        // publicKeyOf fails for 0 and for values >= the group order.
        if (publicKeyOf(key)) return key;
    }
}

ParticipantRoster ParticipantRoster::demo(std::uint64_t seed)
{
    struct Row {
        const char* code;
        const char* name;
        Role role;
        const char* country;
        const char* prefix;
        const char* site;
        int offset;
    };
    // Fictional organisations; company prefixes from the GS1 ranges of their countries
    // (the DRC's from GS1 South Africa's, which serves the region).
    static const Row rows[] = {
        {"consortium", "BatteryTrace Consortium Operator e.V.", Role::Admin, "DE", "4063000", "Consortium office, Frankfurt", 60},
        {"audit-meridian", "Meridian Assurance Ltd", Role::Auditor, "GB", "5012340", "Audit office, London", 0},
        {"audit-nordic", "Nordic Responsible Sourcing Audit AB", Role::Auditor, "SE", "7312340", "Audit office, Stockholm", 60},
        {"mine-kivu", "Kivu Basin Cobalt SARL", Role::Miner, "CD", "6009101", "Kolwezi mine and hydroxide plant", 120},
        {"mine-kasapa", "Kasapa Artisanal Miners Cooperative", Role::Miner, "CD", "6009102", "Kasapa artisanal site, Likasi", 120},
        {"mine-redridge", "Red Ridge Spodumene Pty Ltd", Role::Miner, "AU", "9312345", "Red Ridge mine, Pilbara", 480},
        {"mine-salaralto", "Salar Alto Litio SpA", Role::Miner, "CL", "7801234", "Salar Alto brine operation", -240},
        {"mine-telukbiru", "Teluk Biru Nickel PT", Role::Miner, "ID", "8991234", "Teluk Biru mine and HPAL plant, Sulawesi", 480},
        {"ref-botnia", "Botnia Cobalt Refinery Oy", Role::Refiner, "FI", "6412345", "Cobalt refinery, Kokkola", 120},
        {"ref-austral", "Austral Lithium Chemicals Pty Ltd", Role::Refiner, "AU", "9312346", "Hydroxide plant, Kwinana", 480},
        {"ref-halmahera", "Halmahera Nickel Chemicals PT", Role::Refiner, "ID", "8991235", "Sulfate plant, Weda Bay", 540},
        {"cam-rheinland", "Rheinland Cathode Materials GmbH", Role::CathodeProducer, "DE", "4063011", "Cathode plant, Dormagen", 60},
        {"cell-elbe", "Elbe Cell Works GmbH", Role::CellMaker, "DE", "4063012", "Cell plant, Magdeburg", 60},
        {"cell-vistula", "Vistula Battery Cells sp. z o.o.", Role::CellMaker, "PL", "5901234", "Cell plant, Wroclaw", 60},
        {"pack-danube", "Danube Pack Systems Kft.", Role::PackAssembler, "HU", "5991234", "Pack plant, Gyor", 60},
        {"carrier-transalpine", "Transalpine Freight AG", Role::Carrier, "CH", "7601234", "Road freight depot, Basel", 60},
        {"carrier-oceanic", "Oceanic Bulk Lines B.V.", Role::Carrier, "NL", "8712345", "Sea freight terminal, Rotterdam", 60},
        {"oem-aurora", "Aurora Motors AG", Role::Oem, "DE", "4063017", "Vehicle plant, Leipzig", 60},
        {"oem-velo", "Velo Automobili S.p.A.", Role::Oem, "IT", "8001234", "Vehicle plant, Turin", 60},
        {"second-wind", "Second Wind Storage GmbH", Role::SecondLife, "DE", "4063019", "Storage integration site, Hamburg", 60},
        {"rec-circulus", "Circulus Battery Recycling NV", Role::Recycler, "BE", "5401234", "Recycling plant, Ghent", 60},
        {"rec-recupera", "Recupera Metales S.L.", Role::Recycler, "ES", "8401234", "Recycling plant, Tarragona", 60},
    };
    ParticipantRoster roster;
    for (const Row& r : rows) {
        Participant p;
        p.code = r.code;
        p.name = r.name;
        p.role = r.role;
        p.country = r.country;
        p.companyPrefix = r.prefix;
        p.gln = gs1::gln(r.prefix, 0);
        p.siteGln = gs1::gln(r.prefix, 1);
        p.siteName = r.site;
        p.utcOffsetMinutes = r.offset;
        p.key = deriveKey(seed, p.code);
        p.address = *addressOf(p.key);
        roster.m_participants.push_back(std::move(p));
    }
    return roster;
}

std::size_t ParticipantRoster::index(const std::string& code) const
{
    for (std::size_t i = 0; i < m_participants.size(); ++i)
        if (m_participants[i].code == code) return i;
    assert(false && "unknown participant code");
    throw std::out_of_range("unknown participant " + code);
}

}  // namespace bt::sim
