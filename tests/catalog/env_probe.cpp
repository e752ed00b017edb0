// The process catalog as LLMCOST_CATALOG sets it, checked in a process of its own (the variable is
// read once per process). Usage: catalog_env_probe default | litellm <path> | broken <path>
// [the error, exactly].
// Exit 0 when every check holds, 1 otherwise, printing what failed.
#include <cstdio>
#include <string>

#include "llmcost/llmcost.hpp"

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "FAILED: %s\n", what.c_str());
    ++failures;
  }
}

std::string info() { return llmcost::call("llmcost_catalog_info", {}).text; }

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  const std::string path = argc > 2 ? argv[2] : "";
  using llmcost::call;
  if (mode == "default") {
    check(info().find(R"("source":"llmcost default catalog")") != std::string::npos,
          "default source: " + info());
    // The seed's GPT-5.5 fine-tune: 1M input at $2.
    check(call("usage_cost", {"ft:gpt-5.5", "openai", 1e6, 0.0}).value == 2.0, "default prices");
  } else if (mode == "litellm") {
    // LiteLLM's file replaces the default: its 2,451 models, its date, its prices.
    check(info().find("\"source\":\"" + path + "\",\"date\":\"2026-07-24\",\"models\":2451") !=
              std::string::npos,
          "LiteLLM catalog info: " + info());
    check(call("model_rate", {"gemini/gemini-2.5-pro", "input_long"}).value == 2.5,
          "LiteLLM price");
    // The default's seed rows are not in it: replaced, not merged.
    check(call("model_rate", {"ft:gpt-5.5", "input"}).is_invalid(), "replaced, not merged");
  } else if (mode == "broken") {
    // A file that fails: every catalog function is invalid with its error; no silent fallback.
    for (const char* fn : {"usage_cost", "model_rate", "model_resolve", "bucket_cost"}) {
      llmcost::Outcome o =
          std::string(fn) == "usage_cost"    ? call(fn, {"gpt-4.1", "openai", 1.0, 1.0})
          : std::string(fn) == "bucket_cost" ? call(fn, {"gpt-4.1", "openai", "base", 1.0, 1.0})
          : std::string(fn) == "model_rate"  ? call(fn, {"gpt-4.1", "input"})
                                             : call(fn, {"gpt-4.1"});
      check(o.is_invalid() && o.argument == "catalog", std::string(fn) + " must be invalid");
      check(llmcost::error_message(fn, o).find(path) != std::string::npos, "error names the file");
    }
    check(info().find(R"("error":"LLMCOST_CATALOG: )") != std::string::npos,
          "info states the error: " + info());
    if (argc > 3) {
      const std::string expected = argv[3];
      check(info().find("\"error\":\"" + expected + "\"") != std::string::npos,
            "info states the error '" + expected + "': " + info());
    }
    // Functions that read no prices are unaffected.
    check(call("token_cost", {1000.0, 2.0}).value == 0.002, "token_cost still works");
  } else {
    check(false, "unknown mode '" + mode + "'");
  }
  if (failures == 0) std::printf("catalog_env_probe %s: ok\n", mode.c_str());
  return failures == 0 ? 0 : 1;
}
