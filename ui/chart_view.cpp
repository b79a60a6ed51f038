#include "chart_view.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPainter>

namespace bt::ui {

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
}

bool ChartView::savePng(const QString& path)
{
    const qreal scale = 2.0;
    QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter);
    }
    return image.save(path, "PNG");
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save Chart as PNG…"));
    if (menu.exec(event->globalPos()) != save) return;
    const QString suggested =
        QDir::home().filePath((m_exportName.isEmpty() ? QStringLiteral("chart") : m_exportName) + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), suggested, tr("PNG images (*.png)"));
    if (!path.isEmpty()) savePng(path);
}

}  // namespace bt::ui
