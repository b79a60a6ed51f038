// How the domain pages write their numbers: percentages, days, durations and dates,
// in the UI's locale, "—" for what the index cannot tell.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bt::ui {

class DomainFormat {
    Q_DECLARE_TR_FUNCTIONS(DomainFormat)

public:
    static QString dash() { return QStringLiteral("—"); }
    // 0.0361 → "3.61 %".
    static QString percent(std::optional<double> fraction, int decimals = 2);
    static QString decimal(std::optional<double> value, int decimals = 2);
    static QString days(std::optional<double> days);
    // Seconds as the largest sensible unit: "45 s", "12 min", "5.2 h", "3.1 d".
    static QString duration(std::optional<double> seconds);
    static QString date(qint64 unixSeconds);       // "2025-03-01" (UTC)
    static QString dateTime(qint64 unixSeconds);   // "2025-03-01 12:00" (UTC)
    static QString isoTime(qint64 unixSeconds);    // "2025-03-01T12:00:00Z", for export
    // The last segment of a URI ("urn:epc:id:sgln:4063012.00001.0" stays; ".../01/…/10/LOT7" → "LOT7").
    static QString shortId(const QString& uri);
    // A UN/ECE Recommendation 20 unit code as people write the unit: "CEL" → "°C",
    // "P1" → "%", "KGM" → "kg", "4H" → "µm"; a code it does not know stays as it is.
    static QString unit(const QString& uneceCode);
};

}  // namespace bt::ui
