#pragma once

#include "common/error.h"
#include "pos/clock.h"
#include "pos/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// VietQR: the NAPAS 247 bank-transfer QR code every Vietnamese banking app
// scans. The payload is EMVCo merchant-presented mode: data objects written
// as a two-digit ID, a two-digit length and the value, ending with a CRC.

// Where the money goes. The BIN is NAPAS's six-digit bank number (970405
// Agribank, 970416 ACB, 970436 Vietcombank); the account is 1–19 digits or
// ASCII letters (virtual accounts may have letters).
struct VietQrAccount {
    std::string bank_bin;
    std::string account_number;
};

// Tag 01. A static code ("11") is printed once and reused, the customer types
// the amount; a dynamic one ("12") is made for one sale and carries it.
enum class QrInitiation { Static, Dynamic };

struct VietQrRequest {
    VietQrAccount account;
    std::optional<Money> amount; // whole đồng; required for a dynamic code
    // The transfer note the shop sees on its statement, in UTF-8. Written
    // without accents as ASCII, at most 25 characters: longer notes are cut,
    // not refused. Empty: no note.
    std::string purpose;
    QrInitiation initiation = QrInitiation::Dynamic;
};

// The text to encode in the QR image, a transfer to an account (service
// QRIBFTTA). Errors: vietqr.bad_bin, vietqr.bad_account, vietqr.bad_amount
// (not above zero, or more than 13 digits), vietqr.amount_required (dynamic
// without amount), vietqr.field_too_long.
Result<std::string> vietqr_payload(const VietQrRequest& request);

// The store's own account (settings bank.bin and bank.account);
// vietqr.no_account when either is missing.
Result<VietQrAccount> store_account(db::Connection& db);

// The transfer note asked of the customer for a sale being paid: the
// terminal and the time, "OCOP T01 291126 0839", so the cashier can match
// the bank's notification to this sale (ASCII, within 25 characters).
std::string transfer_reference(std::string_view terminal_code, Instant at);

// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, not reflected, no
// final xor), the checksum in tag 63. crc16_ccitt_false("123456789") == 0x29B1.
std::uint16_t crc16_ccitt_false(std::string_view bytes);

// What a VietQR payload says. `service` is QRIBFTTA (to an account) or
// QRIBFTTC (to a card; account_number is then the card number).
struct VietQrFields {
    std::string bank_bin;
    std::string account_number;
    std::string service;
    std::optional<Money> amount;
    std::string purpose;
    QrInitiation initiation = QrInitiation::Static;
    std::string currency; // always "704" (VND) once read
    std::string country;  // always "VN" once read
};

// Reads a payload back, to check a printed code or one scanned from a bank
// app. The CRC is checked before anything else, so a misread code says so
// rather than complaining about the field the misreading happened to hit.
// Tags this module does not use (bill number, merchant name, ...) are
// skipped. Errors: vietqr.empty, vietqr.malformed (an ID or length that is
// not two digits, data after the CRC), vietqr.bad_length (a length running
// past its end: a cut-off payload), vietqr.duplicate_tag, vietqr.missing_tag,
// vietqr.bad_crc, vietqr.bad_format, vietqr.bad_initiation, vietqr.bad_guid
// (not NAPAS's), vietqr.bad_currency, vietqr.bad_country, and the
// vietqr_payload errors for a bad BIN, account or amount.
Result<VietQrFields> parse_vietqr(std::string_view payload);

} // namespace ocop::pos
