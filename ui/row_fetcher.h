// For models that hold only part of their rows (a paged model over a million
// blocks): whether a row is loaded, and a way to ask for rows. The model announces
// rows as they arrive with dataChanged(). CsvModelWriter uses it to export every row
// without loading them all at once.
#pragma once

namespace bt::ui {

class RowFetcher {
public:
    virtual ~RowFetcher() = default;
    virtual bool isRowLoaded(int row) const = 0;
    virtual void fetchRows(int first, int count) = 0;
    // How many rows one fetch brings (the export asks for this many at a time).
    virtual int fetchSize() const = 0;
};

}  // namespace bt::ui
