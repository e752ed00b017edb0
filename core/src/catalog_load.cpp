// Loading catalogs: format by content, files, the embedded default, the process-wide catalog.
//
// Robustness rules (function card section 7: a bad file is an error, nothing hangs or crashes):
//  - only a regular file of at most kMaxCatalogFileBytes is read, and never more than that many
//    bytes (a file may grow while it is read; /proc files state a size of 0);
//  - a catalog with no model that has a price is an error, so it never replaces a working one;
//  - every error names the path (or the source) and is passed through error_excerpt: valid UTF-8,
//    no control characters, bounded length. Excerpts of the file are capped by the readers.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "catalog_import.hpp"
#include "default_catalog_data.hpp"
#include "llmcost/catalog.hpp"

namespace llmcost {
namespace {

// An error is the source's name (at most a path's length) and a reason of at most this many
// characters, its excerpts of the file already capped.
constexpr std::size_t kMaxReasonChars = 512;
constexpr std::size_t kMaxNameChars = 4096;

std::string bounded_error(const std::string& error, const std::string& name) {
  return error_excerpt(error, kMaxReasonChars + std::min(name.size(), kMaxNameChars));
}

// One UTF-8 sequence at s[i]: its length (1 to 4) and code point, or 0 if the bytes there are not
// UTF-8 (a stray continuation byte, an overlong form, a surrogate, above U+10FFFF, truncated).
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    cp = b0 & 0x0Fu;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07u;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // at most U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const unsigned char b = byte(k);
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return n;
}

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";  // as quote_text writes them
  out += prefix;
  for (int d = digits - 1; d >= 0; --d) out += kHex[(value >> (4 * d)) & 0xFu];
}

// Fails unless some model has a price: an empty or unusable file must not replace a catalog.
LoadResult require_prices(LoadResult r, const std::string& name) {
  std::size_t priced = 0;
  for (const Model& m : r.catalog->models()) {
    bool has_price = false;
    for (const PriceRow& row : m.rows)
      for (double rate : row.rates) has_price = has_price || !std::isnan(rate);
    if (has_price) ++priced;
  }
  if (priced > 0) return r;
  const std::size_t skipped = r.catalog->skipped_total() + r.catalog->models().size();
  return LoadResult{nullptr, "no models with prices in " + name + " (" + std::to_string(skipped) +
                                 " entries skipped)"};
}

}  // namespace

std::string error_excerpt(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(std::min(text.size(), max_chars) + 8);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars == max_chars) {
      out += "...";  // as quote_text shows a longer value
      break;
    }
    ++chars;
    char32_t cp = 0;
    const std::size_t n = utf8_sequence(text, i, cp);
    if (n == 0) {  // not UTF-8
      append_hex(out, "\\x", static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, "\\x", static_cast<unsigned>(cp), 2);
    } else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      append_hex(out, "\\u", static_cast<unsigned>(cp), 4);  // C1 controls, line separators
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

LoadResult parse_catalog(std::string_view text, std::string source) {
  const std::string name = source;  // the readers take `source`; errors still need its name
  LoadResult r;
  try {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (text.substr(0, 3) == "\xEF\xBB\xBF") first = text.find_first_not_of(" \t\r\n", 3);  // BOM
    if (first == std::string_view::npos)
      r = LoadResult{nullptr, name + ": the file is empty"};
    else if (text[first] == '{')
      r = import::litellm(text, std::move(source));
    else if (text[first] == '[')
      r = import::genai_prices(text, std::move(source));
    else
      r = import::csv(text.substr(first), std::move(source));
    if (r.ok()) r = require_prices(std::move(r), name);
  } catch (const std::exception& e) {  // bad_alloc and the like: an error, never an escape
    r = LoadResult{nullptr, name + ": " + e.what()};
  }
  if (!r.ok()) r.error = bounded_error(r.error, name);
  return r;
}

LoadResult load_catalog_file(const std::string& path) {
  const auto fail = [&](const std::string& why) {
    return LoadResult{nullptr, bounded_error(path + ": " + why, path)};
  };
  try {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec) return fail("cannot be read (" + ec.message() + ")");
    if (!fs::is_regular_file(status)) return fail("is not a regular file");
    const std::string too_large = "is larger than " + std::to_string(kMaxCatalogFileBytes >> 20) +
                                  " MiB, the most a catalog file may have";
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return fail("cannot be read (" + ec.message() + ")");
    if (size > kMaxCatalogFileBytes)
      return fail(too_large + " (" + std::to_string(size) + " bytes)");

    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(std::string("cannot be read (") + std::strerror(errno) + ")");
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    std::string chunk(std::size_t{1} << 16, '\0');
    for (;;) {  // never more than the cap, whatever the file stated
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
      if (text.size() > kMaxCatalogFileBytes) return fail(too_large);
      if (!in) break;
    }
    if (in.bad()) return fail("read error");
    return parse_catalog(text, path);
  } catch (const std::exception& e) {  // bad_alloc and the like: an error, never an escape
    return fail(e.what());
  }
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
