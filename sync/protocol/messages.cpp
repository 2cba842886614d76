#include "sync/protocol/messages.h"

#include <set>

namespace ocop::sync {

namespace {

using nlohmann::json;

std::unexpected<Error> bad_message(const std::string& what) {
    return fail("sync.bad_message", "malformed message: " + what,
                "Dữ liệu đồng bộ không đúng định dạng.");
}

// Reads the fields of one JSON object, refusing a missing or mistyped field,
// and at the end any field it was not asked for: a message that carries
// something this version does not understand is refused, not half-read.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string where)
        : object_(object), where_(std::move(where)) {}

    Result<std::string> text(const char* name) {
        const json* value = field(name);
        if (value == nullptr || !value->is_string())
            return bad_message(where_ + "." + name + " must be a string");
        return value->get<std::string>();
    }

    Result<std::int64_t> integer(const char* name) {
        const json* value = field(name);
        if (value == nullptr || !value->is_number_integer())
            return bad_message(where_ + "." + name + " must be an integer");
        return value->get<std::int64_t>();
    }

    Result<bool> boolean(const char* name) {
        const json* value = field(name);
        if (value == nullptr || !value->is_boolean())
            return bad_message(where_ + "." + name + " must be true or false");
        return value->get<bool>();
    }

    Result<const json*> array(const char* name) {
        const json* value = field(name);
        if (value == nullptr || !value->is_array())
            return bad_message(where_ + "." + name + " must be an array");
        return value;
    }

    Result<const json*> object(const char* name) {
        const json* value = field(name);
        if (value == nullptr || !value->is_object())
            return bad_message(where_ + "." + name + " must be an object");
        return value;
    }

    bool has(const char* name) const { return object_.contains(name); }

    // Every field of the object was read.
    Result<void> finish() const {
        for (const auto& item : object_.items()) {
            if (!read_.contains(item.key()))
                return bad_message(where_ + " has an unknown field \"" + item.key() + "\"");
        }
        return {};
    }

private:
    const json* field(const char* name) {
        read_.insert(name);
        const auto found = object_.find(name);
        return found == object_.end() ? nullptr : &*found;
    }

    const json& object_;
    std::string where_;
    std::set<std::string> read_;
};

// The body as a JSON object of this protocol's version.
Result<json> parse_body(std::string_view body) {
    json parsed = json::parse(body, nullptr, false);
    if (parsed.is_discarded())
        return bad_message("the body is not JSON");
    if (!parsed.is_object())
        return bad_message("the body must be a JSON object");
    const auto version = parsed.find("protocol");
    if (version == parsed.end() || !version->is_number_integer())
        return bad_message("the body has no protocol version");
    if (version->get<std::int64_t>() != kProtocolVersion) {
        return fail("sync.protocol_version",
                    "protocol version " + version->dump() + " is not " +
                        std::to_string(kProtocolVersion),
                    "Phiên bản giao thức đồng bộ không khớp; hãy cập nhật phần mềm.");
    }
    return parsed;
}

json with_version(json body) {
    body["protocol"] = kProtocolVersion;
    return body;
}

Result<db::OutboxEvent> read_event(const json& value, std::size_t index) {
    if (!value.is_object())
        return bad_message("events[" + std::to_string(index) + "] must be an object");
    ObjectReader reader(value, "events[" + std::to_string(index) + "]");
    db::OutboxEvent event;
    auto seq = reader.integer("seq");
    auto type = reader.text("type");
    auto created_at = reader.text("created_at");
    auto payload = reader.text("payload");
    auto prev_hash = reader.text("prev_hash");
    auto hash = reader.text("hash");
    for (const auto* field : {&type, &created_at, &payload, &prev_hash, &hash}) {
        if (!*field)
            return fail(field->error());
    }
    if (!seq)
        return fail(seq.error());
    if (*seq < 1)
        return bad_message("events[" + std::to_string(index) + "].seq must be at least 1");
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    return db::OutboxEvent{*seq, *type, *created_at, *payload, *prev_hash, *hash};
}

} // namespace

json to_json(const EnrolRequest& request) {
    return with_version({{"code", request.code},
                         {"terminal", request.terminal},
                         {"terminal_name", request.terminal_name},
                         {"store", request.store}});
}

json to_json(const EnrolResponse& response) {
    return with_version(
        {{"token", response.token}, {"terminal", response.terminal}, {"store", response.store}});
}

json to_json(const PushRequest& request) {
    json events = json::array();
    for (const auto& event : request.events) {
        events.push_back({{"seq", event.seq},
                          {"type", event.type},
                          {"created_at", event.created_at},
                          {"payload", event.payload},
                          {"prev_hash", event.prev_hash},
                          {"hash", event.hash}});
    }
    return with_version({{"terminal", request.terminal}, {"events", std::move(events)}});
}

json to_json(const PushResponse& response) {
    return with_version({{"acked_seq", response.acked_seq},
                         {"stored", response.stored},
                         {"duplicates", response.duplicates}});
}

json to_json(const Change& change) {
    return {
        {"id", change.id}, {"entity", change.entity}, {"key", change.key}, {"body", change.body}};
}

json to_json(const ChangesPage& page) {
    json changes = json::array();
    for (const auto& change : page.changes)
        changes.push_back(to_json(change));
    return with_version({{"cursor", page.cursor}, {"more", page.more}, {"changes", changes}});
}

json to_json(const ProtocolError& error) {
    json body = with_version(
        {{"error",
          {{"code", error.code}, {"message", error.message}, {"message_vi", error.message_vi}}}});
    if (error.acked_seq)
        body["acked_seq"] = *error.acked_seq;
    return body;
}

Result<EnrolRequest> parse_enrol_request(std::string_view body) {
    auto parsed = parse_body(body);
    if (!parsed)
        return fail(parsed.error());
    ObjectReader reader(*parsed, "enroll");
    (void)reader.integer("protocol");
    auto code = reader.text("code");
    auto terminal = reader.text("terminal");
    auto terminal_name = reader.text("terminal_name");
    auto store = reader.text("store");
    for (const auto* field : {&code, &terminal, &terminal_name, &store}) {
        if (!*field)
            return fail(field->error());
    }
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    return EnrolRequest{*code, *terminal, *terminal_name, *store};
}

Result<EnrolResponse> parse_enrol_response(std::string_view body) {
    auto parsed = parse_body(body);
    if (!parsed)
        return fail(parsed.error());
    ObjectReader reader(*parsed, "enroll answer");
    (void)reader.integer("protocol");
    auto token = reader.text("token");
    auto terminal = reader.text("terminal");
    auto store = reader.text("store");
    for (const auto* field : {&token, &terminal, &store}) {
        if (!*field)
            return fail(field->error());
    }
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    return EnrolResponse{*token, *terminal, *store};
}

Result<PushRequest> parse_push_request(std::string_view body) {
    auto parsed = parse_body(body);
    if (!parsed)
        return fail(parsed.error());
    ObjectReader reader(*parsed, "push");
    (void)reader.integer("protocol");
    auto terminal = reader.text("terminal");
    if (!terminal)
        return fail(terminal.error());
    auto events = reader.array("events");
    if (!events)
        return fail(events.error());
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    if ((*events)->size() > kMaxBatchEvents) {
        return fail("sync.batch_too_long",
                    "a push carries at most " + std::to_string(kMaxBatchEvents) + " events",
                    "Lô dữ liệu gửi lên quá dài.");
    }
    PushRequest request{*terminal, {}};
    request.events.reserve((*events)->size());
    for (std::size_t i = 0; i < (*events)->size(); ++i) {
        auto event = read_event((**events)[i], i);
        if (!event)
            return fail(event.error());
        if (!request.events.empty() && event->seq != request.events.back().seq + 1)
            return bad_message("events must be consecutive, in sequence order");
        request.events.push_back(std::move(*event));
    }
    return request;
}

Result<PushResponse> parse_push_response(std::string_view body) {
    auto parsed = parse_body(body);
    if (!parsed)
        return fail(parsed.error());
    ObjectReader reader(*parsed, "push answer");
    (void)reader.integer("protocol");
    auto acked = reader.integer("acked_seq");
    auto stored = reader.integer("stored");
    auto duplicates = reader.integer("duplicates");
    for (const auto* field : {&acked, &stored, &duplicates}) {
        if (!*field)
            return fail(field->error());
    }
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    return PushResponse{*acked, *stored, *duplicates};
}

Result<ChangesPage> parse_changes_page(std::string_view body) {
    auto parsed = parse_body(body);
    if (!parsed)
        return fail(parsed.error());
    ObjectReader reader(*parsed, "changes");
    (void)reader.integer("protocol");
    auto cursor = reader.text("cursor");
    auto more = reader.boolean("more");
    auto changes = reader.array("changes");
    if (!cursor)
        return fail(cursor.error());
    if (!more)
        return fail(more.error());
    if (!changes)
        return fail(changes.error());
    if (auto finished = reader.finish(); !finished)
        return fail(finished.error());
    ChangesPage page{{}, *cursor, *more};
    for (std::size_t i = 0; i < (*changes)->size(); ++i) {
        const json& value = (**changes)[i];
        if (!value.is_object())
            return bad_message("changes[" + std::to_string(i) + "] must be an object");
        ObjectReader change(value, "changes[" + std::to_string(i) + "]");
        auto id = change.integer("id");
        auto entity = change.text("entity");
        auto key = change.text("key");
        auto change_body = change.object("body");
        if (!id)
            return fail(id.error());
        if (!entity)
            return fail(entity.error());
        if (!key)
            return fail(key.error());
        if (!change_body)
            return fail(change_body.error());
        if (auto finished = change.finish(); !finished)
            return fail(finished.error());
        page.changes.push_back(Change{*id, *entity, *key, **change_body});
    }
    return page;
}

Result<ProtocolError> parse_protocol_error(std::string_view body, int status) {
    ProtocolError error{
        status, "sync.http_status", "head office answered HTTP " + std::to_string(status),
        "Máy chủ văn phòng trả lời lỗi HTTP " + std::to_string(status) + ".", std::nullopt};
    const json parsed = json::parse(body, nullptr, false);
    // A proxy's HTML error page is still an answer: keep the status.
    if (!parsed.is_object() || !parsed.contains("error") || !parsed["error"].is_object())
        return error;
    const json& detail = parsed["error"];
    if (detail.contains("code") && detail["code"].is_string())
        error.code = detail["code"].get<std::string>();
    if (detail.contains("message") && detail["message"].is_string())
        error.message = detail["message"].get<std::string>();
    if (detail.contains("message_vi") && detail["message_vi"].is_string())
        error.message_vi = detail["message_vi"].get<std::string>();
    if (parsed.contains("acked_seq") && parsed["acked_seq"].is_number_integer())
        error.acked_seq = parsed["acked_seq"].get<std::int64_t>();
    return error;
}

} // namespace ocop::sync
