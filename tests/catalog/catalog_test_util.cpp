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

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b(0) < 0x20 || b(0) == 0x7F) return false;
    std::size_t n = b(0) < 0x80   ? 1
                    : b(0) < 0xC2 ? 0
                    : b(0) < 0xE0 ? 2
                    : b(0) < 0xF0 ? 3
                    : b(0) < 0xF5 ? 4
                                  : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((b(k) & 0xC0) != 0x80) return false;
    if (n == 3 && b(0) == 0xE0 && b(1) < 0xA0) return false;  // overlong
    if (n == 3 && b(0) == 0xED && b(1) > 0x9F) return false;  // surrogate
    if (n == 4 && b(0) == 0xF0 && b(1) < 0x90) return false;  // overlong
    if (n == 4 && b(0) == 0xF4 && b(1) > 0x8F) return false;  // above U+10FFFF
    i += n;
  }
  return true;
}

}  // namespace cattest
