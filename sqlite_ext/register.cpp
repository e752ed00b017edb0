// llmcost_register: checks the host SQLite, then registers everything on one connection in a fixed
// order (scalar functions, llmcost_version among them; table functions; catalog SQL), stopping at
// the first failure and reporting it.
#include <new>
#include <string>

#include "glue.hpp"
#include "llmcost/registry.hpp"
#include "llmcost_sqlite.h"

namespace llmcost::sqlite {
namespace {

// SQLITE_INNOCUOUS and SQLITE_VTAB_INNOCUOUS arrived in 3.31.0.
constexpr int kMinVersion = 3031000;

int register_all(sqlite3* db, std::string& error) {
  const std::string problem =
      host_version_problem(sqlite3_libversion_number(), sqlite3_libversion());
  if (!problem.empty()) {
    error = problem;
    return SQLITE_ERROR;
  }
  const auto state = std::make_shared<ConnectionState>();
  int rc = register_scalar_functions(db, state, error);
  if (rc == SQLITE_OK) rc = register_table_functions(db, error);
  if (rc == SQLITE_OK) rc = register_catalog_sql(db, state, error);
  return rc;
}

}  // namespace

std::string host_version_problem(int version_number, std::string_view version_text) {
  if (version_number >= kMinVersion) return "";
  return "llmcost: needs SQLite 3.31.0 or newer (for SQLITE_INNOCUOUS); this host runs SQLite " +
         std::string(version_text);
}

}  // namespace llmcost::sqlite

extern "C" int llmcost_register_v2(sqlite3* db, char** error_message) {
  std::string error;
  int rc = SQLITE_ERROR;
  try {
    rc = llmcost::sqlite::register_all(db, error);
  } catch (const std::bad_alloc&) {
    rc = SQLITE_NOMEM;
    error = "llmcost: out of memory while registering";
  } catch (const std::exception& e) {
    error = std::string("llmcost: registration failed: ") + e.what();
  }
  if (rc != SQLITE_OK && error_message != nullptr)
    *error_message = sqlite3_mprintf("%s", error.c_str());
  return rc;
}

extern "C" int llmcost_register(sqlite3* db) { return llmcost_register_v2(db, nullptr); }
