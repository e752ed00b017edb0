// A model's own match rule, as genai-prices writes it: {"equals": ...}, {"starts_with": ...},
// {"ends_with": ...}, {"contains": ...}, {"regex": ...} (searched anywhere, like Python's
// re.search),
// {"or": [...]}, {"and": [...]}. Names are matched lowercased, as genai-prices does.
#pragma once

#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "llmcost/catalog.hpp"

namespace llmcost {

struct MatchRule {
  enum class Op : unsigned char { equals, starts_with, ends_with, contains, regex, any_of, all_of };
  Op op = Op::equals;
  std::string text;                      // the clause's text (lowercased for the text ops)
  std::shared_ptr<const std::regex> re;  // Op::regex
  std::vector<MatchRule> children;       // any_of, all_of
};

}  // namespace llmcost
