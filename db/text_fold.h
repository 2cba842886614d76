#pragma once

#include "common/error.h"

#include <string>
#include <string_view>

struct sqlite3;

namespace ocop::db {

// The search key of a text: Vietnamese (and other Latin) letters without
// their accents, `đ` as `d`, lower case, every run of other characters
// (spaces, punctuation) as one space, no space at either end. Combining marks
// are dropped too, so decomposed input (NFD) folds like precomposed input.
//   "Bánh tét Trà Cuôn" -> "banh tet tra cuon",  "ĐƯỜNG" -> "duong".
// Characters outside the Latin ranges are kept as they are; malformed UTF-8
// bytes become spaces.
std::string fold_for_search(std::string_view utf8);

// The text in plain ASCII, for places that take nothing else (a VietQR
// purpose, a bank transfer note): accented letters lose their accents but
// keep their case ("Đường Hoa Dừa" -> "Duong Hoa Dua"), ASCII is kept as is,
// anything else is dropped.
std::string remove_accents(std::string_view utf8);

// Makes fold_for_search available to SQL as ocop_fold(text), so that triggers
// keep the product search index right whoever writes a product.
Result<void> register_text_fold(sqlite3* handle);

} // namespace ocop::db
