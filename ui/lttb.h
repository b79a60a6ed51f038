// Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and
// last points and, from each of threshold - 2 equal buckets in between, the point that
// makes the largest triangle with the point kept before and the mean of the next
// bucket — the shape of a long series in as many points as the pixels can show.
#pragma once

#include <QPointF>

#include <vector>

namespace bt::ui {

// The indices of the points kept, ascending. All of them when `threshold` >= the
// number of points or < 3. `points` in x order.
std::vector<int> lttbIndices(const std::vector<QPointF>& points, int threshold);

}  // namespace bt::ui
