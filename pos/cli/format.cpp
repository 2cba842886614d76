#include "pos/cli/format.h"

#include "pos/clock.h"

namespace ocop::cli {

namespace {

bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// A combining accent (U+0300..U+036F, UTF-8 CC 80..CD AF) starts at `i`: it
// sits on the letter before it and takes no column of its own.
bool is_combining_at(std::string_view text, std::size_t i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    return i + 1 < text.size() &&
           (byte == 0xCC || (byte == 0xCD && static_cast<unsigned char>(text[i + 1]) <= 0xAF));
}

// Characters as a terminal counts them.
std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!is_continuation(static_cast<unsigned char>(text[i])) && !is_combining_at(text, i))
            ++width;
    return width;
}

// The longest prefix of `text` that is at most `width` characters wide.
std::string_view cut(std::string_view text, std::size_t width) {
    std::size_t shown = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(static_cast<unsigned char>(text[i])) || is_combining_at(text, i))
            continue;
        if (shown == width)
            return text.substr(0, i);
        ++shown;
    }
    return text;
}

std::string display_timestamp(const std::string& timestamp) {
    auto instant = pos::parse_timestamp(timestamp);
    return instant ? pos::display_time(*instant) : timestamp;
}

std::string stars(int count) {
    std::string mark;
    for (int i = 0; i < count; ++i)
        mark += "★";
    return mark;
}

std::string row(std::string_view left, std::string_view right, std::size_t width = 56) {
    const std::size_t used = display_width(left) + display_width(right);
    return std::string(left) + std::string(used < width ? width - used : 1, ' ') +
           std::string(right) + "\n";
}

} // namespace

std::string pad_right(std::string_view text, std::size_t width) {
    std::string out(cut(text, width));
    out.append(width - display_width(out), ' ');
    return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
    std::string out(cut(text, width));
    return std::string(width - display_width(out), ' ') + out;
}

std::string product_line(const pos::Product& product) {
    return pad_right(product.sku, 14) + " " + pad_right(product.name_vi, 44) + " " +
           pad_left(pos::format_money(product.price), 12) + "/" + product.unit;
}

std::string product_card(const pos::ProductDetail& detail) {
    const pos::Product& p = detail.product;
    std::string text = p.name_vi + "\n";
    if (!p.name_en.empty())
        text += "  (" + p.name_en + ")\n";
    text += "  Mã cửa hàng:   " + p.sku + "\n";
    std::string codes;
    for (const auto& code : detail.barcodes)
        codes += (codes.empty() ? "" : ", ") + code;
    text += "  Mã vạch:       " + (codes.empty() ? std::string("—") : codes) + "\n";
    text += "  Giá bán:       " + pos::format_money(p.price) + " / " + p.unit +
            (p.weighed ? " (hàng cân)" : "") + "\n";
    text += "  Nhóm:          " + p.category + (p.ocop_group.empty() ? "" : " / " + p.ocop_group) +
            "\n";
    if (!p.producer_name.empty())
        text += "  Nhà sản xuất:  " + p.producer_name + "\n";
    text += std::string("  Hàng:          ") + (p.consigned ? "ký gửi" : "mua đứt") +
            (p.active ? "" : ", ĐÃ NGỪNG BÁN") + "\n";
    for (const auto& c : detail.certifications) {
        text += "  OCOP " + stars(c.stars) + "  QĐ " + c.decision_no + " ngày " + c.decision_date +
                ", hiệu lực " + c.valid_from + " → " + c.valid_to + " [" + c.status + "]" +
                (c.status_note.empty() ? "" : " " + c.status_note) + "\n";
    }
    return text;
}

std::string sale_text(const pos::SaleRecord& sale) {
    std::string text;
    text +=
        (sale.kind == "refund" ? "PHIẾU TRẢ HÀNG " : "HOÁ ĐƠN BÁN HÀNG ") + sale.receipt_no + "\n";
    text += "  Mã: " + sale.id + "\n";
    text += "  " + display_timestamp(sale.created_at) + "  Quầy " + sale.terminal_code +
            "  Thu ngân: " + sale.cashier_name + "\n";
    if (!sale.refund_of.empty())
        text += "  Trả hàng của hoá đơn: " + sale.refund_of + "\n";
    if (!sale.approved_by.empty())
        text += "  Quản lý duyệt: " + sale.approved_by + " (" + sale.approval_note + ")\n";
    for (const auto& line : sale.lines) {
        text += "  " + std::to_string(line.line_no) + ". " + line.name + "\n";
        std::string detail = "       " + pos::format_quantity(line.quantity) + " " + line.unit +
                             " × " + pos::format_money(line.unit_price);
        if (line.lot)
            detail += "  lô " + *line.lot;
        if (line.expiry)
            detail += "  HSD " + *line.expiry;
        text += row(detail, pos::format_money(line.gross));
        const pos::Money discount = line.line_discount + line.order_discount;
        if (discount.dong != 0)
            text += row("       chiết khấu", pos::format_money(-discount));
    }
    text += row("  Tạm tính", pos::format_money(sale.subtotal));
    if (sale.discount_total.dong != 0)
        text += row("  Chiết khấu", pos::format_money(-sale.discount_total));
    text += row("  TỔNG CỘNG", pos::format_money(sale.total));
    for (const auto& rate : sale.vat) {
        text += row("    Thuế GTGT " + rate.invoice_code + " trên " + pos::format_money(rate.gross),
                    pos::format_money(rate.vat));
    }
    for (const auto& payment : sale.payments) {
        std::string label = "  " + pos::method_name_vi(payment.method);
        if (!payment.approval_code.empty())
            label += " (mã duyệt " + payment.approval_code + ")";
        text += row(label, pos::format_money(payment.tendered.value_or(payment.amount)));
    }
    if (sale.change_given.dong != 0)
        text += row("  Tiền thối lại", pos::format_money(sale.change_given));
    return text;
}

std::string sale_list_line(const pos::SaleRecord& sale) {
    return pad_right(sale.receipt_no, 16) + " " +
           pad_right(display_timestamp(sale.created_at), 17) + " " +
           pad_right(sale.kind == "refund" ? "trả hàng" : "bán", 9) + " " +
           pad_left(pos::format_money(sale.total), 14) + "  " + sale.cashier + "  " + sale.id;
}

std::string stock_table(const std::vector<pos::StockLevel>& levels) {
    std::string text = pad_right("Mã", 14) + " " + pad_right("Sản phẩm", 44) + " " +
                       pad_left("Tồn", 9) + " " + pad_right("ĐVT", 5) + " " +
                       pad_left("Tối thiểu", 9) + "\n";
    for (const auto& level : levels) {
        text += pad_right(level.product.sku, 14) + " " + pad_right(level.product.name_vi, 44) +
                " " + pad_left(pos::format_quantity(level.on_hand), 9) + " " +
                pad_right(level.product.unit, 5) + " " +
                pad_left(level.minimum ? pos::format_quantity(*level.minimum) : "", 9) +
                (level.is_low() ? "  SẮP HẾT" : "") + "\n";
    }
    return text;
}

std::string shift_text(const pos::ShiftSummary& summary) {
    const pos::Shift& shift = summary.shift;
    std::string text =
        (shift.closed_at ? "BÁO CÁO CUỐI CA (Z) — ca " : "BÁO CÁO GIỮA CA (X) — ca ") +
        std::to_string(shift.number) + "\n";
    text += "  Mở ca:  " + display_timestamp(shift.opened_at) + " bởi " + shift.opened_by + "\n";
    if (shift.closed_at)
        text +=
            "  Đóng ca: " + display_timestamp(*shift.closed_at) + " bởi " + shift.closed_by + "\n";
    text += row("  Số hoá đơn bán", std::to_string(summary.sales_count));
    text += row("  Doanh thu", pos::format_money(summary.sales_total));
    text += row("  Số phiếu trả hàng", std::to_string(summary.refunds_count));
    text += row("  Trả hàng", pos::format_money(summary.refunds_total));
    text += row("  Tiền mặt (thuần)", pos::format_money(summary.cash));
    text += row("  Chuyển khoản VietQR", pos::format_money(summary.vietqr));
    text += row("  Thẻ", pos::format_money(summary.card));
    text += row("  Tiền đầu ca", pos::format_money(shift.opening_float));
    text += row("  Tiền mặt phải có", pos::format_money(summary.expected_cash));
    if (summary.counted_cash) {
        text += row("  Tiền mặt đếm được", pos::format_money(*summary.counted_cash));
        text += row("  Chênh lệch", pos::format_money(summary.variance()));
    }
    return text;
}

std::string sync_status_text(const db::SyncStatus& status) {
    const auto when = [](const std::optional<std::string>& at) {
        return at ? display_timestamp(*at) : std::string("chưa lần nào");
    };
    std::string text = "ĐỒNG BỘ VỚI VĂN PHÒNG CHÍNH\n";
    text += row("  Sự kiện chờ gửi", std::to_string(status.pending_events));
    text += row("  Văn phòng đã nhận đến số", std::to_string(status.acked_seq));
    text += row("  Lần thử gần nhất", when(status.last_attempt_at));
    text += row("  Lần thành công gần nhất", when(status.last_success_at));
    if (!status.last_error_code.empty())
        text +=
            "  Lỗi lần thử gần nhất: " + status.last_error + " [" + status.last_error_code + "]\n";
    if (!status.pull_cursor.empty())
        text += row("  Dữ liệu từ văn phòng đã nhận đến", status.pull_cursor);
    return text;
}

} // namespace ocop::cli
