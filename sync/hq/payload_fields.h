#pragma once

// Readers of a terminal's event payload that never throw: a missing or
// mistyped field reads as empty, nullopt or 0. A payload is what the
// terminal wrote and the hash chain vouches for it; head office keeps the
// event even when it cannot read all of it (projections, transfers,
// settlement).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace ocop::hq::payload {

inline std::string text(const nlohmann::json& object, const char* key) {
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

inline std::optional<std::string> optional_text(const nlohmann::json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        return std::nullopt;
    return found->get<std::string>();
}

inline std::optional<std::int64_t> optional_integer(const nlohmann::json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_number_integer())
        return std::nullopt;
    return found->get<std::int64_t>();
}

inline std::int64_t integer(const nlohmann::json& object, const char* key) {
    return optional_integer(object, key).value_or(0);
}

inline const nlohmann::json& array(const nlohmann::json& object, const char* key) {
    static const nlohmann::json empty = nlohmann::json::array();
    const auto found = object.find(key);
    return found != object.end() && found->is_array() ? *found : empty;
}

} // namespace ocop::hq::payload
