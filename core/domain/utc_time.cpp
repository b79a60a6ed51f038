#include "domain/utc_time.h"

#include <cstdio>

namespace bt::domain {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) noexcept
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t y;
    unsigned m;
    unsigned d;
};

constexpr Civil civilFromDays(std::int64_t z) noexcept
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool digits(std::string_view s, std::size_t at, std::size_t n, unsigned& out) noexcept
{
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return true;
}

unsigned daysInMonth(std::int64_t y, unsigned m) noexcept
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

std::optional<std::int64_t> parseDate(std::string_view s) noexcept
{
    unsigned y = 0, m = 0, d = 0;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' ||
        !digits(s, 8, 2, d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
    return daysFromCivil(y, m, d) * 86400;
}

}  // namespace

std::optional<std::int64_t> parseDateTime(std::string_view s) noexcept
{
    auto date = parseDate(s);
    if (!date || s.size() < 20 || (s[10] != 'T' && s[10] != 't')) return std::nullopt;
    unsigned hh = 0, mm = 0, ss = 0;
    if (!digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss))
        return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
    std::size_t at = 19;
    if (at < s.size() && s[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
        if (at == start) return std::nullopt;
    }
    std::int64_t offset = 0;
    if (at < s.size() && (s[at] == 'Z' || s[at] == 'z')) {
        ++at;
    } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
        unsigned oh = 0, om = 0;
        if (!digits(s, at + 1, 2, oh) || at + 3 >= s.size() || s[at + 3] != ':' || !digits(s, at + 4, 2, om) ||
            oh > 23 || om > 59)
            return std::nullopt;
        offset = (s[at] == '+' ? 1 : -1) * static_cast<std::int64_t>(oh * 3600 + om * 60);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != s.size()) return std::nullopt;
    return *date + hh * 3600 + mm * 60 + std::min(ss, 59u) - offset;
}

std::optional<std::int64_t> parseDateOrDateTime(std::string_view text) noexcept
{
    if (text.size() == 10) return parseDate(text);
    return parseDateTime(text);
}

std::int64_t dayOf(std::int64_t t) noexcept { return t >= 0 ? t / 86400 : -((-t + 86399) / 86400); }

std::int64_t monthStart(std::int64_t t) noexcept
{
    const Civil c = civilFromDays(dayOf(t));
    return daysFromCivil(c.y, c.m, 1) * 86400;
}

std::int64_t nextMonthStart(std::int64_t t) noexcept
{
    const Civil c = civilFromDays(dayOf(t));
    return c.m == 12 ? daysFromCivil(c.y + 1, 1, 1) * 86400 : daysFromCivil(c.y, c.m + 1, 1) * 86400;
}

std::string formatDateTime(std::int64_t t)
{
    const std::int64_t day = dayOf(t);
    const std::int64_t secs = t - day * 86400;
    const Civil c = civilFromDays(day);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(c.y), c.m, c.d,
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return buf;
}

std::string formatDate(std::int64_t t) { return formatDateTime(t).substr(0, 10); }

std::string formatMonth(std::int64_t t) { return formatDateTime(t).substr(0, 7); }

}  // namespace bt::domain
