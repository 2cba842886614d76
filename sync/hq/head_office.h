#pragma once

// Head office: the chain's stores, terminals and their tokens, the catalogue
// it owns, every terminal's journal as received, and what is read from them
// (sales, stock, certifications, settlement). One class over one storage
// interface (sync/hq/database.h) with two backends, SQLite and PostgreSQL:
// every rule is written once, here.

#include "common/error.h"
#include "sync/hq/settlement.h"
#include "sync/hq/transfer_report.h"
#include "sync/protocol/messages.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq {

class Database;

// Where head office keeps its data: `--db FILE` or `--pg URL`.
struct StorageLocation {
    enum class Kind { sqlite, postgres };
    Kind kind = Kind::sqlite;
    std::string target; // the file, or the libpq connection URL
};

// Who a bearer token belongs to.
struct Principal {
    enum class Role { terminal, office };
    Role role = Role::terminal;
    std::string terminal; // terminal tokens only
    std::string store;    // terminal tokens only
};

// `ocop-hq export sales` and GET /v1/office/sales. Dates are local
// (YYYY-MM-DD, inclusive); every filter is optional.
struct SalesFilter {
    std::optional<std::string> from, to, store, terminal, sku, producer, category;
    std::optional<int> stars; // sales with at least one line of this OCOP rating
};

// One record per sale or refund, with the id the terminal gave it (the same
// id `ocop sales list --json` prints at the till).
struct SaleRow {
    std::string id, kind, store, terminal, receipt_no, created_at;
    std::int64_t seq = 0, number = 0;
    std::int64_t total = 0, vat_total = 0; // đồng; negative for a refund
    std::int64_t lines = 0;
};

// A store's stock as head office knows it: the sum of the movements in the
// events it holds, and when the store's terminals last reached it.
struct StockRow {
    std::string store, sku, name;
    std::int64_t quantity_milli = 0;
    std::optional<std::string> last_sync_at; // the store's most recent push
};

struct CertificationRow {
    std::string key, sku, product_name, producer, decision_no, level, valid_from, valid_to;
    int stars = 0;
    std::string status; // active, suspended, revoked, expired (by date)
    // The decision's date (YYYY-MM-DD) for add_certification; valid_from
    // when empty.
    std::string decision_date;
};

// An issuing office's public key (Ed25519, 64 hex digits), which head office
// distributes to the terminals so they can check logo stamps offline.
struct IssuerKeyRow {
    std::string key_id, issuer, level, public_key, valid_from;
    std::optional<std::string> valid_to;
};

// A producer's consignment settlement (Settlement, PaidSettlement,
// SettlementPayment) is declared in sync/hq/settlement.h.

class HeadOffice {
public:
    static Result<HeadOffice> open(const StorageLocation& location);
    HeadOffice(HeadOffice&&) noexcept;
    HeadOffice& operator=(HeadOffice&&) noexcept;
    ~HeadOffice();

    // Creates the schema (idempotent) and, with a sample ("travinh"), fills
    // the catalogue, stores and certifications from db/samples.
    Result<void> init(const std::optional<std::string>& sample, std::string_view now);

    // Administration (`ocop-hq ...`). `now` is an instant as the terminals
    // write them ("2026-11-29T09:00:00+07:00").
    Result<void> add_store(std::string_view code, std::string_view name, std::string_view now);
    Result<std::string> issue_enrolment_code(std::string_view store, std::string_view now);
    Result<std::string> issue_office_token(std::string_view label, std::string_view now);
    Result<std::int64_t> import_catalogue_csv(std::string_view csv_text, std::string_view now);
    Result<void> set_price(std::string_view sku, std::int64_t price, std::string_view now);
    Result<std::string> add_certification(const CertificationRow& certification,
                                          std::string_view now); // returns its key
    Result<void> set_certification_status(std::string_view key, std::string_view status,
                                          std::string_view note, std::string_view now);
    Result<void> issue_stamp_range(std::string_view certification_key, std::int64_t serial_from,
                                   std::int64_t serial_to, std::string_view now);
    // Adds or replaces an issuing office's key (hq.bad_key when malformed).
    Result<void> add_issuer_key(const IssuerKeyRow& key, std::string_view now);
    Result<void> revoke_stamps(std::string_view key_id, std::int64_t serial_from,
                               std::int64_t serial_to, std::string_view reason,
                               std::string_view now);

    // The protocol (docs/sync.md). Refusals carry their HTTP status.
    std::expected<sync::EnrolResponse, sync::ProtocolError> enrol(const sync::EnrolRequest& request,
                                                                  std::string_view now);
    // nullopt for a token nobody holds (or one revoked).
    Result<std::optional<Principal>> authenticate(std::string_view token);
    std::expected<sync::PushResponse, sync::ProtocolError>
    receive_events(const Principal& who, const sync::PushRequest& request, std::string_view now);
    std::expected<sync::ChangesPage, sync::ProtocolError>
    changes_since(const Principal& who, std::string_view cursor, std::size_t limit);

    // What head office reads.
    Result<std::vector<SaleRow>> sales(const SalesFilter& filter);
    Result<std::vector<StockRow>> stock(const std::optional<std::string>& store);
    Result<std::vector<CertificationRow>> certifications_due(std::string_view today,
                                                             int within_days);
    // The settlement of [from, to]: the frozen snapshot when exactly that
    // period was marked paid, else worked out now (sync/hq/settlement.h).
    Result<Settlement> settlement(std::string_view producer, std::string_view from,
                                  std::string_view to);
    // Marks it paid (payment.paid_at = now) and freezes it; hq.settlement_overlaps
    // when a paid period of the producer overlaps it.
    Result<Settlement> pay_settlement(std::string_view producer, std::string_view from,
                                      std::string_view to, SettlementPayment payment,
                                      std::string_view now);
    Result<std::vector<PaidSettlement>>
    paid_settlements(const std::optional<std::string>& producer);
    // Transfers between stores, both ends (sync/hq/transfer_report.h); `now`
    // ("2026-11-29T09:00:00+07:00") is what "in transit too long" is
    // measured against.
    Result<std::vector<TransferRow>> transfers(const TransferFilter& filter, std::string_view now);
    // The highest seq held without a gap, per terminal (for tests and ops).
    Result<std::int64_t> held_seq(std::string_view terminal);

private:
    explicit HeadOffice(std::unique_ptr<Database> database);
    std::unique_ptr<Database> database_;
};

} // namespace ocop::hq
