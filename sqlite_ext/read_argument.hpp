// One SQL argument read into an llmcost::Value, the same way for scalar functions and for the
// arguments of table-valued functions (card section 1):
//   - an integer or a real is a number;
//   - text where a number is expected is a number only when sqlite3_value_numeric_type() reads all
//     of it as one ('12' yes; '12abc' and '' stay text, which validation reports, quoted);
//   - text where text is expected passes through; a number there is left for validation to reject;
//   - NULL and blobs are reported to the caller (NULL gives NULL; a blob is invalid "(got blob)").
// No heap allocation: text is a view into SQLite's buffer, valid until the call returns.
#pragma once

#include <memory>
#include <string_view>

#include "llmcost/outcome.hpp"
#include "llmcost/registry.hpp"
#include "sqlite_api.hpp"

namespace llmcost::sqlite {

enum class Read : unsigned char { value, null, blob, no_memory };

// Constructs the argument in `slot` (uninitialized storage) unless the result is null, blob or
// no_memory.
inline Read read_argument(sqlite3_value* arg, Domain domain, Value* slot) {
  switch (sqlite3_value_type(arg)) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
      std::construct_at(slot, sqlite3_value_double(arg));
      return Read::value;
    case SQLITE_NULL:
      return Read::null;
    case SQLITE_BLOB:
      return Read::blob;
    default:
      break;  // SQLITE_TEXT
  }
  if (!is_text_domain(domain)) {
    const int numeric = sqlite3_value_numeric_type(arg);
    if (numeric == SQLITE_INTEGER || numeric == SQLITE_FLOAT) {
      std::construct_at(slot, sqlite3_value_double(arg));
      return Read::value;
    }
  }
  const unsigned char* text = sqlite3_value_text(arg);
  if (text == nullptr) return Read::no_memory;
  std::construct_at(slot, std::string_view(reinterpret_cast<const char*>(text),
                                           static_cast<std::size_t>(sqlite3_value_bytes(arg))));
  return Read::value;
}

// The card's outcome for a blob given as `arg`: invalid, "(got blob)".
inline Outcome blob_outcome(const ArgSpec& arg) {
  return Outcome::invalid(std::string(arg.name),
                          is_text_domain(arg.domain) ? "must be text" : "must be a number", "blob");
}

}  // namespace llmcost::sqlite
