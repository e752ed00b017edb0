// Resolving a model name (card section 7):
//  1. If the text before the first '/' is a provider of the catalog or an alias (gemini, vertex_ai*
//  ->
//     google; bedrock* -> aws), the rest resolves within that provider only.
//  2. Otherwise each provider is tried in turn: the model maker's own first (anthropic for
//  claude-*,
//     openai for gpt-*, o<digit>*, chatgpt-*, ft:gpt-*, google for gemini-*, gemma-*; a leading
//     "ft:" is looked through), then the others in the order they first appear in the catalog.
//  3. Within a provider: the exact id (case-insensitive); then the catalog's own match rules, in
//  the
//     catalog's order; then the longest id followed only by dated, versioned or fine-tune suffixes
//     (-YYYY-MM-DD, -YYYYMMDD, -v<digits>..., -latest, @..., :..., the last two not empty: a
//     bare trailing '@' or ':' is no suffix). Any other remainder does not resolve
//     (gpt-4o-audio-preview is not gpt-4o). A Bedrock region prefix (us., eu., apac., global.,
//     jp., au., ca., us-gov.) is dropped when the name as given does not resolve.
// A name that does not resolve is nullptr; the functions make it invalid input, never 0.
#include <regex>

#include "catalog_text.hpp"
#include "llmcost/catalog.hpp"
#include "match_rule.hpp"

namespace llmcost {
namespace {

using catalog_text::lowercase;

constexpr std::size_t kCacheLimit = 4096;  // distinct names remembered per catalog

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// True when s (a remainder after an id) is made only of the card's dated, versioned or fine-tune
// suffixes.
bool only_version_suffixes(std::string_view s) {
  while (!s.empty()) {
    // @20240620, :ft-org::id, :0; a bare '@' or ':' with nothing after it is no suffix.
    if (s.front() == '@' || s.front() == ':') return s.size() > 1;
    if (s.starts_with("-latest")) {
      s.remove_prefix(7);
      continue;
    }
    if (s.size() >= 11 && s[0] == '-' && all_digits(s.substr(1, 4)) && s[5] == '-' &&
        all_digits(s.substr(6, 2)) && s[8] == '-' && all_digits(s.substr(9, 2))) {
      s.remove_prefix(11);  // -YYYY-MM-DD
      continue;
    }
    if (s.size() >= 9 && s[0] == '-' && all_digits(s.substr(1, 8)) &&
        (s.size() == 9 || s[9] < '0' || s[9] > '9')) {
      s.remove_prefix(9);  // -YYYYMMDD
      continue;
    }
    if (s.size() >= 3 && s[0] == '-' && s[1] == 'v' && s[2] >= '0' && s[2] <= '9') {
      std::size_t i = 2;  // -v1, -v2.1
      while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
      s.remove_prefix(i);
      continue;
    }
    return false;
  }
  return true;
}

constexpr std::string_view kRegions[] = {"us.", "eu.", "apac.", "global.",
                                         "jp.", "au.", "ca.",   "us-gov."};

std::string_view drop_region(std::string_view name) {
  for (std::string_view r : kRegions)
    if (name.starts_with(r) && name.size() > r.size()) return name.substr(r.size());
  return name;
}

// The provider that makes a model of this (lowercase) name, or "" when the name does not say.
std::string_view maker_of(std::string_view name) {
  if (name.starts_with("ft:")) name.remove_prefix(3);
  if (name.starts_with("claude")) return "anthropic";
  if (name.starts_with("gpt-") || name.starts_with("chatgpt-") ||
      (name.size() >= 2 && name[0] == 'o' && name[1] >= '0' && name[1] <= '9'))
    return "openai";
  if (name.starts_with("gemini") || name.starts_with("gemma")) return "google";
  return "";
}

}  // namespace

bool rule_matches(const MatchRule& rule, std::string_view name) {
  switch (rule.op) {
    case MatchRule::Op::equals:
      return name == rule.text;
    case MatchRule::Op::starts_with:
      return name.starts_with(rule.text);
    case MatchRule::Op::ends_with:
      return name.ends_with(rule.text);
    case MatchRule::Op::contains:
      return name.find(rule.text) != std::string_view::npos;
    case MatchRule::Op::regex:
      return rule.re && std::regex_search(name.begin(), name.end(), *rule.re);
    case MatchRule::Op::any_of:
      for (const MatchRule& c : rule.children)
        if (rule_matches(c, name)) return true;
      return false;
    case MatchRule::Op::all_of:
      for (const MatchRule& c : rule.children)
        if (!rule_matches(c, name)) return false;
      return !rule.children.empty();
  }
  return false;
}

const Catalog::Scope* Catalog::scope_of(std::string_view provider_or_alias) const {
  std::string wanted = lowercase(provider_or_alias);
  for (const Scope& s : scopes_)
    if (s.provider == wanted) return &s;
  wanted = catalog_text::provider_alias(wanted);
  for (const Scope& s : scopes_)
    if (s.provider == wanted) return &s;
  return nullptr;
}

const Model* Catalog::resolve_in(const Scope& scope, std::string_view name) const {
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (auto it = scope.exact.find(std::string(name)); it != scope.exact.end())
      return &models_[it->second];
    for (std::uint32_t i : scope.ruled)
      if (rule_matches(*models_[i].match, name)) return &models_[i];
    for (std::size_t p = name.size(); p-- > 1;) {
      if (name[p] != '-' && name[p] != '@' && name[p] != ':') continue;
      auto it = scope.exact.find(std::string(name.substr(0, p)));
      if (it != scope.exact.end() && only_version_suffixes(name.substr(p)))
        return &models_[it->second];
    }
    std::string_view without_region = drop_region(name);
    if (without_region.size() == name.size()) break;
    name = without_region;
  }
  return nullptr;
}

const Model* Catalog::resolve_uncached(std::string_view raw) const {
  std::string name = lowercase(catalog_text::trim(raw));
  if (name.empty()) return nullptr;
  if (std::size_t slash = name.find('/'); slash != std::string::npos && slash > 0) {
    if (const Scope* scope = scope_of(std::string_view(name).substr(0, slash)))
      return resolve_in(*scope, std::string_view(name).substr(slash + 1));
  }
  const Scope* maker = nullptr;
  if (std::string_view m = maker_of(name); !m.empty()) maker = scope_of(m);
  if (maker != nullptr)
    if (const Model* found = resolve_in(*maker, name)) return found;
  for (const Scope& s : scopes_)
    if (&s != maker)
      if (const Model* found = resolve_in(s, name)) return found;
  return nullptr;
}

const Model* Catalog::resolve(std::string_view name) const {
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = cache_.find(name); it != cache_.end()) return it->second;
  }
  const Model* found = resolve_uncached(name);
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() < kCacheLimit) cache_.emplace(std::string(name), found);
  return found;
}

}  // namespace llmcost
