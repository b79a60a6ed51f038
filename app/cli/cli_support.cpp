#include "cli/cli_support.h"

#include <cstdio>
#include <unistd.h>

namespace bt::cli {

std::optional<Hash32> parseHash(const QString& text)
{
    auto h = fixedFromHex<32>(text.trimmed().toStdString());
    if (!h) return std::nullopt;
    return *h;
}

std::optional<std::uint64_t> parseBlockNumber(const QString& text)
{
    bool ok = false;
    const QString t = text.trimmed();
    const qulonglong v = t.startsWith(QLatin1String("0x")) ? t.mid(2).toULongLong(&ok, 16) : t.toULongLong(&ok, 10);
    if (!ok) return std::nullopt;
    return static_cast<std::uint64_t>(v);
}

ProgressLine::ProgressLine(QTextStream& err) : m_err(err), m_tty(isatty(fileno(stderr)) != 0) {}

void ProgressLine::update(const QString& text)
{
    if (m_tty) {
        QString line = text;
        const int pad = m_lastWidth - int(line.size());
        if (pad > 0) line += QString(pad, u' ');
        m_lastWidth = int(text.size());
        m_err << '\r' << line;
        m_err.flush();
        m_dirty = true;
        return;
    }
    if (m_sinceLine.isValid() && m_sinceLine.elapsed() < 5000) return;
    m_sinceLine.restart();
    m_err << text << '\n';
    m_err.flush();
}

void ProgressLine::finish()
{
    if (m_tty && m_dirty) {
        m_err << '\n';
        m_err.flush();
    }
    m_dirty = false;
}

void printJson(QTextStream& out, const QJsonObject& obj)
{
    out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    out.flush();
}

QString formatDuration(double seconds)
{
    if (seconds < 0) return QStringLiteral("?");
    const auto s = static_cast<long long>(seconds + 0.5);
    if (s < 60) return QStringLiteral("%1 s").arg(s);
    if (s < 3600) return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

}  // namespace bt::cli
