// libFuzzer target: random argument lists for every function registered by llmcost_register.
// Run by bench/fuzz_sqlite (not in CI). An input is decoded as
//   [function] [argument count: 0 .. max_args + 1] then per argument [tag] [payload]:
//   NULL, a 64-bit integer, a raw double (NaN, infinities, subnormals), text or a blob (a length
//   byte and bytes, UTF-8 or not), or one of a few boundary numbers.
// Every answer must be defined (card section 1): a finite number >= 0 (never -0), text from a text
// function, NULL, or an error starting "<function>: " (SQLite's own "too many arguments on
// cost_schedule()" included); cost_schedule rows are finite with months 1..1200. Anything else
// aborts, which libFuzzer reports with the input.
#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "llmcost/registry.hpp"
#include "llmcost_sqlite.h"

namespace {

struct Input {
  const std::uint8_t* data;
  std::size_t size;
  std::uint8_t byte() {
    if (size == 0) return 0;
    --size;
    return *data++;
  }
  template <class T>
  T raw() {
    T out{};
    std::uint8_t bytes[sizeof(T)] = {};
    for (auto& b : bytes) b = byte();
    std::memcpy(&out, bytes, sizeof(T));
    return out;
  }
  std::string chunk() {
    std::string out;
    for (std::size_t n = byte(); n > 0 && size > 0; --n) out += static_cast<char>(byte());
    return out;
  }
};

constexpr double kBoundaries[] = {0.0,    -0.0,          1.0,      -1.0,      0.5,
                                  1e308,  -1e308,        INFINITY, -INFINITY, 1200.0,
                                  1201.0, 24.5,          5e-324,   1e-300,    9007199254740993.0,
                                  2.0,    0.999999999999};

[[noreturn]] void fail(const std::string& what, const std::string& sql) {
  std::fprintf(stderr, "llmcost fuzz: %s\n  in: %s\n", what.c_str(), sql.c_str());
  std::abort();
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

class Harness {
 public:
  Harness() {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK || llmcost_register(db_) != SQLITE_OK)
      fail("cannot open or register", "");
  }

  void run(Input in) {
    const auto fns = llmcost::functions();
    const llmcost::FunctionSpec& spec = fns[in.byte() % fns.size()];
    const int argc = in.byte() % (spec.max_args() + 2);
    sqlite3_stmt* stmt = statement(spec, argc);
    if (stmt == nullptr) return;  // SQLite refused the count itself
    const std::string sql = sqlite3_sql(stmt);
    for (int i = 1; i <= argc; ++i) bind(stmt, i, in);
    const std::string name(spec.name);
    const bool table = spec.result == llmcost::ResultKind::table;
    int rc;
    int rows = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      ++rows;
      if (table)
        check_schedule_row(stmt, sql);
      else
        check_scalar(spec, stmt, sql);
    }
    if (rc != SQLITE_DONE) {
      const std::string error = sqlite3_errmsg(db_);
      if (!starts_with(error, name + ": ") && !starts_with(error, "too many arguments on " + name))
        fail("undefined error \"" + error + "\"", sql);
    } else if (!table && rows != 1) {
      fail("a scalar call gave " + std::to_string(rows) + " rows", sql);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }

 private:
  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*> statements_;

  sqlite3_stmt* statement(const llmcost::FunctionSpec& spec, int argc) {
    std::string call = std::string(spec.name) + "(";
    for (int i = 0; i < argc; ++i) call += i ? ", ?" : "?";
    call += ")";
    const std::string sql =
        spec.result == llmcost::ResultKind::table ? "SELECT * FROM " + call : "SELECT " + call;
    sqlite3_stmt*& stmt = statements_[sql];
    if (stmt == nullptr && sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      // Only SQLite's own count limit for a table function may refuse to prepare.
      const std::string error = sqlite3_errmsg(db_);
      if (!starts_with(error, "too many arguments on ")) fail("prepare: " + error, sql);
      statements_.erase(sql);
      return nullptr;
    }
    return stmt;
  }

  void bind(sqlite3_stmt* stmt, int i, Input& in) {
    if (i > sqlite3_bind_parameter_count(stmt)) return;
    switch (in.byte() % 6) {
      case 0:
        sqlite3_bind_null(stmt, i);
        break;
      case 1:
        sqlite3_bind_int64(stmt, i, in.raw<std::int64_t>());
        break;
      case 2:
        sqlite3_bind_double(stmt, i, in.raw<double>());
        break;
      case 3: {
        const std::string text = in.chunk();
        sqlite3_bind_text(stmt, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        break;
      }
      case 4: {
        const std::string blob = in.chunk();
        sqlite3_bind_blob(stmt, i, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        break;
      }
      default:
        sqlite3_bind_double(stmt, i, kBoundaries[in.byte() % std::size(kBoundaries)]);
        break;
    }
  }

  static void check_scalar(const llmcost::FunctionSpec& spec, sqlite3_stmt* stmt,
                           const std::string& sql) {
    switch (sqlite3_column_type(stmt, 0)) {
      case SQLITE_NULL:
        return;
      case SQLITE_FLOAT: {
        const double x = sqlite3_column_double(stmt, 0);
        if (spec.result != llmcost::ResultKind::number) fail("a number from a text function", sql);
        if (!std::isfinite(x) || x < 0 || std::signbit(x))
          fail("number " + std::to_string(x) + " is not finite and >= 0", sql);
        return;
      }
      case SQLITE_TEXT:
        if (spec.result != llmcost::ResultKind::text) fail("text from a number function", sql);
        return;
      default:
        fail("an integer or blob result", sql);
    }
  }

  static void check_schedule_row(sqlite3_stmt* stmt, const std::string& sql) {
    for (int c = 0; c < 4; ++c) {
      if (sqlite3_column_type(stmt, c) != SQLITE_FLOAT) fail("a schedule cell is not REAL", sql);
      if (!std::isfinite(sqlite3_column_double(stmt, c)))
        fail("a schedule cell is not finite", sql);
    }
    const double month = sqlite3_column_double(stmt, 0);
    if (month < 1 || month > 1200) fail("a schedule month outside 1..1200", sql);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Harness harness;
  harness.run(Input{data, size});
  return 0;
}
