// cost_schedule as an eponymous table-valued function (the pattern of SQLite's series.c):
//
//   SELECT * FROM cost_schedule(24, 0, 1200, 6000, 0);
//   SELECT difference FROM cost_schedule(24, 0, 1200, 6000, 0, 0.01) WHERE month = 12;
//
// Rules:
//   1. Output columns month, cumulative_a, cumulative_b, difference: one row a month, 1..months.
//   2. The arguments are hidden columns named as in the card (months, one_time_a, ...), given in
//      order as table arguments or as `=` constraints; a hidden column reads back its argument.
//   3. A missing required argument is an error naming it; then a NULL argument gives no rows;
//      other values are read and checked as for scalar functions, with the card's error text.
//   4. The rows come from llmcost::cost_schedule(); nothing is computed here.
#include <array>
#include <new>
#include <string>

#include "glue.hpp"
#include "llmcost/outcome.hpp"
#include "llmcost/registry.hpp"
#include "llmcost/schedule.hpp"
#include "read_argument.hpp"
#include "vtab_lifecycle.hpp"

namespace llmcost::sqlite {
namespace {

constexpr const char* kName = "cost_schedule";
constexpr int kOutputColumns = 4;  // month, cumulative_a, cumulative_b, difference
constexpr int kMaxArgs = 16;       // arguments are hidden columns kOutputColumns + i

struct Table : sqlite3_vtab {
  const FunctionSpec* spec = nullptr;
};

struct Cursor : sqlite3_vtab_cursor {
  Schedule schedule;
  std::size_t row = 0;
  std::array<Value, kMaxArgs> args;  // as given (missing when not given), for the hidden columns
};

const FunctionSpec& spec_of(sqlite3_vtab* vtab) { return *static_cast<Table*>(vtab)->spec; }

void set_error(sqlite3_vtab* vtab, const std::string& message) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%s", message.c_str());
}

// "CREATE TABLE x(month, cumulative_a, cumulative_b, difference, months HIDDEN, ...)"
std::string declaration(const FunctionSpec& spec) {
  std::string sql = "CREATE TABLE x(month, cumulative_a, cumulative_b, difference";
  for (const ArgSpec& a : spec.args) sql.append(", ").append(a.name).append(" HIDDEN");
  return sql + ")";
}

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out,
            char** error) noexcept {
  try {
    const auto* spec = static_cast<const FunctionSpec*>(aux);
    int rc = sqlite3_declare_vtab(db, declaration(*spec).c_str());
    if (rc == SQLITE_OK) rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    if (rc != SQLITE_OK) {
      *error = sqlite3_mprintf("%s: %s", kName, sqlite3_errmsg(db));
      return rc;
    }
    auto* table = new Table{};
    table->spec = spec;
    *out = table;
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

// Uses the first usable `=` constraint on each hidden column as that argument (idxNum: a bit per
// argument given). A constraint the planner cannot use yet makes this plan impossible, so that
// SQLite picks an order of joins in which it can.
int best_index(sqlite3_vtab* vtab, sqlite3_index_info* info) noexcept {
  const int n_args = spec_of(vtab).max_args();
  std::array<int, kMaxArgs> constraint;
  constraint.fill(-1);
  unsigned unusable = 0;
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    const int arg = c.iColumn - kOutputColumns;
    if (arg < 0 || arg >= n_args || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c.usable)
      unusable |= 1u << arg;
    else if (constraint[arg] < 0)
      constraint[arg] = i;
  }
  unsigned given = 0;
  int next = 1;
  for (int arg = 0; arg < n_args; ++arg) {
    if (constraint[arg] < 0) continue;
    given |= 1u << arg;
    info->aConstraintUsage[constraint[arg]].argvIndex = next++;
    info->aConstraintUsage[constraint[arg]].omit = 1;
  }
  if (unusable & ~given) return SQLITE_CONSTRAINT;
  info->idxNum = static_cast<int>(given);
  info->estimatedCost = 10.0;
  info->estimatedRows = 24;
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0 && !info->aOrderBy[0].desc)
    info->orderByConsumed = 1;  // rows come out by month
  return SQLITE_OK;
}

// Reads the given arguments into the cursor; false (with the vtab's error set) on invalid input.
// `null` tells whether one of them was NULL.
bool read_args(Cursor& cur, const FunctionSpec& spec, unsigned given, sqlite3_value** argv,
               bool& null) {
  int next = 0;
  for (int arg = 0; arg < spec.max_args(); ++arg) {
    cur.args[arg] = Value();
    if (!(given & (1u << arg))) continue;
    switch (read_argument(argv[next++], spec.args[arg].domain, &cur.args[arg])) {
      case Read::value:
        break;
      case Read::null:
        null = true;
        break;
      case Read::blob:
        set_error(cur.pVtab, error_message(kName, blob_outcome(spec.args[arg])));
        return false;
      case Read::no_memory:
        throw std::bad_alloc();
    }
  }
  return true;
}

int filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int,
           sqlite3_value** argv) noexcept {
  auto& cur = *static_cast<Cursor*>(base);
  try {
    const FunctionSpec& spec = spec_of(cur.pVtab);
    const auto given = static_cast<unsigned>(idx_num);
    cur.schedule = Schedule{};
    cur.row = 0;
    for (int arg = 0; arg < spec.required; ++arg) {
      if (given & (1u << arg)) continue;
      set_error(cur.pVtab, error_message(kName, Outcome::invalid(std::string(spec.args[arg].name),
                                                                 "is required", "nothing")));
      return SQLITE_ERROR;
    }
    bool null = false;
    if (!read_args(cur, spec, given, argv, null)) return SQLITE_ERROR;
    if (null) return SQLITE_OK;  // no rows
    cur.schedule = cost_schedule(std::span<const Value>(cur.args.data(), spec.max_args()));
    if (cur.schedule.outcome.is_invalid()) {
      set_error(cur.pVtab, error_message(kName, cur.schedule.outcome));
      return SQLITE_ERROR;
    }
    return SQLITE_OK;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (const std::exception& e) {
    set_error(cur.pVtab, std::string(kName) + ": internal error (" + e.what() + ")");
    return SQLITE_ERROR;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

int next(sqlite3_vtab_cursor* base) noexcept {
  ++static_cast<Cursor*>(base)->row;
  return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base) noexcept {
  const auto& cur = *static_cast<Cursor*>(base);
  return cur.row >= cur.schedule.rows.size();
}

int column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int i) noexcept {
  const auto& cur = *static_cast<Cursor*>(base);
  if (i >= kOutputColumns) {
    const Value& arg = cur.args[static_cast<std::size_t>(i - kOutputColumns)];
    if (arg.is_number())
      sqlite3_result_double(ctx, arg.number);
    else
      sqlite3_result_null(ctx);  // not given (text never gets this far: it is invalid)
    return SQLITE_OK;
  }
  const ScheduleRow& row = cur.schedule.rows[cur.row];
  const double cells[kOutputColumns] = {row.month, row.cumulative_a, row.cumulative_b,
                                        row.difference};
  sqlite3_result_double(ctx, cells[i]);
  return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out) noexcept {
  *out = static_cast<sqlite3_int64>(static_cast<Cursor*>(base)->row + 1);
  return SQLITE_OK;
}

// The eponymous `cost_schedule` table.
const sqlite3_module kModule =
    eponymous_module<Table, Cursor>(connect, best_index, filter, next, eof, column, rowid);

}  // namespace

int register_table_functions(sqlite3* db, std::string& error) {
  for (const FunctionSpec& spec : functions()) {
    if (spec.result != ResultKind::table) continue;
    if (spec.name != kName || spec.max_args() > kMaxArgs) {
      error = "llmcost: no SQL form for the table function " + std::string(spec.name);
      return SQLITE_ERROR;
    }
    const int rc =
        sqlite3_create_module_v2(db, kName, &kModule, const_cast<FunctionSpec*>(&spec), nullptr);
    if (rc != SQLITE_OK) {
      error = std::string("llmcost: cannot register ") + kName + ": " + sqlite3_errmsg(db);
      return rc;
    }
  }
  return SQLITE_OK;
}

}  // namespace llmcost::sqlite
