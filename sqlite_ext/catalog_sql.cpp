// The SQL-only catalog functions of card section 7 belong here: `llmcost_load_catalog(path)`
// (register it with kFileFlags: SQLITE_DIRECTONLY, so no schema can load a file) and the
// `llm_prices` table-valued function. They change or read `state->catalog`, the connection's own
// catalog, which every catalog-reading scalar function passes to llmcost::evaluate.
//
// Catalog-reading scalar functions (model_rate, usage_cost, ...) need nothing here: a row in the
// core table with `compute_priced` is registered by scalar_functions.cpp, without DETERMINISTIC.
#include "glue.hpp"

namespace llmcost::sqlite {

int register_catalog_sql(sqlite3*, const std::shared_ptr<ConnectionState>&, std::string&) {
  return SQLITE_OK;  // none yet: the prices issue adds them here
}

}  // namespace llmcost::sqlite
