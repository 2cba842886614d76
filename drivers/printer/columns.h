#pragma once

// How a ColumnRow divides the paper, the same in raster and text mode:
// each cell its share of the width, a gutter before every column but the
// first, and each cell's alignment (the first left, the others right unless
// the row says otherwise). Units are the caller's: dots or characters.

#include "drivers/printer/document.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace ocop::drivers {

// [left, right) of each cell before any cell is measured.
std::vector<std::pair<int, int>> column_boxes(const ColumnRow& row, int width, int gutter);

Align cell_align(const ColumnRow& row, std::size_t cell);

} // namespace ocop::drivers
