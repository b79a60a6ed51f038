// The hits of a search that found more than one thing (an address's transactions, a
// hash that is both a block's and a transaction's): activating one shows it.
#pragma once

#include "explorer_types.h"

#include <QDialog>

class QLabel;

namespace bt::ui {

class ExplorerTableView;
class SearchResultsModel;

class SearchResultsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SearchResultsDialog(QWidget* parent = nullptr);
    void setResults(const facade::SearchResults& results);
    SearchResultsModel* model() const { return m_model; }
    ExplorerTableView* table() const { return m_table; }

signals:
    void hitActivated(const bt::facade::SearchHit& hit);
    void exportRequested(bt::ui::ExplorerTableView* view);

private:
    void activate(int row);

    QLabel* m_heading = nullptr;
    SearchResultsModel* m_model = nullptr;
    ExplorerTableView* m_table = nullptr;
};

}  // namespace bt::ui
