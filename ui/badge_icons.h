// The verification badges, drawn rather than shipped as files: a coloured disc with
// a mark (tick, cross, broken link, exclamation, dash), crisp at any scale and in the
// same colours as DisplayText's.
#pragma once

#include "explorer_types.h"

#include <QIcon>

namespace bt::ui {

class BadgeIcons {
public:
    static QIcon forState(facade::BlockState state);
    static QIcon forCheck(facade::CheckState state);
    static QIcon forTransaction(bool verified);
};

}  // namespace bt::ui
