#include "drivers/printer/columns.h"

#include <numeric>

namespace ocop::drivers {

std::vector<std::pair<int, int>> column_boxes(const ColumnRow& row, int width, int gutter) {
    std::vector<long> shares;
    for (std::size_t i = 0; i < row.cells.size(); ++i)
        shares.push_back(i < row.widths.size() && row.widths[i] > 0 ? row.widths[i] : 1);
    const long total = std::accumulate(shares.begin(), shares.end(), 0L);
    std::vector<std::pair<int, int>> boxes;
    long before = 0;
    for (const long share : shares) {
        const auto left = static_cast<int>(width * before / total);
        before += share;
        const auto right = static_cast<int>(width * before / total);
        boxes.emplace_back(boxes.empty() ? left : left + gutter, right);
    }
    return boxes;
}

Align cell_align(const ColumnRow& row, std::size_t cell) {
    if (cell < row.aligns.size())
        return row.aligns[cell];
    return cell == 0 ? Align::Left : Align::Right;
}

} // namespace ocop::drivers
