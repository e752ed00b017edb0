// Helpers of the catalog tests: the test data folder, catalogs from files or CSV text, and calls of
// the core's functions with a given catalog (nullptr: the process catalog).
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include "llmcost/catalog.hpp"
#include "llmcost/registry.hpp"

namespace cattest {

std::string data_path(std::string_view file);
// The catalog in tests/data/<file>; the test fails if it does not load.
std::shared_ptr<const llmcost::Catalog> load(std::string_view file);
// A catalog from CSV text; the test fails if it does not load.
std::shared_ptr<const llmcost::Catalog> from_csv(std::string_view csv);
// evaluate(function, args, catalog); the function must exist.
llmcost::Outcome run(const llmcost::Catalog* catalog, std::string_view function,
                     std::initializer_list<llmcost::Value> args);
// "number 0.005615", "none", "invalid:model (...)", "text ..." for messages.
std::string describe(const llmcost::Outcome& o);
// True when s is valid UTF-8 (no overlong forms, surrogates or code points above U+10FFFF) and
// has no ASCII control characters: text any host (Python's sqlite3 too) can show.
bool valid_utf8(std::string_view s);

}  // namespace cattest
