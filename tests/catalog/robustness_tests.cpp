// Review findings on the catalog loader and its callers (function card section 7: a bad file is an
// error naming it and leaves the previous catalog; no function may hang or crash its host):
//  1. only regular files up to kMaxCatalogFileBytes are read; every error names the path;
//  2. a catalog with no priced model is an error, never an empty catalog;
//  3. errors are valid UTF-8 without control characters, with short excerpts;
//  4. an empty '@' or ':' suffix does not resolve;
//  5. an uncached remainder below 0 only by rounding is 0.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "catalog_test_util.hpp"

using cattest::describe;
using cattest::run;

namespace {

namespace fs = std::filesystem;

// A file of the test's own in the temporary directory, removed at the end of the test.
class TempFile {
 public:
  explicit TempFile(const std::string& name, const std::string& content = "")
      : path_(fs::temp_directory_path() / ("llmcost_catalog_test_" + name)) {
    std::ofstream out(path_, std::ios::binary);
    out << content;
  }
  ~TempFile() {
    std::error_code ec;
    fs::remove(path_, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

llmcost::LoadResult load_text(const std::string& name, const std::string& content) {
  TempFile file(name, content);
  return llmcost::load_catalog_file(file.path());
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("cattest::valid_utf8 tells UTF-8 from other bytes", "[import][errors]") {
  CHECK(cattest::valid_utf8("plain, caf\xC3\xA9, \xE2\x80\xA6, \xF0\x9F\x98\x80"));
  CHECK_FALSE(cattest::valid_utf8("\xFF"));
  CHECK_FALSE(cattest::valid_utf8("\xC3"));              // truncated
  CHECK_FALSE(cattest::valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(cattest::valid_utf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(cattest::valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(cattest::valid_utf8("a\nb"));              // a control character
}

TEST_CASE("finding 1: only regular files of at most 256 MiB are read; errors name the path",
          "[import][files]") {
  // A directory: "is not a regular file" (it used to be "the file is empty").
  const std::string dir = fs::temp_directory_path().string();
  llmcost::LoadResult r = llmcost::load_catalog_file(dir);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error == dir + ": is not a regular file");

  // /dev/zero: refused at once, not read forever.
  if (fs::exists("/dev/zero")) {
    r = llmcost::load_catalog_file("/dev/zero");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error == "/dev/zero: is not a regular file");
  }

  // A (sparse) file one byte above the cap: refused by its size, naming the path and the cap.
  TempFile big("big.csv");
  fs::resize_file(big.path(), llmcost::kMaxCatalogFileBytes + 1);
  r = llmcost::load_catalog_file(big.path());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.starts_with(big.path() + ": is larger than 256 MiB"));
  CHECK(r.error.find(std::to_string(llmcost::kMaxCatalogFileBytes + 1) + " bytes") !=
        std::string::npos);

  // A missing file, as before.
  r = llmcost::load_catalog_file(cattest::data_path("no_such_catalog.csv"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.starts_with(cattest::data_path("no_such_catalog.csv") + ": cannot be read ("));

  // Every other error names the path too: empty, bad JSON, bad CSV, no prices.
  for (const char* text : {"", "  \n", "{\"m\": ", "provider,model,input\nacme,m,x\n", "[]"}) {
    TempFile file("named.txt", text);
    r = llmcost::load_catalog_file(file.path());
    INFO(text << " -> " << r.error);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find(file.path()) != std::string::npos);
  }
}

TEST_CASE("finding 1: an exception inside a reader still names the source", "[import][errors]") {
  // parse_catalog moves its source into the reader; the catch must still have the name. A reader
  // exception is hard to provoke, so check the names of ordinary errors of every reader instead.
  for (const char* text : {"{\"m\": ", "[1, ", "provider,model\n\"x\n", "{}", "[]"}) {
    llmcost::LoadResult r = llmcost::parse_catalog(text, "the source");
    INFO(text << " -> " << r.error);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.find("the source") != std::string::npos);
  }
}

TEST_CASE("finding 2: a catalog without priced models is an error, not an empty catalog",
          "[import][empty]") {
  const std::pair<const char*, const char*> cases[] = {
      // Expected: the error, with how many entries were skipped.
      {"[]", "no models with prices in test catalog (0 entries skipped)"},
      {"{}", "no models with prices in test catalog (0 entries skipped)"},
      {"provider,model,input,output\n",
       "no models with prices in test catalog (0 entries skipped)"},
      {"# date: 2026-01-01\nprovider,model,input\n",
       "no models with prices in test catalog (0 entries skipped)"},
      // A CSV row without any price is a model without prices.
      {"provider,model,input\nacme,m,\n",
       "no models with prices in test catalog (1 entries skipped)"},
      // LiteLLM: the only entry has a negative or a text price; last_updated is skipped too.
      {R"({"m": {"litellm_provider": "openai", "input_cost_per_token": -1e-06}})",
       "no models with prices in test catalog (1 entries skipped)"},
      {R"({"m": {"litellm_provider": "openai", "input_cost_per_token": 1e-06,
                 "output_cost_per_token": "2e-06"}, "last_updated": "2026-01-01"})",
       "no models with prices in test catalog (2 entries skipped)"},
      {R"({"sample_spec": {"input_cost_per_token": 0}})",
       "no models with prices in test catalog (1 entries skipped)"},
      // genai-prices: a provider without an id; a model whose only price is negative; no prices.
      {R"([{"id": 1}])", "no models with prices in test catalog (1 entries skipped)"},
      {R"([{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": -1}}]}])",
       "no models with prices in test catalog (1 entries skipped)"},
      {R"([{"id": "p", "models": [{"id": "m", "prices": {}}]}])",
       "no models with prices in test catalog (1 entries skipped)"},
  };
  for (const auto& [text, error] : cases) {
    llmcost::LoadResult r = llmcost::parse_catalog(text, "test catalog");
    INFO(text << " -> " << (r.ok() ? "loaded" : r.error));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error == error);
  }
  // One priced model among unusable ones loads, with the rest counted.
  llmcost::LoadResult r = llmcost::parse_catalog(
      R"({"bad": {"litellm_provider": "openai", "input_cost_per_token": -1},
          "good": {"litellm_provider": "openai", "input_cost_per_token": 1e-06}})",
      "test catalog");
  REQUIRE(r.ok());
  CHECK(r.catalog->models().size() == 1);
  CHECK(r.catalog->skipped_total() == 1);
  // The error from a file names its path.
  r = load_text("empty.json", "{}");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.starts_with("no models with prices in "));
  CHECK(r.error.ends_with("llmcost_catalog_test_empty.json (0 entries skipped)"));
}

TEST_CASE("finding 3: loader errors are valid UTF-8 without control characters, excerpts short",
          "[import][errors]") {
  // Bytes that are not UTF-8 and control characters in a CSV cell: escaped.
  llmcost::LoadResult r =
      llmcost::parse_catalog("provider,model,input\nacme,m,\xFF\xFE\x01x\x1B\n", "test catalog");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error == "test catalog:2: input must be a number >= 0 (got '\\xff\\xfe\\x01x\\x1b')");

  // A long cell: the excerpt is 80 characters and "..." (quote_text).
  const std::string long_cell(500, 'z');
  r = llmcost::parse_catalog("provider,model,input\nacme,m," + long_cell + "\n", "test catalog");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error ==
        "test catalog:2: input must be a number >= 0 (got '" + std::string(80, 'z') + "...')");

  // An unknown column of invalid UTF-8 in the header; a bad date; a JSON parse error on raw bytes.
  for (std::string text : {std::string("provider,model,\xC3\x28\xA0\xA1\n"),
                           std::string("provider,model,from\nacme,m,\xF0\x28\x8C\xBC\n"),
                           std::string("{\"m\": \"\xFF\xFF\xFF") + std::string(5000, '\xFE'),
                           std::string("[\"\x80\x81\"") + std::string(5000, '\x7F')}) {
    r = llmcost::parse_catalog(text, "test catalog");
    INFO(r.error);
    REQUIRE_FALSE(r.ok());
    CHECK(cattest::valid_utf8(r.error));
    CHECK(code_points(r.error) < 400);
  }

  // Random bytes, many times: always an error, valid UTF-8, short, naming the source.
  std::mt19937 gen(20260724);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 300; ++round) {
    std::string text(static_cast<std::size_t>(1 + round * 7), '\0');
    for (char& c : text) c = static_cast<char>(byte(gen));
    if (round % 3 == 1) text.insert(0, "provider,model,input\n");
    if (round % 3 == 2) text.insert(0, "{\"x\": ");
    r = llmcost::parse_catalog(text, "random bytes");
    INFO("round " << round << ": " << r.error);
    REQUIRE_FALSE(r.ok());
    CHECK(cattest::valid_utf8(r.error));
    CHECK(code_points(r.error) < 700);
    CHECK(r.error.find("random bytes") != std::string::npos);
  }

  // A file of random bytes, and a path that is not UTF-8: the error is valid UTF-8 all the same.
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(byte(gen));
  r = load_text("noise.bin", noise);
  REQUIRE_FALSE(r.ok());
  CHECK(cattest::valid_utf8(r.error));
  r = llmcost::load_catalog_file("/nonexistent/\xFF\xFE\n.csv");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.starts_with("/nonexistent/\\xff\\xfe\\n.csv: cannot be read ("));
  CHECK(cattest::valid_utf8(r.error));
}

TEST_CASE("finding 3: error_excerpt escapes, keeps UTF-8 and caps", "[import][errors]") {
  using llmcost::error_excerpt;
  CHECK(error_excerpt("caf\xC3\xA9 \xE2\x82\xAC") == "caf\xC3\xA9 \xE2\x82\xAC");  // kept
  CHECK(error_excerpt("a\tb\r\nc\x7F") == "a\\tb\\r\\nc\\x7f");
  CHECK(error_excerpt("\xC2\x85") == "\\u0085");              // a C1 control
  CHECK(error_excerpt("\xE2\x80\xA8") == "\\u2028");          // a line separator
  CHECK(error_excerpt("\xE2\x82") == "\\xe2\\x82");           // truncated
  CHECK(error_excerpt("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // a surrogate
  CHECK(error_excerpt("abcdef", 3) == "abc...");
  CHECK(error_excerpt("abc", 3) == "abc");
  CHECK(error_excerpt("\xC3\xA9\xC3\xA9\xC3\xA9", 2) == "\xC3\xA9\xC3\xA9...");  // chars
  CHECK(error_excerpt(std::string(1000, 'q')).size() == 80 + 3);
}

TEST_CASE("finding 4: an empty '@' or ':' suffix does not resolve", "[resolve]") {
  const auto c = llmcost::default_catalog();
  const auto resolved = [&](const char* name) {
    llmcost::Outcome o = run(c.get(), "model_resolve", {name});
    INFO(name << " -> " << describe(o));
    REQUIRE((o.is_none() || o.is_text));
    return o.is_none() ? std::string("none") : o.text;
  };
  // Expected: none for a bare trailing '@' or ':' (also after a valid suffix, or doubled).
  CHECK(resolved("gpt-4o:") == "none");
  CHECK(resolved("gpt-4o@") == "none");
  CHECK(resolved("openai/gpt-4o:") == "none");
  CHECK(resolved("claude-sonnet-4-5-20250929@") == "none");
  // Expected: the model, with a suffix after the '@' or ':'.
  CHECK(resolved("gpt-4o:0") == "openai/gpt-4o");
  CHECK(resolved("gpt-4o@2024") == "openai/gpt-4o");
  CHECK(resolved("ft:gpt-4.1-2025-04-14:acme::BC8m4xyz") == "openai/ft:gpt-4.1-2025-04-14");
  // usage_cost of such a name is invalid (the model), never a price.
  llmcost::Outcome o = run(c.get(), "usage_cost", {"gpt-4o:", "openai", 1.0, 1.0});
  INFO(describe(o));
  REQUIRE(o.is_invalid());
  CHECK(o.argument == "model");
}

TEST_CASE("finding 5: an uncached remainder below 0 only by rounding is 0", "[usage]") {
  const auto c = llmcost::default_catalog();
  // gpt-4o: reads 1.25/M, writes 2.5/M. 0.3 - 0.1 - 0.2 is -2.8e-17 in binary: uncached 0.
  // Expected: (0.1 x 1.25 + 0.2 x 2.5) / 1e6 = 6.25e-7.
  llmcost::Outcome o = run(c.get(), "usage_cost", {"gpt-4o", "openai", 0.3, 0.0, 0.1, 0.2});
  INFO(describe(o));
  REQUIRE(o.is_number());
  CHECK(o.value == Approx(6.25e-7).epsilon(1e-12));
  // bucket_cost the same.
  o = run(c.get(), "bucket_cost", {"gpt-4o", "openai", "base", 0.3, 0.0, 0.1, 0.2});
  INFO(describe(o));
  REQUIRE(o.is_number());
  CHECK(o.value == Approx(6.25e-7).epsilon(1e-12));
  // Expected: a real excess stays invalid, even a small one (1e-9 of the whole).
  o = run(c.get(), "usage_cost", {"gpt-4o", "openai", 1e6, 0.0, 5e5, 5e5 + 1e-3});
  INFO(describe(o));
  REQUIRE(o.is_invalid());
  CHECK(o.argument == "cache_write_tokens");
  o = run(c.get(), "usage_cost", {"gpt-4o", "openai", 0.3, 0.0, 0.1, 0.2000001});
  REQUIRE(o.is_invalid());
  CHECK(o.argument == "cache_write_tokens");
}
