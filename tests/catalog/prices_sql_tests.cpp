// The SQL-only catalog pieces (card section 7), through SQLite with the extension's glue linked in:
// llmcost_load_catalog per connection, a bad file leaving the previous catalog, SQLITE_DIRECTONLY,
// the llm_prices table, and the catalog functions reading the connection's catalog.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "catalog_test_util.hpp"
#include "llmcost_sqlite.h"

namespace {

class Db {
 public:
  Db() {
    REQUIRE(sqlite3_open(":memory:", &db_) == SQLITE_OK);
    REQUIRE(llmcost_register(db_) == SQLITE_OK);
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // The first column of the first row as text ("NULL" for NULL, "" for no row), or "error: ...".
  std::string one(const std::string& sql) const {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      return std::string("error: ") + sqlite3_errmsg(db_);
    std::string out;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
      out = sqlite3_column_type(stmt, 0) == SQLITE_NULL
                ? "NULL"
                : reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    else if (rc != SQLITE_DONE)
      out = std::string("error: ") + sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    return out;
  }
  void exec(const std::string& sql) const {
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    INFO(sql << ": " << (error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
  }

 private:
  sqlite3* db_ = nullptr;
};

std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("llmcost_load_catalog replaces the calling connection's catalog only", "[sql][catalog]") {
  Db a, b;
  const std::string litellm = cattest::data_path("litellm_model_prices.json");
  // Before: the default catalog (the seed's GPT-5.5 fine-tune, $2/M input).
  CHECK(a.one("SELECT model_rate('ft:gpt-5.5', 'input')") == "2.0");
  // Loading returns the number of models (2,451 for LiteLLM's file, see import_tests.cpp).
  CHECK(a.one("SELECT llmcost_load_catalog(" + quoted(litellm) + ")") == "2451");
  CHECK(a.one("SELECT model_rate('ft:gpt-5.5', 'input')")
            .starts_with("error: model_rate: model is not in the price catalog"));
  CHECK(a.one("SELECT model_rate('gemini/gemini-2.5-pro', 'input_long')") == "2.5");
  CHECK(a.one("SELECT json_extract(llmcost_catalog_info(), '$.models')") == "2451");
  // The other connection still has the default.
  CHECK(b.one("SELECT model_rate('ft:gpt-5.5', 'input')") == "2.0");
  CHECK(b.one("SELECT json_extract(llmcost_catalog_info(), '$.source')") ==
        "llmcost default catalog");
}

TEST_CASE("a bad catalog file is an error and leaves the previous catalog", "[sql][catalog]") {
  Db db;
  const std::string genai = cattest::data_path("genai_prices_v2.json");
  CHECK(db.one("SELECT llmcost_load_catalog(" + quoted(genai) + ")") == "1464");
  const std::string missing = cattest::data_path("no_such_catalog.csv");
  const std::string error = db.one("SELECT llmcost_load_catalog(" + quoted(missing) + ")");
  CHECK(error.starts_with("error: llmcost_load_catalog: path cannot be loaded: "));
  CHECK(error.find("no_such_catalog.csv") != std::string::npos);
  // genai-prices' catalog is still the one: its claude-sonnet-5 newest row (no stated date) is $3.
  CHECK(db.one("SELECT model_rate('claude-sonnet-5', 'input')") == "3.0");
  CHECK(db.one("SELECT json_extract(llmcost_catalog_info(), '$.source')") == genai);
  // NULL gives NULL and changes nothing; a number is an error.
  CHECK(db.one("SELECT llmcost_load_catalog(NULL)") == "NULL");
  CHECK(db.one("SELECT llmcost_load_catalog(3)") ==
        "error: llmcost_load_catalog: path must be text (got 3)");
  // A wrong argument count gets the card's text too, not SQLite's "wrong number of arguments".
  CHECK(db.one("SELECT llmcost_load_catalog()") ==
        "error: llmcost_load_catalog: path is required (got nothing)");
  CHECK(db.one("SELECT llmcost_load_catalog('a', 'b')") ==
        "error: llmcost_load_catalog: arguments count must be 1 (got 2)");
  CHECK(db.one("SELECT model_rate('claude-sonnet-5', 'input')") == "3.0");
}

TEST_CASE("llmcost_load_catalog refuses devices, directories, empty and garbage files at once",
          "[sql][catalog]") {
  // Each expected outcome: an error naming the path, valid UTF-8, and the previous catalog (the
  // default: gpt-4.1 at $2/M input) still in place.
  Db db;
  const auto load = [&](const std::string& path) {
    return db.one("SELECT llmcost_load_catalog(" + quoted(path) + ")");
  };
  const auto unchanged = [&] {
    CHECK(db.one("SELECT model_rate('gpt-4.1', 'input')") == "2.0");
    CHECK(db.one("SELECT json_extract(llmcost_catalog_info(), '$.source')") ==
          "llmcost default catalog");
  };
  const std::string prefix = "error: llmcost_load_catalog: path cannot be loaded: ";
  // /dev/zero used to be read forever.
  if (std::filesystem::exists("/dev/zero")) {
    CHECK(load("/dev/zero").starts_with(prefix + "/dev/zero: is not a regular file"));
    unchanged();
  }
  const std::string dir = std::filesystem::temp_directory_path().string();
  CHECK(load(dir).starts_with(prefix + dir + ": is not a regular file"));
  unchanged();

  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / "llmcost_prices_sql_test_catalog";
  const auto write = [&](const std::string& content) {
    std::ofstream(file, std::ios::binary) << content;
  };
  // Empty and unusable catalogs used to load and replace the working one with nothing.
  for (const char* content :
       {"[]", "{}", "provider,model,input,output\n",
        R"({"m": {"litellm_provider": "openai", "input_cost_per_token": -1e-06}})"}) {
    write(content);
    const std::string error = load(file.string());
    INFO(content << " -> " << error);
    CHECK(error.starts_with(prefix + "no models with prices in " + file.string() + " ("));
    unchanged();
  }
  // Random bytes: the error is valid UTF-8 (Python's sqlite3 raised UnicodeDecodeError) and short.
  std::string noise;
  for (unsigned i = 0; i < 4096; ++i) noise += static_cast<char>((i * 2654435761u) >> 24);
  for (const std::string& content : {noise, "{\"x\": \"\xFF\xFE" + noise, "[" + noise}) {
    write(content);
    const std::string error = load(file.string());
    INFO(error);
    CHECK(error.starts_with(prefix + file.string() + ":"));
    CHECK(cattest::valid_utf8(error));
    CHECK(error.size() < 1000);
    unchanged();
  }
  std::filesystem::remove(file);
}

TEST_CASE("llmcost_load_catalog is SQLITE_DIRECTONLY: no view or trigger can load a file",
          "[sql][catalog]") {
  Db db;
  db.exec("CREATE VIEW loader AS SELECT llmcost_load_catalog('x.csv') AS n");
  CHECK(db.one("SELECT n FROM loader").find("unsafe use of llmcost_load_catalog") !=
        std::string::npos);
  // Catalog readers are INNOCUOUS: a view may use them.
  db.exec("CREATE VIEW price AS SELECT model_rate('gpt-4.1', 'input') AS p");
  CHECK(db.one("SELECT p FROM price") == "2.0");
}

TEST_CASE("llm_prices lists the connection's catalog, one row per model, provider and date",
          "[sql][catalog]") {
  Db db;
  // The default catalog: one row per CSV line (102).
  std::size_t rows = 0;
  for (const llmcost::Model& m : llmcost::default_catalog()->models()) rows += m.rows.size();
  CHECK(db.one("SELECT count(*) FROM llm_prices") == std::to_string(rows));
  // Claude Sonnet 5's two rows: from the beginning (NULL) at $2, from 2026-09-01 at $3.
  CHECK(
      db.one("SELECT group_concat(coalesce(from_date, '-') || ':' || input, ' ') FROM "
             "(SELECT * FROM llm_prices WHERE provider = 'anthropic' AND model = 'claude-sonnet-5' "
             "ORDER BY from_date)") == "-:2.0 2026-09-01:3.0");
  // One column per kind, NULL where the model has no such price, and the source.
  CHECK(db.one(
            "SELECT long_context_threshold || '/' || input_long || '/' || cache_write_1h_long FROM "
            "llm_prices WHERE model = 'claude-sonnet-4-5'") == "200000.0/6.0/12.0");
  CHECK(db.one("SELECT cache_write_1h IS NULL FROM llm_prices WHERE model = 'gpt-4.1'") == "1");
  CHECK(db.one("SELECT training_flat_10k || ' ' || from_date FROM llm_prices WHERE model = "
               "'ft:kimi-k2.7-code-lora'") == "85.0 2026-07-03");
  CHECK(db.one("SELECT source FROM llm_prices WHERE model = 'ft:gpt-5.5'")
            .starts_with("seed article"));
  // After a load, the loaded catalog: genai-prices' 1,464 models, claude-sonnet-5 still two rows.
  db.one("SELECT llmcost_load_catalog(" + quoted(cattest::data_path("genai_prices_v2.json")) + ")");
  CHECK(db.one("SELECT count(DISTINCT provider || '/' || model) FROM llm_prices") == "1464");
  CHECK(db.one("SELECT count(*) FROM llm_prices WHERE provider = 'anthropic' AND model = "
               "'claude-sonnet-5'") == "2");
}
