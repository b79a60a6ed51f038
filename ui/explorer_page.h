// A task page of the main window (Chain, Lineage, Suppliers, Defects, Logistics,
// KPIs). The window asks each page which table File ▸ Export exports and routes the
// global search's hits to the page that claims their kind; a domain page plugs in by
// deriving from this and replacing its placeholder (MainWindow::setPage).
#pragma once

#include "explorer_types.h"

#include <QWidget>

namespace bt::ui {

class ExplorerTableView;

class ExplorerPage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The table File ▸ Export Table exports when none of the page's tables has the
    // focus; null when the page has none.
    virtual ExplorerTableView* primaryTable() const { return nullptr; }
    // Every table of the page (the window connects their export requests).
    virtual QList<ExplorerTableView*> tables() const { return {}; }
    // Whether this page shows search hits of `kind` (SearchHit::domainKind, or
    // "block", "transaction", "address" for the chain's own hits).
    virtual bool showsHitKind(const QString& kind) const
    {
        Q_UNUSED(kind);
        return false;
    }
    virtual void showSearchHit(const facade::SearchHit& hit) { Q_UNUSED(hit); }

signals:
    void exportRequested(bt::ui::ExplorerTableView* view);
};

}  // namespace bt::ui
