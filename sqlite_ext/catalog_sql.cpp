// The SQL-only catalog functions of card section 7 belong here: `llmcost_load_catalog(path)`
// (register it with kFileFlags: SQLITE_DIRECTONLY, so no schema can load a file) and the
// `llm_prices` table-valued function. They change or read `state->catalog`, the connection's own
// catalog, which every catalog-reading scalar function passes to llmcost::evaluate.
//
// Catalog-reading scalar functions (model_rate, usage_cost, ...) need nothing here: a row in the
// core table with `compute_priced` is registered by scalar_functions.cpp, without DETERMINISTIC.
#include "glue.hpp"
#include "prices_sql.hpp"

namespace llmcost::sqlite {

int register_catalog_sql(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                         std::string& error) {
  return register_prices_sql(db, state, error);  // prices_sql.cpp
}

}  // namespace llmcost::sqlite
