#pragma once

#include "common/error.h"
#include "pos/gs1.h"
#include "pos/gtin.h"
#include "pos/instore_code.h"
#include "pos/money.h"
#include "pos/quantity.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// A scan longer than this is no code the terminal sells by (a 2D code may
// hold up to a few kilobytes of anything).
inline constexpr std::size_t kMaxScanBytes = 512;
// The longest text taken as the store's own code (a SKU or PLU, looked up as is).
inline constexpr std::size_t kMaxStoreCodeLength = 64;

// What a scan is, read into the fields the till needs.
struct ScannedCode {
    enum class Kind {
        Gtin,        // a plain EAN/UPC/ITF-14 number: look up gtin->lookup_forms()
        InStore,     // a scale label (prefix 20-29): item_code + weight or price
        Gs1,         // GS1 element strings (GS1-128, DataBar, DataMatrix, QR)
        DigitalLink, // a GS1 Digital Link web address
        Stamp,       // "OCOP1:...", an identification-logo stamp, for the stamp verifier
        StoreCode,   // the store's own code, looked up as is
    };

    Kind kind = Kind::StoreCode;
    std::optional<Gtin> gtin; // Gtin, InStore; Gs1 and DigitalLink when they carry AI 01 (or 02)
    std::string item_code;    // InStore: the PLU; StoreCode: the code; Stamp: the stamp text
    std::optional<Quantity> weight; // kilograms (InStore weight labels, AI 310n/320n)
    std::optional<Money> price;     // InStore price labels
    std::optional<Quantity> count;  // AI 30, else AI 37, in whole units
    std::optional<std::string> lot;
    std::optional<std::string> expiry;      // YYYY-MM-DD
    std::optional<std::string> best_before; // YYYY-MM-DD
    std::optional<std::string> serial;
    std::string symbology_id;         // "]E0", "]C1", ... or "" when the scanner sent none
    std::string text;                 // as scanned, without surrounding spaces and CR/LF
    std::vector<Gs1Element> elements; // Gs1, DigitalLink: every element read, in order
};

// "gtin", "instore", "gs1", "digital_link", "stamp", "store_code".
std::string_view kind_name(ScannedCode::Kind kind);

// The one entry point the till calls with what a scanner sent.
//
// Surrounding whitespace (CR/LF included) is dropped and an AIM symbology
// identifier at the start is recorded. Then, in this order: "OCOP1:..." is a
// Stamp, returned untouched; http(s):// a GS1 Digital Link; text with FNC1
// (ASCII 29), a "(AI)" at the start or a GS1 symbology identifier (]C1 ]e0 ]d2
// ]Q3) GS1 element strings; 8, 12, 13 or 14 digits, or anything an EAN/UPC
// symbology (]E0, ]E4) delivered, a GTIN, whose check digit must hold (an
// in-store code for prefixes 20-29, read with `layouts`); any other printable
// text up to kMaxStoreCodeLength a StoreCode.
//
// `current_year` places two-digit years (GS1 century rule); no clock is read.
// Errors: code.too_long (over kMaxScanBytes), code.empty, code.invalid_characters
// (control characters other than GS, or bytes outside ASCII), code.unrecognised
// (long text that is none of these), and those of the parsers it calls.
Result<ScannedCode> parse_scanned(std::string_view text, const std::vector<InStoreLayout>& layouts,
                                  int current_year);

} // namespace ocop::pos
