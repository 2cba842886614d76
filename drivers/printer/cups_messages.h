#pragma once

// What a cashier is told about a printer, from what CUPS and the printer say:
// IPP printer-state-reasons keywords ("media-empty-error", "cover-open", …)
// and the messages CUPS's backends write (job-printer-state-message). One
// table, so that the same fault reads the same way wherever it was noticed
// (docs/printing.md, "Through CUPS").

#include <string>
#include <string_view>
#include <vector>

namespace ocop::drivers {

// The messages themselves, shared with the DLE EOT check.
namespace printer_message {
inline constexpr std::string_view paper_out = "Máy in hết giấy — thay cuộn giấy rồi bấm In lại";
inline constexpr std::string_view paper_low = "Giấy in sắp hết — chuẩn bị cuộn giấy mới";
inline constexpr std::string_view cover_open = "Nắp máy in đang mở — đóng nắp rồi bấm In lại";
inline constexpr std::string_view paper_jam =
    "Kẹt giấy trong máy in — mở nắp, gỡ giấy kẹt rồi bấm In lại";
inline constexpr std::string_view unreachable = "Máy in không kết nối được — kiểm tra dây/điện";
inline constexpr std::string_view not_answering =
    "Máy in không phản hồi — kiểm tra đèn báo lỗi trên máy in";
inline constexpr std::string_view offline = "Máy in đang ngừng (offline) — kiểm tra đèn báo lỗi";
inline constexpr std::string_view printer_error =
    "Máy in báo lỗi — tắt máy in, bật lại rồi bấm In lại";
inline constexpr std::string_view paused = "Máy in đang tạm dừng — nhờ quản lý bật lại hàng đợi in";
inline constexpr std::string_view disconnected =
    "Máy in ngắt kết nối khi đang in — kiểm tra máy in rồi bấm In lại";
inline constexpr std::string_view not_printed = "Không in được — kiểm tra máy in rồi bấm In lại";
inline constexpr std::string_view canceled = "Lệnh in đã bị huỷ";
} // namespace printer_message

// "media-empty-error, cover-open-report" → {"media-empty", "cover-open"}:
// the keywords without their -error/-warning/-report severity and without
// "none", in the order given.
std::vector<std::string> state_reason_keywords(std::string_view reasons);

// The message for the most serious reason the table knows, or "" when none
// of them means anything to a cashier ("none", "cups-waiting-for-job-completed").
std::string message_for_state_reasons(std::string_view reasons);

// The message for what a CUPS backend last wrote about a job ("The printer is
// not responding."), or "" when it is not a known fault. English only: CUPS
// writes these in the job's language, so reasons keywords and the DLE EOT
// check come first and this is the fallback.
std::string message_for_backend_message(std::string_view message);

} // namespace ocop::drivers
