// The catalog rows of the function table: model_rate, usage_cost, bucket_cost, model_resolve,
// llmcost_catalog_info, llmcost_version (card section 7).
#include <string>

#include "catalog_compute.hpp"
#include "llmcost/version.hpp"
#include "usage_pricing.hpp"

namespace llmcost::catalog_fn {
namespace {

// Every function that reads prices is invalid while the catalog failed to load: no silent fallback.
Outcome unusable(const Catalog& c) {
  return Outcome::invalid("catalog", "failed to load: " + c.error(), quote_text(c.source()));
}

// priced_at at index i: nullopt when omitted; `bad` set when it is not a date.
std::optional<Day> priced_at(Args a, std::size_t i, Outcome& bad) {
  if (!given(a, i)) return std::nullopt;
  auto day = parse_priced_at(a[i].text);
  if (!day)
    bad = Outcome::invalid("priced_at", "must be a date YYYY-MM-DD, optionally followed by a time",
                           quote_text(a[i].text));
  return day;
}

const Model* resolve(const Catalog& c, std::string_view name, Outcome& bad) {
  const Model* m = c.resolve(name);
  if (m == nullptr)
    bad = Outcome::invalid("model", "is not in the price catalog", quote_text(name));
  return m;
}

const PriceRow* row_for(const Catalog& c, const Model& m, std::optional<Day> day, Outcome& bad) {
  const PriceRow* row = c.row_for(m, day);
  if (row == nullptr) {
    const Day used = day ? *day : c.date() ? *c.date() : kBeginning;
    const std::string first = m.rows.empty() ? "none" : format_day(m.rows.front().from);
    bad = Outcome::invalid("priced_at",
                           "is before the first price of " + m.full_name() + " (" + first + ")",
                           quote_text(format_day(used)));
  }
  return row;
}

// usage_cost and bucket_cost: the arguments from `first` on are input, output, cache_read,
// cache_write, cache_write_1h, service_tier, priced_at.
Outcome usage_row(Args a, const Catalog& c, pricing::Usage u, std::size_t first) {
  if (!c.ok()) return unusable(c);
  auto convention = pricing::parse_convention(a[1].text);
  if (!convention)
    return Outcome::invalid(
        "convention",
        "must be openai, gemini, openrouter, litellm, inclusive, anthropic, bedrock or exclusive",
        quote_text(a[1].text));
  u.convention = *convention;
  u.input_tokens = a[first].number;
  u.output_tokens = a[first + 1].number;
  u.cache_read_tokens = arg_or(a, first + 2, 0.0);
  u.cache_write_tokens = arg_or(a, first + 3, 0.0);
  u.cache_write_1h_tokens = arg_or(a, first + 4, 0.0);
  if (given(a, first + 5)) {
    auto batch = pricing::parse_batch(a[first + 5].text);
    if (!batch)
      return Outcome::invalid("service_tier", "must be standard or batch",
                              quote_text(a[first + 5].text));
    u.batch = *batch;
  }
  Outcome bad = Outcome::of(0);
  auto day = priced_at(a, first + 6, bad);
  if (bad.is_invalid()) return bad;
  const Model* m = resolve(c, a[0].text, bad);
  if (m == nullptr) return bad;
  const PriceRow* row = row_for(c, *m, day, bad);
  if (row == nullptr) return bad;
  Outcome out = pricing::cost(*m, *row, u);
  if (out.is_invalid() && out.argument == "model") out.got = quote_text(a[0].text);  // as given
  return out;
}

}  // namespace

Outcome model_rate(Args a, const Catalog& c) {
  if (!c.ok()) return unusable(c);
  auto kind = parse_kind(a[1].text);
  if (!kind)
    return Outcome::invalid("kind",
                            "is not a price kind (input, output, cache_read, cache_write_5m, ...)",
                            quote_text(a[1].text));
  Outcome bad = Outcome::of(0);
  auto day = priced_at(a, 2, bad);
  if (bad.is_invalid()) return bad;
  const Model* m = resolve(c, a[0].text, bad);
  if (m == nullptr) return bad;
  const PriceRow* row = row_for(c, *m, day, bad);
  if (row == nullptr) return bad;
  return row->has(*kind) ? Outcome::of(row->rate(*kind)) : Outcome::nothing();
}

Outcome usage_cost(Args a, const Catalog& c) { return usage_row(a, c, pricing::Usage{}, 2); }

Outcome bucket_cost(Args a, const Catalog& c) {
  auto window = pricing::parse_window(a[2].text);
  if (!window)
    return Outcome::invalid("context_window", "must be base, long, 0-200k, 200k-1M or empty",
                            quote_text(a[2].text));
  pricing::Usage u;
  u.window = *window;
  return usage_row(a, c, u, 3);
}

Outcome model_resolve(Args a, const Catalog& c) {
  if (!c.ok()) return unusable(c);
  Outcome bad = Outcome::of(0);
  auto day = priced_at(a, 1, bad);
  if (bad.is_invalid()) return bad;
  const Model* m = c.resolve(a[0].text);
  if (m == nullptr || c.row_for(*m, day) == nullptr) return Outcome::nothing();
  return Outcome::of_text(m->full_name());
}

Outcome catalog_info(Args, const Catalog& c) { return Outcome::of_text(c.info_json()); }

Outcome version(Args) { return Outcome::of_text(kVersion); }

}  // namespace llmcost::catalog_fn
