// Small pieces the chain commands share: parsing hashes and numbers from options,
// a progress line on stderr, and JSON output.
#pragma once

#include "codec/bytes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

namespace bt::cli {

std::optional<Hash32> parseHash(const QString& text);
std::optional<std::uint64_t> parseBlockNumber(const QString& text);

// Rewrites one status line on a terminal; prints a line every few seconds otherwise.
class ProgressLine {
public:
    explicit ProgressLine(QTextStream& err);
    void update(const QString& text);
    void finish();

private:
    QTextStream& m_err;
    QElapsedTimer m_sinceLine;
    bool m_tty = false;
    bool m_dirty = false;
    int m_lastWidth = 0;
};

void printJson(QTextStream& out, const QJsonObject& obj);

QString formatDuration(double seconds);

}  // namespace bt::cli
