// A task page whose real view comes in a later change: its title and what it will show,
// so the navigation and the layout can be used and tested now.
#pragma once

#include "explorer_page.h"

namespace bt::ui {

class PlaceholderPage : public ExplorerPage {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace bt::ui
