// Calendar arithmetic for the simulator in Unix seconds (UTC), without time-zone
// databases: the proleptic Gregorian calendar (H. Hinnant's days_from_civil), RFC 3339
// text as the data model writes eventTime ("2025-03-04T10:15:00Z"), and the fixed
// offsets of the sites ("+01:00").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bt::sim {

inline constexpr std::int64_t kMinute = 60;
inline constexpr std::int64_t kHour = 3600;
inline constexpr std::int64_t kDay = 86400;

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1-12
    int day = 1;    // 1-31
};

std::int64_t daysFromCivil(const CivilDate& d) noexcept;
CivilDate civilFromDays(std::int64_t days) noexcept;

// Midnight UTC of the date.
std::int64_t unixOf(const CivilDate& d) noexcept;
// The first day of the month `months` after `t`'s month, at midnight UTC.
std::int64_t addMonths(std::int64_t t, int months) noexcept;
// "2025-03-04T10:15:00Z".
std::string formatUtc(std::int64_t t);
// "2025-03-04".
std::string formatDate(std::int64_t t);
// "250304": for lot codes.
std::string compactDate(std::int64_t t);
// "+01:00", "-04:00".
std::string formatOffset(int minutes);
// "YYYY-MM-DD" → midnight UTC; nullopt for anything else.
std::optional<std::int64_t> parseDate(std::string_view text);
// 0 Monday … 6 Sunday.
int weekday(std::int64_t t) noexcept;

}  // namespace bt::sim
