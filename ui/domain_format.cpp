#include "domain_format.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace bt::ui {

QString DomainFormat::percent(std::optional<double> fraction, int decimals)
{
    if (!fraction) return dash();
    return tr("%1 %").arg(QLocale().toString(*fraction * 100.0, 'f', decimals));
}

QString DomainFormat::decimal(std::optional<double> value, int decimals)
{
    if (!value) return dash();
    return QLocale().toString(*value, 'f', decimals);
}

QString DomainFormat::days(std::optional<double> d)
{
    if (!d) return dash();
    return tr("%1 d").arg(QLocale().toString(*d, 'f', 1));
}

QString DomainFormat::duration(std::optional<double> s)
{
    if (!s) return dash();
    const double v = *s;
    const QLocale l;
    if (std::abs(v) < 120) return tr("%1 s").arg(l.toString(v, 'f', 0));
    if (std::abs(v) < 7200) return tr("%1 min").arg(l.toString(v / 60, 'f', 0));
    if (std::abs(v) < 172800) return tr("%1 h").arg(l.toString(v / 3600, 'f', 1));
    return tr("%1 d").arg(l.toString(v / 86400, 'f', 1));
}

QString DomainFormat::date(qint64 t)
{
    if (t == 0) return dash();
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QString DomainFormat::dateTime(qint64 t)
{
    if (t == 0) return dash();
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DomainFormat::isoTime(qint64 t) { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); }

QString DomainFormat::unit(const QString& uneceCode)
{
    // The codes the EPCIS documents of the chain use (data model: quantities, sensor
    // readings, process parameters), from UN/ECE Recommendation 20.
    static const struct {
        const char* code;
        const char* symbol;
    } kUnits[] = {
        {"CEL", "°C"}, {"FAH", "°F"}, {"KEL", "K"},    {"P1", "%"},    {"KGM", "kg"},  {"GRM", "g"},
        {"TNE", "t"},  {"4H", "µm"},  {"MMT", "mm"},   {"MTR", "m"},   {"LTR", "l"},   {"MTQ", "m³"},
        {"KWH", "kWh"}, {"WHR", "Wh"}, {"AMH", "Ah"},  {"VLT", "V"},   {"AMP", "A"},   {"OHM", "Ω"},
        {"MPM", "m/min"}, {"H87", "pcs"}, {"C62", ""}, {"SEC", "s"},   {"MIN", "min"}, {"HUR", "h"},
    };
    for (const auto& u : kUnits)
        if (uneceCode == QLatin1String(u.code)) return QString::fromUtf8(u.symbol);
    return uneceCode;
}

QString DomainFormat::shortId(const QString& uri)
{
    const int slash = int(uri.lastIndexOf(QLatin1Char('/')));
    if (slash >= 0 && slash + 1 < uri.size()) return uri.mid(slash + 1);
    return uri;
}

}  // namespace bt::ui
