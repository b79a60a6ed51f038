#include "badge_icons.h"

#include "display_text.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <map>

namespace bt::ui {

namespace {

enum class Mark { Tick, Cross, Break, Exclamation, Dash, Ring };

QPixmap draw(Mark mark, const QColor& color, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF disc(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    if (mark == Mark::Ring) {
        p.setPen(QPen(color, s * 0.12));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        return pm;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(disc);
    QPen pen(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (mark) {
    case Mark::Tick: {
        QPainterPath path;
        path.moveTo(s * 0.28, s * 0.52);
        path.lineTo(s * 0.44, s * 0.68);
        path.lineTo(s * 0.72, s * 0.34);
        p.drawPath(path);
        break;
    }
    case Mark::Cross:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Mark::Break:
        // Two link halves pulled apart.
        p.drawLine(QPointF(s * 0.24, s * 0.62), QPointF(s * 0.42, s * 0.44));
        p.drawLine(QPointF(s * 0.58, s * 0.56), QPointF(s * 0.76, s * 0.38));
        break;
    case Mark::Exclamation:
        p.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.55));
        p.drawPoint(QPointF(s * 0.5, s * 0.73));
        break;
    case Mark::Dash:
        p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
        break;
    case Mark::Ring: break;
    }
    return pm;
}

QIcon makeIcon(Mark mark, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) icon.addPixmap(draw(mark, color, size));
    return icon;
}

template <class Key>
const QIcon& cached(std::map<Key, QIcon>& cache, Key key, Mark mark, const QColor& color)
{
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, makeIcon(mark, color)).first;
    return it->second;
}

}  // namespace

QIcon BadgeIcons::forState(facade::BlockState state)
{
    // Never destroyed: pixmaps must not outlive the application object.
    static auto* cache = new std::map<facade::BlockState, QIcon>;
    Mark mark = Mark::Tick;
    switch (state) {
    case facade::BlockState::Verified: mark = Mark::Tick; break;
    case facade::BlockState::Failed: mark = Mark::Cross; break;
    case facade::BlockState::ChainBroken: mark = Mark::Break; break;
    case facade::BlockState::Unanchored: mark = Mark::Exclamation; break;
    }
    return cached(*cache, state, mark, DisplayText::stateColor(state));
}

QIcon BadgeIcons::forCheck(facade::CheckState state)
{
    static auto* cache = new std::map<facade::CheckState, QIcon>;
    Mark mark = Mark::Tick;
    switch (state) {
    case facade::CheckState::Passed: mark = Mark::Tick; break;
    case facade::CheckState::Failed: mark = Mark::Cross; break;
    case facade::CheckState::NotApplicable: mark = Mark::Dash; break;
    case facade::CheckState::NotChecked: mark = Mark::Ring; break;
    }
    return cached(*cache, state, mark, DisplayText::checkStateColor(state));
}

QIcon BadgeIcons::forTransaction(bool verified)
{
    return forState(verified ? facade::BlockState::Verified : facade::BlockState::Failed);
}

}  // namespace bt::ui
