#include "sim/anchor_schedule.h"

#include "sim/epcis_json.h"
#include "sim/sim_random.h"

#include <algorithm>
#include <map>

namespace bt::sim {

std::vector<AnchorMoment> AnchorSchedule::build(const ScenarioPlan& plan, std::size_t participants, std::uint64_t seed,
                                                const AnchorPolicy& policy)
{
    const ScenarioClock& c = plan.clock;
    SimRandom rng(seed, "anchor-schedule");
    // Upload times of the old process, per participant: late afternoon every 3-5 days.
    std::vector<std::vector<std::int64_t>> uploads(participants);
    for (std::size_t p = 0; p < participants; ++p) {
        std::int64_t u = c.warmupStart + static_cast<std::int64_t>(rng.uniform(0.5, 3.0) * kDay);
        while (u < c.change) {
            uploads[p].push_back(u / kMinute * kMinute);
            u += static_cast<std::int64_t>(rng.uniform(policy.uploadEveryMinDays, policy.uploadEveryMaxDays) * kDay);
        }
    }
    // Go-live: the backlog of the old process is uploaded within hours of the change.
    std::vector<std::int64_t> flush(participants);
    for (std::size_t p = 0; p < participants; ++p)
        flush[p] = c.change + (1 + rng.between(0, 7)) * kHour / policy.slot * policy.slot;

    std::map<std::int64_t, AnchorMoment> moments;
    for (std::size_t i = 0; i < plan.events.size(); ++i) {
        const PlannedEvent& e = plan.events[i];
        std::int64_t at;
        if (e.time < c.change) {
            const auto& u = uploads[e.recorder];
            const auto it = std::lower_bound(u.begin(), u.end(), e.time + 30 * kMinute);
            at = it != u.end() ? *it : flush[e.recorder];
        } else {
            const std::int64_t due = e.time + policy.minimumDelay;
            at = (due + policy.slot - 1) / policy.slot * policy.slot;
        }
        AnchorMoment& m = moments[at];
        m.time = at;
        m.events.push_back(i);
    }
    for (std::size_t i = 0; i < plan.certifications.size(); ++i) {
        AnchorMoment& m = moments[plan.certifications[i].time];
        m.time = plan.certifications[i].time;
        m.certifications.push_back(i);
    }
    std::vector<AnchorMoment> out;
    out.reserve(moments.size());
    for (auto& [t, m] : moments) {
        std::sort(m.events.begin(), m.events.end());
        out.push_back(std::move(m));
    }
    return out;
}

Json AnchorSchedule::latency(const ScenarioPlan& plan, const std::vector<AnchorMoment>& moments)
{
    std::map<std::string, std::vector<double>> hours;
    for (const AnchorMoment& m : moments)
        for (std::size_t i : m.events) {
            const PlannedEvent& e = plan.events[i];
            hours[plan.clock.isAfter(e.time) ? "after" : "before"].push_back(static_cast<double>(m.time - e.time) /
                                                                            static_cast<double>(kHour));
        }
    Json out;
    for (const char* p : {"before", "after"}) {
        auto& v = hours[p];
        if (v.empty()) {
            out[p] = Json{{"count", 0}};
            continue;
        }
        std::sort(v.begin(), v.end());
        double sum = 0;
        for (double x : v) sum += x;
        out[p] = Json{{"count", v.size()},
                      {"meanHours", number(sum / static_cast<double>(v.size()), 3)},
                      {"medianHours", number(v[v.size() / 2], 3)},
                      {"maxHours", number(v.back(), 3)}};
    }
    return out;
}

}  // namespace bt::sim
