// genai-prices' v2 data.json: an array of providers, each with models, prices per M tokens.
//
// Rules:
//  - provider = the provider's id; id = the model's id; the model's `match` rule is kept and used
//  by
//    resolution after the exact id;
//  - prices: an object holds from the beginning; a list of conditional prices gives one row per
//    start_date (the first one holds from the beginning, as genai-prices falls back to it); a price
//    that depends on the time of day (start_time/end_time) is skipped with its model and counted;
//  - fields: input_mtok, output_mtok, cache_read_mtok, cache_write_mtok (5-minute writes),
//    cache_write_1h_mtok; each a number or {base, tiers:[{start, price}]}: one tier, the same start
//    on every tiered field, becomes long_context_threshold and the *_long rates (a model with
//    several tiers is skipped and counted). Audio, image, video, request and web-search prices are
//    outside the card's kinds and are not read;
//  - the file states no date: a call without priced_at takes each model's newest row.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "catalog_import.hpp"
#include "catalog_text.hpp"
#include "llmcost/outcome.hpp"
#include "match_rule.hpp"

namespace llmcost::import {
namespace {

using json = nlohmann::ordered_json;

struct Field {
  std::string_view name;
  RateKind kind;
};
constexpr Field kFields[] = {{"input_mtok", RateKind::input},
                             {"output_mtok", RateKind::output},
                             {"cache_read_mtok", RateKind::cache_read},
                             {"cache_write_mtok", RateKind::cache_write_5m},
                             {"cache_write_1h_mtok", RateKind::cache_write_1h}};

bool price_value(const json& v, double& out) {
  if (!v.is_number()) return false;
  out = v.get<double>();
  return std::isfinite(out) && out >= 0;
}

// One set of prices into row; returns why it cannot be read, or "".
std::string read_prices(const json& prices, PriceRow& row) {
  if (!prices.is_object()) return "prices is not an object";
  double threshold = 0;
  for (const Field& f : kFields) {
    auto it = prices.find(f.name);
    if (it == prices.end()) continue;
    double x = 0;
    if (price_value(*it, x)) {
      row.set(f.kind, x);
      continue;
    }
    if (!it->is_object()) return std::string(f.name) + " is not a price";
    auto base = it->find("base");
    auto tiers = it->find("tiers");
    if (base == it->end() || !price_value(*base, x) || tiers == it->end() || !tiers->is_array())
      return std::string(f.name) + " is not a price";
    row.set(f.kind, x);
    if (tiers->empty()) continue;
    if (tiers->size() != 1) return "several long-context tiers";
    const json& tier = (*tiers)[0];
    double start = 0, price = 0;
    if (!tier.is_object() || !tier.contains("start") || !price_value(tier["start"], start) ||
        !tier.contains("price") || !price_value(tier["price"], price) || start <= 0)
      return std::string(f.name) + " has a malformed tier";
    if (threshold != 0 && threshold != start) return "several long-context tiers";
    threshold = start;
    row.set(long_kind(f.kind), price);
  }
  if (threshold != 0) row.set(RateKind::long_context_threshold, threshold);
  return finish_row(row);
}

// How deeply `or`/`and` clauses may nest (matching recurses; a file must not exhaust the stack).
constexpr int kMaxRuleDepth = 32;

// A match clause; returns why it cannot be read, or "".
std::string read_rule(const json& j, MatchRule& rule, int depth = 0) {
  if (!j.is_object() || j.size() != 1) return "a match clause is not a one-key object";
  const std::string& op = j.begin().key();
  const json& value = j.begin().value();
  static constexpr std::pair<std::string_view, MatchRule::Op> kText[] = {
      {"equals", MatchRule::Op::equals},
      {"starts_with", MatchRule::Op::starts_with},
      {"ends_with", MatchRule::Op::ends_with},
      {"contains", MatchRule::Op::contains},
      {"regex", MatchRule::Op::regex}};
  for (const auto& [name, kind] : kText) {
    if (op != name) continue;
    if (!value.is_string()) return "match '" + op + "' needs text";
    rule.op = kind;
    rule.text = value.get<std::string>();
    if (kind == MatchRule::Op::regex) {
      try {
        rule.re = std::make_shared<const std::regex>(rule.text,
                                                     std::regex::ECMAScript | std::regex::optimize);
      } catch (const std::regex_error&) {
        return "match regex " + quote_text(rule.text) +
               " is not a regular expression this reader understands";
      }
    } else {
      rule.text = catalog_text::lowercase(rule.text);
    }
    return "";
  }
  if (op != "or" && op != "and") return "unknown match clause " + quote_text(op);
  if (!value.is_array() || value.empty()) return "match '" + op + "' needs a list";
  if (depth >= kMaxRuleDepth) return "match clauses nested too deeply";
  rule.op = op == "or" ? MatchRule::Op::any_of : MatchRule::Op::all_of;
  for (const json& c : value) {
    rule.children.emplace_back();
    if (std::string why = read_rule(c, rule.children.back(), depth + 1); !why.empty()) return why;
  }
  return "";
}

// The model's rows; returns why it is skipped, or "".
std::string read_model(const json& m, Model& model) {
  auto prices = m.find("prices");
  if (prices == m.end()) return "model without prices";
  if (prices->is_object()) {
    PriceRow row;
    if (std::string why = read_prices(*prices, row); !why.empty()) return why;
    model.rows.push_back(std::move(row));
    return "";
  }
  if (!prices->is_array() || prices->empty()) return "prices is neither an object nor a list";
  for (std::size_t i = 0; i < prices->size(); ++i) {
    const json& cond = (*prices)[i];
    if (!cond.is_object() || !cond.contains("prices")) return "a conditional price without prices";
    PriceRow row;
    if (auto c = cond.find("constraint"); c != cond.end() && !c->is_null()) {
      if (c->contains("start_time") || c->contains("end_time"))
        return "price depends on the time of day";
      auto start = c->find("start_date");
      if (start == c->end() || !start->is_string()) return "unknown price constraint";
      auto day = parse_priced_at(start->get<std::string>());
      if (!day) return "start_date is not a date";
      if (i > 0) row.from = *day;  // genai-prices falls back to the first price before any date
    }
    if (std::string why = read_prices(cond["prices"], row); !why.empty()) return why;
    model.rows.push_back(std::move(row));
  }
  // Later prices take precedence (genai-prices tries them last to first): keep the last of a date.
  std::stable_sort(model.rows.begin(), model.rows.end(),
                   [](const PriceRow& a, const PriceRow& b) { return a.from < b.from; });
  std::vector<PriceRow> kept;
  for (PriceRow& r : model.rows) {
    if (!kept.empty() && kept.back().from == r.from)
      kept.back() = std::move(r);
    else
      kept.push_back(std::move(r));
  }
  model.rows = std::move(kept);
  return "";
}

}  // namespace

LoadResult genai_prices(std::string_view text, std::string source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const std::exception& e) {
    return LoadResult{nullptr, source + ": not valid JSON (" + error_excerpt(e.what(), 200) + ")"};
  }
  if (!root.is_array())
    return LoadResult{nullptr, source + ": a genai-prices file is a JSON array"};

  std::vector<Model> models;
  SkipCounts skipped;
  auto skip = [&](const std::string& reason) {
    for (auto& [r, n] : skipped)
      if (r == reason) return void(++n);
    skipped.emplace_back(reason, 1);
  };
  for (const json& p : root) {
    auto id = p.is_object() ? p.find("id") : p.end();
    auto list = p.is_object() ? p.find("models") : p.end();
    if (!p.is_object() || id == p.end() || !id->is_string() || list == p.end() ||
        !list->is_array()) {
      skip("provider without id or models");
      continue;
    }
    const std::string provider = catalog_text::lowercase(id->get<std::string>());
    for (const json& m : *list) {
      auto mid = m.is_object() ? m.find("id") : m.end();
      if (!m.is_object() || mid == m.end() || !mid->is_string()) {
        skip("model without id");
        continue;
      }
      Model model{provider, mid->get<std::string>(), {}, nullptr};
      if (auto rule = m.find("match"); rule != m.end()) {
        auto r = std::make_shared<MatchRule>();
        if (std::string why = read_rule(*rule, *r); !why.empty()) {
          skip(why);
          continue;
        }
        model.match = std::move(r);
      }
      if (std::string why = read_model(m, model); !why.empty()) {
        skip(why);
        continue;
      }
      for (PriceRow& r : model.rows) r.source = "genai-prices v2: " + provider + "/" + model.id;
      models.push_back(std::move(model));
    }
  }
  return LoadResult{std::make_shared<Catalog>(std::move(source), std::nullopt, std::move(models),
                                              std::move(skipped)),
                    ""};
}

}  // namespace llmcost::import
