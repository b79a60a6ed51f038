// The table view every table of the explorer uses: whole-row selection, fixed row
// heights (a million rows lay out in no time), middle elision for hashes, Ctrl+C
// copies the selected rows, and the context menu exports the table through the one
// CSV writer (the main window does the writing: exportRequested).
#pragma once

#include <QTableView>

namespace bt::ui {

class ExplorerTableView : public QTableView {
    Q_OBJECT

public:
    explicit ExplorerTableView(QWidget* parent = nullptr);

    // The file name an export suggests ("blocks" → blocks.csv).
    void setExportName(const QString& name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }

    // Column widths from sample texts in the view's font (plus padding), so that
    // they fit the text in any language without measuring a million rows.
    void setColumnWidthForText(int column, const QString& sample, bool fixedFont = false);

    // Every column as wide as its header and its widest cell among the first rows,
    // at most `maxWidth` pixels (for the small in-memory tables of the domain pages).
    void fitColumnsToContents(int maxWidth = 420);

    // Hashes elide in the middle (both ends identify them); text columns at the end.
    void setColumnElideMode(int column, Qt::TextElideMode mode);

    // The selected rows as tab-separated text, the header first.
    QString selectedText() const;

signals:
    void exportRequested(bt::ui::ExplorerTableView* view);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_exportName;
};

}  // namespace bt::ui
