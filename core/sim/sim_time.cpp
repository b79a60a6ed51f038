#include "sim/sim_time.h"

#include <cstdio>

namespace bt::sim {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) noexcept
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

}  // namespace

std::int64_t daysFromCivil(const CivilDate& d) noexcept
{
    const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (d.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(std::int64_t z) noexcept
{
    z += 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

std::int64_t unixOf(const CivilDate& d) noexcept { return daysFromCivil(d) * kDay; }

std::int64_t addMonths(std::int64_t t, int months) noexcept
{
    CivilDate d = civilFromDays(floorDiv(t, kDay));
    const int index = d.year * 12 + (d.month - 1) + months;
    return unixOf({index / 12, index % 12 + 1, 1});
}

std::string formatUtc(std::int64_t t)
{
    const std::int64_t days = floorDiv(t, kDay);
    const std::int64_t secs = t - days * kDay;
    const CivilDate d = civilFromDays(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
    return buf;
}

std::string formatDate(std::int64_t t) { return formatUtc(t).substr(0, 10); }

std::string compactDate(std::int64_t t)
{
    const CivilDate d = civilFromDays(floorDiv(t, kDay));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d%02d%02d", d.year % 100, d.month, d.day);
    return buf;
}

std::string formatOffset(int minutes)
{
    const char sign = minutes < 0 ? '-' : '+';
    const int m = minutes < 0 ? -minutes : minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, m / 60, m % 60);
    return buf;
}

std::optional<std::int64_t> parseDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) -> int {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 1971 || m < 1 || m > 12 || d < 1) return std::nullopt;
    const CivilDate date{y, m, d};
    // Reject 2025-02-30 and the like: the date must survive the round trip.
    const CivilDate back = civilFromDays(daysFromCivil(date));
    if (back.year != y || back.month != m || back.day != d) return std::nullopt;
    return unixOf(date);
}

int weekday(std::int64_t t) noexcept
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    const std::int64_t days = floorDiv(t, kDay);
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

}  // namespace bt::sim
