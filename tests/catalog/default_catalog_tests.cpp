// The default catalog (core/data/default_catalog.csv, embedded): its date, the seed's four
// fine-tune rows, the Claude Sonnet 5 price change, Bedrock rows, and every number traced to the
// source its row names: LiteLLM's file, genai-prices' file (both in tests/data, read here with a
// JSON library, not with the catalog's own importers), or the notes' stated rules.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "catalog_test_util.hpp"

using cattest::run;
using llmcost::PriceRow;
using llmcost::RateKind;
using json = nlohmann::json;

namespace {

json read_json(std::string_view file) {
  std::ifstream in(cattest::data_path(file));
  REQUIRE(in.good());
  return json::parse(in);
}

const std::string kLiteLLM = "LiteLLM 2026-07-24 ";
const std::string kGenai = "genai-prices 2026-08-21 ";

// The source's own name of the entry: what follows the prefix up to ';' or the end.
std::string source_key(const std::string& source, const std::string& prefix) {
  std::string rest = source.substr(prefix.size());
  return rest.substr(0, rest.find(';'));
}

// LiteLLM field (per token) of a kind, and the same with _above_<N>k_tokens for *_long kinds.
const std::pair<RateKind, const char*> kLiteLLMFields[] = {
    {RateKind::input, "input_cost_per_token"},
    {RateKind::output, "output_cost_per_token"},
    {RateKind::cache_read, "cache_read_input_token_cost"},
    {RateKind::cache_write_5m, "cache_creation_input_token_cost"},
    {RateKind::cache_write_1h, "cache_creation_input_token_cost_above_1hr"},
    {RateKind::batch_input, "input_cost_per_token_batches"},
    {RateKind::batch_output, "output_cost_per_token_batches"}};

const std::pair<RateKind, const char*> kGenaiFields[] = {
    {RateKind::input, "input_mtok"},
    {RateKind::output, "output_mtok"},
    {RateKind::cache_read, "cache_read_mtok"},
    {RateKind::cache_write_5m, "cache_write_mtok"},
    {RateKind::cache_write_1h, "cache_write_1h_mtok"}};

void check_litellm(const json& file, const llmcost::Model& m, const PriceRow& row) {
  const std::string key = source_key(row.source, kLiteLLM);
  INFO(m.full_name() << " <- LiteLLM " << key);
  REQUIRE(file.contains(key));
  const json& e = file[key];
  int compared = 0;
  for (const auto& [kind, field] : kLiteLLMFields) {
    if (e.contains(field)) {
      CHECK(row.rate(kind) == Approx(e[field].get<double>() * 1e6).epsilon(1e-12));
      ++compared;
    }
    const std::string above =
        std::string(field) + "_above_" +
        std::to_string(static_cast<long>(row.rate(RateKind::long_context_threshold) / 1000)) +
        "k_tokens";
    if (row.has(RateKind::long_context_threshold) && e.contains(above)) {
      CHECK(row.rate(llmcost::long_kind(kind)) ==
            Approx(e[above].get<double>() * 1e6).epsilon(1e-12));
      ++compared;
    }
  }
  CHECK(compared >= 2);
}

void check_genai(const json& file, const llmcost::Model& m, const PriceRow& row) {
  const std::string name = source_key(row.source, kGenai);  // "anthropic/claude-sonnet-4-5"
  const std::string provider = name.substr(0, name.find('/'));
  const std::string id = name.substr(name.find('/') + 1);
  INFO(m.full_name() << " from " << llmcost::format_day(row.from) << " <- genai-prices " << name);
  const json* model = nullptr;
  for (const json& p : file)
    if (p["id"] == provider)
      for (const json& mm : p["models"])
        if (mm["id"] == id) model = &mm;
  REQUIRE(model != nullptr);
  // The conditional price in force from the row's date (the first one before any start_date).
  const json* prices = &(*model)["prices"];
  if (prices->is_array()) {
    const json* chosen = &(*prices)[0]["prices"];
    for (const json& c : *prices)
      if (c.contains("constraint") && row.from != llmcost::kBeginning &&
          llmcost::parse_priced_at(c["constraint"]["start_date"].get<std::string>()) <= row.from)
        chosen = &c["prices"];
    prices = chosen;
  }
  for (const auto& [kind, field] : kGenaiFields) {
    if (!prices->contains(field)) continue;
    const json& v = (*prices)[field];
    if (v.is_number()) {
      CHECK(row.rate(kind) == Approx(v.get<double>()).epsilon(1e-12));
    } else {
      CHECK(row.rate(kind) == Approx(v["base"].get<double>()).epsilon(1e-12));
      CHECK(row.rate(RateKind::long_context_threshold) == v["tiers"][0]["start"].get<double>());
      CHECK(row.rate(llmcost::long_kind(kind)) ==
            Approx(v["tiers"][0]["price"].get<double>()).epsilon(1e-12));
    }
  }
}

// The notes' rules a row's source cites for prices its file lacks.
void check_notes_rules(const llmcost::Model& m, const PriceRow& row) {
  INFO(m.full_name() << ": " << row.source);
  const bool tier = row.has(RateKind::long_context_threshold);
  if (row.source.find("batch 50%") != std::string::npos) {
    CHECK(row.rate(RateKind::batch_input) == Approx(row.rate(RateKind::input) / 2).epsilon(1e-12));
    CHECK(row.rate(RateKind::batch_output) ==
          Approx(row.rate(RateKind::output) / 2).epsilon(1e-12));
  }
  if (row.source.find("cache writes at the input rate") != std::string::npos) {
    CHECK(row.rate(RateKind::cache_write_5m) == row.rate(RateKind::input));
    if (tier) CHECK(row.rate(RateKind::cache_write_5m_long) == row.rate(RateKind::input_long));
  }
  if (row.source.find("1-hour writes 2x input") != std::string::npos)
    CHECK(row.rate(RateKind::cache_write_1h) ==
          Approx(2 * row.rate(RateKind::input)).epsilon(1e-12));
  if (row.source.find("1-hour writes above 200K 2x input_long") != std::string::npos)
    CHECK(row.rate(RateKind::cache_write_1h_long) ==
          Approx(2 * row.rate(RateKind::input_long)).epsilon(1e-12));
}

}  // namespace

TEST_CASE("the default catalog loads, states its date, and names a source for every row",
          "[default]") {
  const auto c = llmcost::default_catalog();
  INFO(c->error());
  REQUIRE(c->ok());
  REQUIRE(c->date().has_value());
  CHECK(llmcost::format_day(*c->date()) == "2026-08-21");
  CHECK(c->models().size() >= 80);
  std::set<std::string> providers;
  for (const llmcost::Model& m : c->models()) {
    providers.insert(m.provider);
    for (const PriceRow& row : m.rows) {
      INFO(m.full_name());
      CHECK_FALSE(row.source.empty());
      CHECK(row.has(RateKind::input));
      CHECK(row.has(RateKind::output));
    }
  }
  for (const char* p : {"openai", "anthropic", "google", "aws", "together", "selfhost"})
    CHECK(providers.count(p) == 1);
  const std::string info = run(nullptr, "llmcost_catalog_info", {}).text;
  CHECK(info.find(R"("source":"llmcost default catalog","date":"2026-08-21")") !=
        std::string::npos);
}

TEST_CASE("the seed's four fine-tune rows, from 2026-07-03", "[default][seed]") {
  // Card section 0: training for 10K samples, input / output per M.
  struct Seed {
    const char* name;
    double flat, input, output;
  };
  const Seed seeds[] = {{"openai/ft:gpt-5.5", 450, 2.00, 8.00},
                        {"aws/ft:claude-sonnet-5", 650, 3.50, 14.00},
                        {"together/ft:llama-3.3-70b", 180, 0.60, 2.80},
                        {"selfhost/ft:kimi-k2.7-code-lora", 85, 0.10, 0.10}};
  for (const Seed& s : seeds) {
    INFO(s.name);
    CHECK(run(nullptr, "model_rate", {s.name, "training_flat_10k"}).value == s.flat);
    CHECK(run(nullptr, "model_rate", {s.name, "input"}).value == s.input);
    CHECK(run(nullptr, "model_rate", {s.name, "output"}).value == s.output);
    CHECK(run(nullptr, "model_rate", {s.name, "input", "2026-07-03"}).value == s.input);
    llmcost::Outcome before = run(nullptr, "model_rate", {s.name, "input", "2026-07-02"});
    REQUIRE(before.is_invalid());
    CHECK(before.argument == "priced_at");
  }
  // Example 2 of the seed with the GPT-5.5 fine-tune row: 200,000 requests of 500 in / 300 out at
  // 2 / 8 = 200,000 x (1,000 + 2,400) / 1e6 = 680 a month.
  CHECK(
      run(nullptr, "usage_cost", {"ft:gpt-5.5", "openai", 200000.0 * 500, 200000.0 * 300}).value ==
      Approx(680.0).epsilon(1e-12));
}

TEST_CASE("Claude Sonnet 5: input $2/M until 2026-09-01, then $3/M", "[default][dates]") {
  for (const char* name : {"claude-sonnet-5", "anthropic.claude-sonnet-5"}) {
    INFO(name);
    CHECK(run(nullptr, "model_rate", {name, "input"}).value == 2.0);  // the catalog's date
    CHECK(run(nullptr, "model_rate", {name, "input", "2026-08-31T23:59:59"}).value == 2.0);
    CHECK(run(nullptr, "model_rate", {name, "input", "2026-09-01"}).value == 3.0);
    CHECK(run(nullptr, "model_rate", {name, "output", "2026-09-01"}).value == 15.0);
  }
  // 1M input + 100K output on each side of the change: 2 + 1 = 3 and 3 + 1.5 = 4.5.
  const llmcost::Value omit{};
  CHECK(run(nullptr, "usage_cost",
            {"claude-sonnet-5", "anthropic", 1e6, 1e5, omit, omit, omit, omit, "2026-08-15"})
            .value == Approx(3.0).epsilon(1e-12));
  CHECK(run(nullptr, "usage_cost",
            {"claude-sonnet-5", "anthropic", 1e6, 1e5, omit, omit, omit, omit, "2026-09-15"})
            .value == Approx(4.5).epsilon(1e-12));
}

TEST_CASE("every Claude model has aws rows under Bedrock's own ids", "[default][bedrock]") {
  const auto c = llmcost::default_catalog();
  for (const llmcost::Model& m : c->models()) {
    if (m.provider != "anthropic") continue;
    bool found = false;
    for (const llmcost::Model& b : c->models())
      if (b.provider == "aws" && b.id.starts_with("anthropic." + m.id)) found = true;
    INFO(m.full_name());
    CHECK(found);
  }
  // The Bedrock export's ids, with a region: the regional rows cost 10 % more (LiteLLM
  // us./global.).
  CHECK(
      run(nullptr, "model_rate", {"us.anthropic.claude-sonnet-4-5-20250929-v1:0", "input"}).value ==
      3.3);
  CHECK(run(nullptr, "model_rate", {"global.anthropic.claude-sonnet-4-5-20250929-v1:0", "input"})
            .value == 3.0);
}

TEST_CASE("every default price matches the source its row names", "[default][sources]") {
  const json litellm = read_json("litellm_model_prices.json");
  const json genai = read_json("genai_prices_v2.json");
  const auto c = llmcost::default_catalog();
  int litellm_rows = 0, genai_rows = 0, seed_rows = 0;
  for (const llmcost::Model& m : c->models())
    for (const PriceRow& row : m.rows) {
      check_notes_rules(m, row);
      if (row.source.starts_with(kLiteLLM)) {
        check_litellm(litellm, m, row);
        ++litellm_rows;
      } else if (row.source.starts_with(kGenai)) {
        check_genai(genai, m, row);
        ++genai_rows;
      } else {
        INFO(m.full_name() << ": " << row.source);
        CHECK(row.source.starts_with("seed article 2026-07-03"));
        ++seed_rows;
      }
    }
  CHECK(litellm_rows >= 50);
  CHECK(genai_rows >= 20);
  CHECK(seed_rows == 4);
  // Training per M training tokens where the notes give it (OpenAI: gpt-4.1 25, -mini 5, 4o-mini
  // 3).
  CHECK(run(nullptr, "model_rate", {"ft:gpt-4.1-2025-04-14", "training"}).value == 25.0);
  CHECK(run(nullptr, "model_rate", {"ft:gpt-4.1-mini-2025-04-14", "training"}).value == 5.0);
  CHECK(run(nullptr, "model_rate", {"ft:gpt-4o-mini-2024-07-18", "training"}).value == 3.0);
  // Fine-tuned inference above base (notes: gpt-4.1 3 / 12 vs 2 / 8).
  CHECK(run(nullptr, "model_rate", {"ft:gpt-4.1-2025-04-14", "input"}).value == 3.0);
  CHECK(run(nullptr, "model_rate", {"gpt-4.1", "input"}).value == 2.0);
}
