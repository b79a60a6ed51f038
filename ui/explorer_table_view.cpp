#include "explorer_table_view.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>

#include <algorithm>
#include <set>

namespace bt::ui {

namespace {
// A delegate that elides its column its own way.
class ElideDelegate : public QStyledItemDelegate {
public:
    ElideDelegate(Qt::TextElideMode mode, QObject* parent) : QStyledItemDelegate(parent), m_mode(mode) {}

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};
}  // namespace

ExplorerTableView::ExplorerTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setShowGrid(false);
    setSortingEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setIconSize(QSize(16, 16));
}

void ExplorerTableView::setColumnWidthForText(int column, const QString& sample, bool fixedFont)
{
    const QFontMetrics fm = fixedFont ? QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)) : fontMetrics();
    const int header =
        model() ? horizontalHeader()->fontMetrics().horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString())
                : 0;
    setColumnWidth(column, std::max(fm.horizontalAdvance(sample), header) + 28);
}

void ExplorerTableView::fitColumnsToContents(int maxWidth)
{
    if (!model()) return;
    horizontalHeader()->setResizeContentsPrecision(200);
    resizeColumnsToContents();
    for (int c = 0; c < model()->columnCount(); ++c)
        if (columnWidth(c) > maxWidth) setColumnWidth(c, maxWidth);
}

void ExplorerTableView::setColumnElideMode(int column, Qt::TextElideMode mode)
{
    setItemDelegateForColumn(column, new ElideDelegate(mode, this));
}

QString ExplorerTableView::selectedText() const
{
    if (!model() || !selectionModel()) return {};
    std::set<int> rows;
    for (const QModelIndex& i : selectionModel()->selectedIndexes()) rows.insert(i.row());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model()->columnCount(); ++c)
        if (!isColumnHidden(c)) header << model()->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c = 0; c < model()->columnCount(); ++c)
            if (!isColumnHidden(c)) cells << model()->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void ExplorerTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    QAction* exportCsv = menu.addAction(tr("&Export Table as CSV…"));
    exportCsv->setEnabled(model() && model()->rowCount() > 0);
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == copy) QApplication::clipboard()->setText(selectedText());
    if (chosen == exportCsv) emit exportRequested(this);
}

void ExplorerTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

}  // namespace bt::ui
