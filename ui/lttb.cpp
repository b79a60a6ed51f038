#include "lttb.h"

#include <cmath>

namespace bt::ui {

std::vector<int> lttbIndices(const std::vector<QPointF>& points, int threshold)
{
    const int n = int(points.size());
    std::vector<int> kept;
    if (threshold >= n || threshold < 3) {
        kept.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) kept[std::size_t(i)] = i;
        return kept;
    }
    kept.reserve(std::size_t(threshold));
    const double every = double(n - 2) / double(threshold - 2);
    int a = 0;
    kept.push_back(0);
    for (int b = 0; b < threshold - 2; ++b) {
        // The next bucket's mean is the third corner.
        int nextStart = int(std::floor(double(b + 1) * every)) + 1;
        int nextEnd = std::min(int(std::floor(double(b + 2) * every)) + 1, n);
        if (nextStart >= n) nextStart = n - 1;
        if (nextEnd <= nextStart) nextEnd = nextStart + 1;
        double avgX = 0, avgY = 0;
        for (int i = nextStart; i < nextEnd; ++i) {
            avgX += points[std::size_t(i)].x();
            avgY += points[std::size_t(i)].y();
        }
        avgX /= double(nextEnd - nextStart);
        avgY /= double(nextEnd - nextStart);

        const int start = int(std::floor(double(b) * every)) + 1;
        const int end = std::min(int(std::floor(double(b + 1) * every)) + 1, n - 1);
        const QPointF& pa = points[std::size_t(a)];
        double best = -1;
        int chosen = start;
        for (int i = start; i < end; ++i) {
            const QPointF& p = points[std::size_t(i)];
            const double area =
                std::abs((pa.x() - avgX) * (p.y() - pa.y()) - (pa.x() - p.x()) * (avgY - pa.y()));
            if (area > best) {
                best = area;
                chosen = i;
            }
        }
        kept.push_back(chosen);
        a = chosen;
    }
    kept.push_back(n - 1);
    return kept;
}

}  // namespace bt::ui
