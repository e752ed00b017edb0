// llmcost_load_catalog(path) and the llm_prices table (card section 7).
//
// Rules:
//   1. llmcost_load_catalog(path) reads a LiteLLM JSON, genai-prices v2 JSON or llmcost CSV file
//   and
//      makes it this connection's catalog (other connections keep theirs); it returns the number of
//      models loaded. It is SQLITE_DIRECTONLY: no view, trigger or schema can load a file.
//   2. A file that fails to load is an error naming it, and the previous catalog stays in place.
//      NULL gives NULL and changes nothing; a number or a blob is an error.
//   3. llm_prices is an eponymous table of the connection's catalog (the process catalog until a
//      load): one row per provider, model and date, columns provider, model, from_date (NULL: from
//      the beginning), one column per kind of the card (NULL: no such price), source. A catalog
//      that failed to load (LLMCOST_CATALOG) makes it an error, as it does every catalog function.
//   4. A scan reads the catalog it started with, whatever a load does meanwhile.
#include "prices_sql.hpp"

#include <new>
#include <string>

#include "llmcost/catalog.hpp"
#include "llmcost/outcome.hpp"
#include "vtab_lifecycle.hpp"

namespace llmcost::sqlite {
namespace {

constexpr const char* kLoad = "llmcost_load_catalog";
constexpr const char* kTable = "llm_prices";
constexpr int kFixedColumns = 3;  // provider, model, from_date; then the kinds, then source

using StateHolder = std::shared_ptr<ConnectionState>;

std::shared_ptr<const Catalog> catalog_of(const ConnectionState& state) {
  return state.catalog ? state.catalog : process_catalog();
}

// ---- llmcost_load_catalog ----

void load_catalog(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  try {
    auto& state = **static_cast<StateHolder*>(sqlite3_user_data(ctx));
    if (argc != 1) {  // registered for any count, so that a wrong one gets the card's error text
      const std::string message = error_message(
          kLoad, argc == 0
                     ? Outcome::invalid("path", "is required", "nothing")
                     : Outcome::invalid("arguments", "count must be 1", std::to_string(argc)));
      return sqlite3_result_error(ctx, message.data(), static_cast<int>(message.size()));
    }
    sqlite3_value* arg = argv[0];
    if (sqlite3_value_type(arg) == SQLITE_NULL) return sqlite3_result_null(ctx);
    if (sqlite3_value_type(arg) != SQLITE_TEXT) {
      const std::string got = sqlite3_value_type(arg) == SQLITE_BLOB
                                  ? "blob"
                                  : format_number(sqlite3_value_double(arg));
      const std::string message =
          error_message(kLoad, Outcome::invalid("path", "must be text", got));
      return sqlite3_result_error(ctx, message.data(), static_cast<int>(message.size()));
    }
    const std::string path(reinterpret_cast<const char*>(sqlite3_value_text(arg)),
                           static_cast<std::size_t>(sqlite3_value_bytes(arg)));
    LoadResult loaded = load_catalog_file(path);
    if (!loaded.ok()) {
      const std::string message = error_message(
          kLoad, Outcome::invalid("path", "cannot be loaded: " + loaded.error, quote_text(path)));
      return sqlite3_result_error(ctx, message.data(), static_cast<int>(message.size()));
    }
    const auto models = static_cast<sqlite3_int64>(loaded.catalog->models().size());
    state.catalog = std::move(loaded.catalog);
    sqlite3_result_int64(ctx, models);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (...) {
    sqlite3_result_error(ctx, "llmcost_load_catalog: internal error", -1);
  }
}

void delete_holder(void* holder) noexcept { delete static_cast<StateHolder*>(holder); }

// ---- llm_prices ----

struct Table : sqlite3_vtab {
  StateHolder state;
};

struct Cursor : sqlite3_vtab_cursor {
  std::shared_ptr<const Catalog> catalog;  // the snapshot this scan reads
  std::size_t model = 0, row = 0, rowid = 0;
};

void set_error(sqlite3_vtab* vtab, const std::string& message) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%s", message.c_str());
}

std::string declaration() {
  std::string sql = "CREATE TABLE x(provider TEXT, model TEXT, from_date TEXT";
  for (std::size_t k = 0; k < kRateKinds; ++k)
    sql.append(", ").append(kind_name(static_cast<RateKind>(k))).append(" REAL");
  return sql + ", source TEXT)";
}

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out,
            char** error) noexcept {
  try {
    int rc = sqlite3_declare_vtab(db, declaration().c_str());
    if (rc == SQLITE_OK) rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    if (rc != SQLITE_OK) {
      *error = sqlite3_mprintf("%s: %s", kTable, sqlite3_errmsg(db));
      return rc;
    }
    auto* table = new Table{};
    table->state = *static_cast<StateHolder*>(aux);
    *out = table;
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

int best_index(sqlite3_vtab*, sqlite3_index_info* info) noexcept {
  info->estimatedCost = 1000.0;
  info->estimatedRows = 1000;
  return SQLITE_OK;
}

// Moves to the next existing row from (model, row) on.
void settle(Cursor& cur) {
  const auto models = cur.catalog->models();
  while (cur.model < models.size() && cur.row >= models[cur.model].rows.size()) {
    ++cur.model;
    cur.row = 0;
  }
}

int filter(sqlite3_vtab_cursor* base, int, const char*, int, sqlite3_value**) noexcept {
  auto& cur = *static_cast<Cursor*>(base);
  try {
    cur.catalog = catalog_of(*static_cast<Table*>(cur.pVtab)->state);
    cur.model = cur.row = cur.rowid = 0;
    if (!cur.catalog->ok()) {
      set_error(cur.pVtab,
                error_message(kTable,
                              Outcome::invalid("catalog", "failed to load: " + cur.catalog->error(),
                                               quote_text(cur.catalog->source()))));
      return SQLITE_ERROR;
    }
    settle(cur);
    return SQLITE_OK;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

int next(sqlite3_vtab_cursor* base) noexcept {
  auto& cur = *static_cast<Cursor*>(base);
  ++cur.row;
  ++cur.rowid;
  settle(cur);
  return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base) noexcept {
  const auto& cur = *static_cast<Cursor*>(base);
  return !cur.catalog || cur.model >= cur.catalog->models().size();
}

void result_text(sqlite3_context* ctx, const std::string& text) {
  sqlite3_result_text64(ctx, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int i) noexcept {
  try {
    const auto& cur = *static_cast<Cursor*>(base);
    const Model& m = cur.catalog->models()[cur.model];
    const PriceRow& row = m.rows[cur.row];
    const int kind = i - kFixedColumns;
    if (i == 0) {
      result_text(ctx, m.provider);
    } else if (i == 1) {
      result_text(ctx, m.id);
    } else if (i == 2) {
      if (row.from == kBeginning)
        sqlite3_result_null(ctx);
      else
        result_text(ctx, format_day(row.from));
    } else if (kind >= 0 && static_cast<std::size_t>(kind) < kRateKinds) {
      const auto k = static_cast<RateKind>(kind);
      if (row.has(k))
        sqlite3_result_double(ctx, row.rate(k));
      else
        sqlite3_result_null(ctx);
    } else {
      result_text(ctx, row.source);
    }
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out) noexcept {
  *out = static_cast<sqlite3_int64>(static_cast<Cursor*>(base)->rowid + 1);
  return SQLITE_OK;
}

// The eponymous `llm_prices` table.
const sqlite3_module kModule =
    eponymous_module<Table, Cursor>(connect, best_index, filter, next, eof, column, rowid);

}  // namespace

int register_prices_sql(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                        std::string& error) {
  // On failure SQLite itself calls delete_holder.
  int rc = sqlite3_create_function_v2(db, kLoad, -1, kFileFlags, new StateHolder(state),
                                      load_catalog, nullptr, nullptr, delete_holder);
  if (rc != SQLITE_OK) {
    error = std::string("llmcost: cannot register ") + kLoad + ": " + sqlite3_errmsg(db);
    return rc;
  }
  rc = sqlite3_create_module_v2(db, kTable, &kModule, new StateHolder(state), delete_holder);
  if (rc != SQLITE_OK)
    error = std::string("llmcost: cannot register ") + kTable + ": " + sqlite3_errmsg(db);
  return rc;
}

}  // namespace llmcost::sqlite
