// The parts of the SQLite glue that register.cpp puts together. Each registers its share on one
// connection, stops at the first failure and describes it in `error`.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "connection_state.hpp"
#include "sqlite_api.hpp"

namespace llmcost::sqlite {

// The flags of every function: pure ones can be used in indexes, generated columns and views
// (DETERMINISTIC | INNOCUOUS); those that read the catalog may change when a catalog is loaded.
inline constexpr int kPureFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
inline constexpr int kCatalogFlags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
// Functions that touch files (loading a catalog) can never be called from a schema.
inline constexpr int kFileFlags = SQLITE_UTF8 | SQLITE_DIRECTONLY;

// One row of the registration table: a function at one arity (-1: any other count, which answers
// the card's "arguments count" error).
struct SqlFunction {
  const FunctionSpec* spec;
  int arity;
  int flags;
};

// The registration table, derived from llmcost::functions(): every scalar function at each arity
// from `required` to max_args(), then at -1. Table-valued functions are not in it (see
// register_table_functions).
std::vector<SqlFunction> sql_function_table();

// Registers sql_function_table() with one Binding per row sharing `state`.
int register_scalar_functions(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                              std::string& error);
// Registers each table-valued function (cost_schedule) as an eponymous virtual table.
int register_table_functions(sqlite3* db, std::string& error);
// Registers the SQL-only catalog functions (catalog_sql.cpp).
int register_catalog_sql(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                         std::string& error);

// Why a host SQLite of that version cannot run llmcost, or "" when it can.
std::string host_version_problem(int version_number, std::string_view version_text);

}  // namespace llmcost::sqlite
