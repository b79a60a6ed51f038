// Instants as Unix seconds (UTC), the one time representation of the domain index:
// EPCIS eventTime is parsed once, on indexing; block timestamps already are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bt::domain {

// RFC 3339 date-time ("2026-03-04T10:15:00Z", "…:00.250+01:00"); fractions of a
// second are dropped. nullopt when the text is not one.
std::optional<std::int64_t> parseDateTime(std::string_view text) noexcept;
// "2026-03-04" (start of that day, UTC) or a full date-time, for --from / --to.
std::optional<std::int64_t> parseDateOrDateTime(std::string_view text) noexcept;
// "2026-03-04T10:15:00Z".
std::string formatDateTime(std::int64_t unixSeconds);
// "2026-03-04".
std::string formatDate(std::int64_t unixSeconds);
// "2026-03".
std::string formatMonth(std::int64_t unixSeconds);
// Days since 1970-01-01 (floor), and the start of a month.
std::int64_t dayOf(std::int64_t unixSeconds) noexcept;
std::int64_t monthStart(std::int64_t unixSeconds) noexcept;
std::int64_t nextMonthStart(std::int64_t unixSeconds) noexcept;

}  // namespace bt::domain
