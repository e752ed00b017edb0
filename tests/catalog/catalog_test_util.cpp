#include "catalog_test_util.hpp"

#include <catch2/catch.hpp>
#include <sstream>

namespace cattest {

std::string data_path(std::string_view file) {
  return std::string(LLMCOST_TEST_DATA_DIR) + "/" + std::string(file);
}

std::shared_ptr<const llmcost::Catalog> load(std::string_view file) {
  llmcost::LoadResult r = llmcost::load_catalog_file(data_path(file));
  INFO(r.error);
  REQUIRE(r.ok());
  return r.catalog;
}

std::shared_ptr<const llmcost::Catalog> from_csv(std::string_view csv) {
  llmcost::LoadResult r = llmcost::parse_catalog(csv, "test catalog");
  INFO(r.error);
  REQUIRE(r.ok());
  return r.catalog;
}

llmcost::Outcome run(const llmcost::Catalog* catalog, std::string_view function,
                     std::initializer_list<llmcost::Value> args) {
  const llmcost::FunctionSpec* spec = llmcost::find_function(function);
  REQUIRE(spec != nullptr);
  return llmcost::evaluate(*spec, std::span<const llmcost::Value>(args.begin(), args.size()),
                           catalog);
}

std::string describe(const llmcost::Outcome& o) {
  std::ostringstream s;
  s.precision(17);
  if (o.is_number() && o.is_text) s << "text " << o.text;
  if (o.is_number() && !o.is_text) s << "number " << o.value;
  if (o.is_none()) s << "none";
  if (o.is_invalid()) s << "invalid:" << o.argument << " (" << o.reason << ", got " << o.got << ")";
  return s.str();
}

}  // namespace cattest
