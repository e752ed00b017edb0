// Loading catalogs: format by content, files, the embedded default, the process-wide catalog.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "catalog_import.hpp"
#include "default_catalog_data.hpp"
#include "llmcost/catalog.hpp"

namespace llmcost {

LoadResult parse_catalog(std::string_view text, std::string source) {
  try {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") first = text.find_first_not_of(" \t\r\n", 3);  // BOM
    if (first == std::string_view::npos) return LoadResult{nullptr, source + ": the file is empty"};
    if (text[first] == '{') return import::litellm(text, std::move(source));
    if (text[first] == '[') return import::genai_prices(text, std::move(source));
    return import::csv(text.substr(first), std::move(source));
  } catch (const std::exception& e) {  // bad_alloc and the like: an error, never an escape
    return LoadResult{nullptr, source + ": " + e.what()};
  }
}

LoadResult load_catalog_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return LoadResult{nullptr, path + ": cannot be read (" + std::strerror(errno) + ")"};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return LoadResult{nullptr, path + ": read error"};
  return parse_catalog(text.str(), path);
}

std::shared_ptr<const Catalog> default_catalog() {
  static const std::shared_ptr<const Catalog> catalog = [] {
    LoadResult r = parse_catalog(default_catalog_csv(), "llmcost default catalog");
    return r.ok() ? r.catalog : Catalog::failed("llmcost default catalog", r.error);
  }();
  return catalog;
}

std::shared_ptr<const Catalog> process_catalog() {
  static const std::shared_ptr<const Catalog> catalog = []() -> std::shared_ptr<const Catalog> {
    const char* path = std::getenv("LLMCOST_CATALOG");
    if (path == nullptr || *path == '\0') return default_catalog();
    LoadResult r = load_catalog_file(path);
    return r.ok() ? r.catalog : Catalog::failed(path, "LLMCOST_CATALOG: " + r.error);
  }();
  return catalog;
}

}  // namespace llmcost
