// The catalog model: kinds, rows by date, provider scopes and the catalog's info.
#include "llmcost/catalog.hpp"

#include <nlohmann/json.hpp>

#include "catalog_text.hpp"

namespace llmcost {
namespace {

constexpr std::string_view kKindNames[kRateKinds] = {"input",
                                                     "output",
                                                     "cache_read",
                                                     "cache_write_5m",
                                                     "cache_write_1h",
                                                     "batch_input",
                                                     "batch_output",
                                                     "training",
                                                     "training_flat_10k",
                                                     "long_context_threshold",
                                                     "input_long",
                                                     "output_long",
                                                     "cache_read_long",
                                                     "cache_write_5m_long",
                                                     "cache_write_1h_long"};

}  // namespace

std::string_view kind_name(RateKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<RateKind> parse_kind(std::string_view name) {
  for (std::size_t i = 0; i < kRateKinds; ++i)
    if (catalog_text::iequals(name, kKindNames[i])) return static_cast<RateKind>(i);
  return std::nullopt;
}

RateKind long_kind(RateKind kind) {
  switch (kind) {
    case RateKind::input:
      return RateKind::input_long;
    case RateKind::output:
      return RateKind::output_long;
    case RateKind::cache_read:
      return RateKind::cache_read_long;
    case RateKind::cache_write_5m:
      return RateKind::cache_write_5m_long;
    case RateKind::cache_write_1h:
      return RateKind::cache_write_1h_long;
    default:
      return kind;
  }
}

const PriceRow* Model::row_at(Day day) const {
  const PriceRow* found = nullptr;
  for (const PriceRow& row : rows) {
    if (row.from > day) break;
    found = &row;
  }
  return found;
}

Catalog::Catalog(std::string source, std::optional<Day> date, std::vector<Model> models,
                 SkipCounts skipped)
    : source_(std::move(source)),
      date_(date),
      models_(std::move(models)),
      skipped_(std::move(skipped)) {
  for (std::uint32_t i = 0; i < models_.size(); ++i) {
    const Model& m = models_[i];
    std::string provider = catalog_text::lowercase(m.provider);
    Scope* scope = nullptr;
    for (Scope& s : scopes_)
      if (s.provider == provider) scope = &s;
    if (scope == nullptr) {
      scopes_.push_back(Scope{provider, {}, {}});
      scope = &scopes_.back();
    }
    scope->exact.emplace(catalog_text::lowercase(m.id), i);  // the first of equal ids wins
    if (m.match) scope->ruled.push_back(i);
  }
}

std::shared_ptr<const Catalog> Catalog::failed(std::string source, std::string error) {
  auto c = std::make_shared<Catalog>(std::move(source), std::nullopt, std::vector<Model>{},
                                     SkipCounts{});
  c->error_ = error.empty() ? "failed to load" : std::move(error);
  return c;
}

std::size_t Catalog::skipped_total() const {
  std::size_t n = 0;
  for (const auto& [reason, count] : skipped_) n += count;
  return n;
}

const PriceRow* Catalog::row_for(const Model& model, std::optional<Day> day) const {
  if (day) return model.row_at(*day);
  if (date_) return model.row_at(*date_);
  return model.rows.empty() ? nullptr : &model.rows.back();
}

std::string Catalog::info_json() const {
  nlohmann::ordered_json j;
  j["source"] = source_;
  j["date"] = date_ ? nlohmann::ordered_json(format_day(*date_)) : nlohmann::ordered_json(nullptr);
  j["models"] = models_.size();
  j["skipped"] = skipped_total();
  j["error"] = error_.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(error_);
  // What a call without priced_at prices at: the stated date, else each model's newest row.
  j["default_priced_at"] = date_ ? format_day(*date_) : std::string("newest row of each model");
  nlohmann::ordered_json reasons = nlohmann::ordered_json::object();
  for (const auto& [reason, count] : skipped_) reasons[reason] = count;
  j["skipped_by_reason"] = reasons;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace llmcost
