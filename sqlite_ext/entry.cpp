// The loadable extension's entry point. SQLite derives its name from the file name (llmcost.so ->
// sqlite3_llmcost_init); `.load build/sqlite_ext/llmcost` in the shell, conn.load_extension() in
// Python.
#include "llmcost_sqlite.h"
#include "sqlite_api.hpp"

SQLITE_EXTENSION_INIT1

extern "C" __attribute__((visibility("default"))) int sqlite3_llmcost_init(
    sqlite3* db, char** error_message, const sqlite3_api_routines* api) {
  SQLITE_EXTENSION_INIT2(api);
  return llmcost_register_v2(db, error_message);
}
