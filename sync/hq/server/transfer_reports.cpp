#include "sync/hq/server/transfer_reports.h"

#include "sync/hq/server/csv.h"

namespace ocop::hq {

namespace {

nlohmann::json optional_text(const std::optional<std::string>& text) {
    return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

nlohmann::json optional_number(const std::optional<std::int64_t>& number) {
    return number ? nlohmann::json(*number) : nlohmann::json(nullptr);
}

std::string optional_csv(const std::optional<std::int64_t>& number) {
    return number ? csv_number(*number) : std::string();
}

// Thousandths as people write quantities here: "2", "1,25", "-0,5".
std::string quantity_text(std::int64_t milli) {
    const bool negative = milli < 0;
    const std::int64_t magnitude = negative ? -milli : milli;
    std::string text = std::to_string(magnitude / 1000);
    if (const std::int64_t fraction = magnitude % 1000; fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, 3 - digits.size(), '0');
        while (digits.back() == '0')
            digits.pop_back();
        text += "," + digits;
    }
    return negative ? "-" + text : text;
}

std::string status_text(const TransferRow& transfer) {
    if (transfer.status == "in_transit") {
        std::string text = "đang chuyển / in transit";
        if (transfer.hours_in_transit)
            text += " " + std::to_string(*transfer.hours_in_transit) + " giờ / hours";
        return text;
    }
    if (transfer.status == "received")
        return "đã nhận / received";
    return "đã nhận, chưa có phiếu gửi / received, sender's record not yet here";
}

} // namespace

Result<TransferFilter::Status> parse_transfer_status(std::string_view text) {
    if (text == "all")
        return TransferFilter::Status::all;
    if (text == "in_transit")
        return TransferFilter::Status::in_transit;
    if (text == "received")
        return TransferFilter::Status::received;
    return fail("hq.bad_status",
                "a transfer's status is in_transit, received or all, not \"" + std::string(text) +
                    "\"",
                "Trạng thái phiếu chuyển kho là in_transit, received hoặc all, không phải \"" +
                    std::string(text) + "\".");
}

nlohmann::json transfers_json(const std::vector<TransferRow>& transfers) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& transfer : transfers) {
        nlohmann::json lines = nlohmann::json::array();
        for (const auto& line : transfer.lines) {
            lines.push_back({{"sku", line.sku},
                             {"name", line.name},
                             {"sent_milli", line.sent_milli},
                             {"received_milli", line.received_milli},
                             {"missing_milli", optional_number(line.missing_milli)}});
        }
        rows.push_back({{"id", transfer.id},
                        {"status", transfer.status},
                        {"from_store", optional_text(transfer.from_store)},
                        {"to_store", optional_text(transfer.to_store)},
                        {"sent_at", optional_text(transfer.sent_at)},
                        {"sent_by_terminal", optional_text(transfer.sent_by_terminal)},
                        {"received_at", optional_text(transfer.received_at)},
                        {"received_by_terminal", optional_text(transfer.received_by_terminal)},
                        {"hours_in_transit", optional_number(transfer.hours_in_transit)},
                        {"overdue", transfer.overdue},
                        {"has_difference", transfer.has_difference},
                        {"lines", std::move(lines)}});
    }
    return rows;
}

std::string transfers_csv(const std::vector<TransferRow>& transfers) {
    CsvWriter csv({"id", "status", "from_store", "to_store", "sent_at", "sent_by_terminal",
                   "received_at", "received_by_terminal", "hours_in_transit", "overdue", "sku",
                   "name", "sent_milli", "received_milli", "missing_milli"});
    for (const auto& transfer : transfers) {
        const std::vector<std::string> head{transfer.id,
                                            transfer.status,
                                            transfer.from_store.value_or(""),
                                            transfer.to_store.value_or(""),
                                            transfer.sent_at.value_or(""),
                                            transfer.sent_by_terminal.value_or(""),
                                            transfer.received_at.value_or(""),
                                            transfer.received_by_terminal.value_or(""),
                                            optional_csv(transfer.hours_in_transit),
                                            transfer.overdue ? "true" : "false"};
        if (transfer.lines.empty()) {
            auto fields = head;
            fields.insert(fields.end(), {"", "", "", "", ""});
            csv.row(fields);
        }
        for (const auto& line : transfer.lines) {
            auto fields = head;
            fields.insert(fields.end(),
                          {line.sku, line.name, csv_number(line.sent_milli),
                           csv_number(line.received_milli), optional_csv(line.missing_milli)});
            csv.row(fields);
        }
    }
    return csv.text();
}

std::string transfers_text(const std::vector<TransferRow>& transfers, std::int64_t overdue_hours) {
    std::string text = "Phiếu chuyển kho giữa các cửa hàng / transfers between stores (quá hạn "
                       "sau / overdue after " +
                       std::to_string(overdue_hours) + " giờ / hours)\n";
    if (transfers.empty())
        return text + "  (không có / none)\n";
    for (const auto& transfer : transfers) {
        text += "\n" + transfer.id + "  " + transfer.from_store.value_or("?") + " → " +
                transfer.to_store.value_or("?") + "  " + status_text(transfer);
        if (transfer.overdue)
            text += "  — QUÁ HẠN / OVERDUE";
        if (transfer.has_difference)
            text += "  — CHÊNH LỆCH / DIFFERENCE";
        text += "\n";
        if (transfer.sent_at) {
            text += "  gửi / sent " + *transfer.sent_at + " (" +
                    transfer.sent_by_terminal.value_or("?") + ")\n";
        }
        if (transfer.received_at) {
            text += "  nhận / received " + *transfer.received_at + " (" +
                    transfer.received_by_terminal.value_or("?") + ")\n";
        }
        for (const auto& line : transfer.lines) {
            text += "    " + line.sku + " " + line.name + ": gửi / sent " +
                    quantity_text(line.sent_milli);
            if (transfer.status != "in_transit")
                text += ", nhận / received " + quantity_text(line.received_milli);
            if (line.missing_milli && *line.missing_milli > 0)
                text += ", thiếu / missing " + quantity_text(*line.missing_milli);
            else if (line.missing_milli && *line.missing_milli < 0)
                text += ", thừa / over " + quantity_text(-*line.missing_milli);
            text += "\n";
        }
    }
    return text;
}

} // namespace ocop::hq
