// How the facade's values read in the window: translated names of states, checks,
// transaction types and sync phases; numbers, times, durations and hashes formatted
// once, the same way in every view.
#pragma once

#include "explorer_types.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace bt::ui {

class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString stateName(facade::BlockState state);
    static QString stateDescription(facade::BlockState state);
    static QColor stateColor(facade::BlockState state);

    static QString checkStateName(facade::CheckState state);
    static QColor checkStateColor(facade::CheckState state);
    // "block-hash" → "Block hash"; unknown names are shown as they are.
    static QString checkTitle(const QString& name);
    // What the check establishes when it passes.
    static QString checkDescription(const QString& name);
    // Why a check was not applicable or not checked (`engine`: the chain's consensus engine).
    static QString checkNote(const QString& name, facade::CheckState state, const QString& engine = {});

    static QString txTypeName(int type);
    static QString headerFieldTitle(const QString& jsonName);
    static QString syncPhase(const QString& phase);
    static QString jobName(facade::JobKind kind);
    static QString anchorSource(const QString& source);
    // "qbft" → "QBFT"; "pos" → "Proof of stake"; empty → "not recorded".
    static QString engineTitle(const QString& engine);

    // Headline for a failure to open or read an index.
    static QString errorHeadline(facade::ServiceError::Kind kind);

    static QString number(quint64 n);            // grouped digits, in the UI's locale
    static QString timestamp(qint64 unixSeconds);     // "2025-03-01 12:00:00" (UTC)
    static QString timestampUtc(qint64 unixSeconds);  // "2025-03-01 12:00:00 UTC"
    static QString duration(double seconds);     // "1:05", "2:03:04", "—" when unknown
    static QString rate(double perSecond);       // "310 blocks/s"
    static QString shortHash(const QString& hash);  // "0x1234abcd…9876fedc"
};

}  // namespace bt::ui
