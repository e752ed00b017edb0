// The price catalog (function card, section 7): per model and provider, rates per kind, one
// long-context tier, the seed's flat training cost, a source, and the date each row holds from.
//
// Lifetime:
//   - default_catalog(): the catalog embedded in the binary (built from
//   core/data/default_catalog.csv),
//     which states its own date.
//   - process_catalog(): the catalog every call without its own catalog uses: the file named by
//     LLMCOST_CATALOG, read once per process, or else the default. Immutable and shared. If that
//     file fails to load, the result is a catalog that carries the error (ok() is false): every
//     catalog function is then invalid with that error, never a silent fallback to the default.
//   - load_catalog_file(path): a catalog from a LiteLLM JSON, genai-prices v2 JSON or project CSV
//   file
//     (the SQL front-end's llmcost_load_catalog, one per connection), or the reason it cannot load.
// A Catalog never changes after it is built; resolve() caches its answers under a lock, so one
// catalog may be shared by any number of threads.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace llmcost {

// The card's kinds, in its order. Rates are per 1,000,000 tokens; long_context_threshold is a token
// count; training_flat_10k is the seed's flat cost of a fine-tune on 10K samples.
enum class RateKind : unsigned char {
  input,
  output,
  cache_read,
  cache_write_5m,
  cache_write_1h,
  batch_input,
  batch_output,
  training,
  training_flat_10k,
  long_context_threshold,
  input_long,
  output_long,
  cache_read_long,
  cache_write_5m_long,
  cache_write_1h_long,
};
inline constexpr std::size_t kRateKinds = 15;

// "input", "cache_write_1h_long", ...
std::string_view kind_name(RateKind kind);
// The kind of that name (ASCII case-insensitive), or nullopt.
std::optional<RateKind> parse_kind(std::string_view name);
// The long-context kind of a token class (input -> input_long); the kind itself if it has none.
RateKind long_kind(RateKind kind);

// Days since 1970-01-01 (proleptic Gregorian). kBeginning: a row without a date.
using Day = std::int32_t;
inline constexpr Day kBeginning = std::numeric_limits<Day>::min();
// "YYYY-MM-DD", optionally followed by 'T' or ' ' and a time "HH:MM[:SS[.fraction]]" with an
// optional zone ("Z", "+HH:MM", "-HHMM"). The day is the date as written (no zone conversion).
// nullopt if not.
std::optional<Day> parse_priced_at(std::string_view text);
// "2026-07-03"; "beginning" for kBeginning.
std::string format_day(Day day);

// One model's prices from one date on.
struct PriceRow {
  Day from = kBeginning;
  std::array<double, kRateKinds> rates;  // NaN: the model has no such price
  std::string source;

  PriceRow() { rates.fill(std::numeric_limits<double>::quiet_NaN()); }
  bool has(RateKind k) const { return !std::isnan(rates[static_cast<std::size_t>(k)]); }
  double rate(RateKind k) const { return rates[static_cast<std::size_t>(k)]; }
  void set(RateKind k, double v) { rates[static_cast<std::size_t>(k)] = v; }
};

struct MatchRule;  // a genai-prices style match rule (equals, starts_with, regex, or, ...)
bool rule_matches(const MatchRule& rule, std::string_view lowercase_name);

struct Model {
  std::string provider;                    // "openai", "anthropic", "google", "aws", ...
  std::string id;                          // "gpt-4.1", "anthropic.claude-sonnet-4-5-20250929-v1:0"
  std::vector<PriceRow> rows;              // ascending `from`, distinct dates
  std::shared_ptr<const MatchRule> match;  // the source's own match rule, if it has one

  std::string full_name() const { return provider + "/" + id; }
  // The row in force on `day` (the last row with from <= day), or nullptr before the first row.
  const PriceRow* row_at(Day day) const;
};

// What an import left out, by reason ("documentation entry": 1, ...), in first-seen order.
using SkipCounts = std::vector<std::pair<std::string, std::size_t>>;

class Catalog {
 public:
  // Builds the indexes. `models` must hold distinct (provider, id) pairs, rows sorted by date.
  Catalog(std::string source, std::optional<Day> date, std::vector<Model> models,
          SkipCounts skipped);
  // A catalog that failed to load: no models, and `error` for every catalog function.
  static std::shared_ptr<const Catalog> failed(std::string source, std::string error);

  const std::string& source() const { return source_; }
  std::optional<Day> date() const { return date_; }  // the date the catalog states, if any
  const std::string& error() const { return error_; }
  bool ok() const { return error_.empty(); }
  std::span<const Model> models() const { return models_; }
  const SkipCounts& skipped() const { return skipped_; }
  std::size_t skipped_total() const;

  // The model a name denotes (card section 7, "Resolving a model name"), or nullptr. Thread-safe;
  // each distinct name is resolved once and remembered.
  const Model* resolve(std::string_view name) const;
  // The row that prices `model` on `day`, or without a day on the catalog's stated date, else the
  // model's newest row. nullptr when the day is before the model's first row.
  const PriceRow* row_for(const Model& model, std::optional<Day> day) const;
  // {"source":..., "date":..., "models":N, "skipped":N, "error":..., "default_priced_at":...}
  std::string info_json() const;

 private:
  struct Scope {  // one provider's models
    std::string provider;
    std::unordered_map<std::string, std::uint32_t> exact;  // lowercase id -> model index
    std::vector<std::uint32_t> ruled;                      // models with match rules, in order
  };
  const Model* resolve_uncached(std::string_view name) const;
  const Model* resolve_in(const Scope& scope, std::string_view lowercase_name) const;
  const Scope* scope_of(std::string_view provider_or_alias) const;

  std::string source_;
  std::optional<Day> date_;
  std::vector<Model> models_;
  SkipCounts skipped_;
  std::string error_;
  std::vector<Scope> scopes_;  // in catalog order

  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, const Model*, NameHash, std::equal_to<>> cache_;
};

struct LoadResult {
  std::shared_ptr<const Catalog> catalog;  // set on success
  std::string error;                       // why it failed, naming the file and the line or entry
  bool ok() const { return catalog != nullptr; }
};

// The largest catalog file load_catalog_file reads: 256 MiB (LiteLLM's file is about 1.5 MB).
inline constexpr std::uintmax_t kMaxCatalogFileBytes = std::uintmax_t{256} << 20;

// Reads a catalog file, recognising its format from its content: a JSON object is LiteLLM's
// model_prices_and_context_window.json, a JSON array is genai-prices' v2 data.json, anything else
// the project's CSV (core/data/default_catalog.csv shows the format). Never throws, never blocks:
// anything that is not a regular file (a directory, a device such as /dev/zero, a pipe) and any
// file larger than kMaxCatalogFileBytes is an error. A catalog with no model that has a price is an
// error too ("no models with prices in <path> (N entries skipped)"). Every error names the path and
// is valid UTF-8 without control characters (see error_excerpt).
LoadResult load_catalog_file(const std::string& path);
// The same from text in memory; `source` names it in the catalog's info and errors.
LoadResult parse_catalog(std::string_view text, std::string source);

// Text from a file (or a path, or a whole error) made fit for an error message, unquoted: valid
// UTF-8 without control characters (a byte that is not UTF-8 becomes \xnn; a control character
// \n, \r, \t, \xnn or \unnnn), at most max_chars characters, then "..." if there was more.
// Quoted values of a file in errors use quote_text (outcome.hpp), which caps them at 80.
std::string error_excerpt(std::string_view text, std::size_t max_chars = 80);

// The catalog embedded in the binary (parsed once).
std::shared_ptr<const Catalog> default_catalog();
// LLMCOST_CATALOG's catalog, or the default; read once per process on first use.
std::shared_ptr<const Catalog> process_catalog();

}  // namespace llmcost
