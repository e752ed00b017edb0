// Small text helpers shared by the catalog's readers and its name resolution.
#pragma once

#include <string>
#include <string_view>

namespace llmcost::catalog_text {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The provider id a name prefix or a source's provider label stands for: `gemini` and `vertex_ai*`
// are google, `bedrock*` is aws (card section 7); anything else is itself, lowercased.
std::string provider_alias(std::string_view provider);

// x scaled by 10^power10, rounded once from the shortest decimal that reads back as x, so that
// LiteLLM's 3e-06 per token becomes exactly 3 per M (a binary multiplication by 1e6 would not).
double scale_decimal(double x, int power10);

}  // namespace llmcost::catalog_text
