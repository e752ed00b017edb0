// The SQL-only catalog functions of card section 7 (prices_sql.cpp), registered on one connection:
//
//   SELECT llmcost_load_catalog('/path/litellm_model_prices.json');  -- models loaded, or an error
//   SELECT provider, model, input, output FROM llm_prices WHERE model LIKE 'claude%';
#pragma once

#include <memory>
#include <string>

#include "glue.hpp"

namespace llmcost::sqlite {

int register_prices_sql(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                        std::string& error);

}  // namespace llmcost::sqlite
