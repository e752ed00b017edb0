// How llmcost's function table appears in Calc.  Documents store the service name and the method
// names (`ORG.LLMCOST.CALC.FUNCTIONS.BREAKEVENMONTHS`), so none of these may change once released.
//
// Rules (shared by the build-time generator and the add-in, so they cannot drift apart):
//   1. Service org.llmcost.calc.Functions, interface org.llmcost.calc.XFunctions.
//   2. A method is the SQL name in lowerCamelCase (UNO identifiers allow no '_'):
//      breakeven_months -> breakevenMonths; its parameters likewise (one_time_cost -> oneTimeCost).
//   3. The display name is the SQL name upper-cased (BREAKEVEN_MONTHS); category "Financial".
//   4. An argument's help is its description, plus " (required)" for a required one (Calc shows
//      every `any` argument as optional in the Function Wizard).
//   5. A function with a `priced_at` argument takes the document's XPropertySet first (hidden by
//      Calc) to read the null date that turns a date cell into ISO text.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

#include "llmcost/registry.hpp"

namespace llmcost::calc {

inline constexpr std::string_view kService = "org.llmcost.calc.Functions";
inline constexpr std::string_view kInterface = "org.llmcost.calc.XFunctions";
inline constexpr std::string_view kImplementation = "org.llmcost.calc.FunctionsImpl";
inline constexpr std::string_view kAddInService = "com.sun.star.sheet.AddIn";
inline constexpr std::string_view kCategory = "Financial";
// Most arguments a function may have (checked by the generator at build time).
inline constexpr std::size_t kMaxArgs = 16;

// snake_case -> lowerCamelCase.
inline std::string camel_case(std::string_view snake) {
  std::string out;
  bool upper = false;
  for (char c : snake) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

inline std::string method_name(std::string_view sql_name) { return camel_case(sql_name); }

inline std::string display_name(std::string_view sql_name) {
  std::string out(sql_name);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

// The name a document stores: service + "." + method.
inline std::string programmatic_name(std::string_view sql_name) {
  return std::string(kService) + "." + method_name(sql_name);
}

inline std::string argument_help(const FunctionSpec& spec, const ArgSpec& arg) {
  std::string help(arg.description);
  if (&arg - spec.args.data() < spec.required) help += " (required)";
  return help;
}

inline bool takes_document(const FunctionSpec& spec) {
  return std::any_of(spec.args.begin(), spec.args.end(),
                     [](const ArgSpec& a) { return a.domain == Domain::date; });
}

}  // namespace llmcost::calc
