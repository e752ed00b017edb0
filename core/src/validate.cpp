// The card's argument domains and overflow rule, enforced here and nowhere else.
#include <cmath>
#include <limits>
#include <string>

#include "llmcost/catalog.hpp"
#include "llmcost/registry.hpp"

namespace llmcost {

namespace {

// Each numeric domain as bounds: lo < x (lo_open) or lo <= x, x <= hi, and whole when it must be.
// Finite bounds also reject infinities and NaN. This table IS the card's domain table.
struct Bounds {
  double lo, hi;
  bool lo_open, whole;
};
constexpr double kMax = std::numeric_limits<double>::max();
constexpr Bounds kBounds[] = {
    {0, kMax, false, false},      // non_negative
    {-kMax, kMax, false, false},  // any_finite
    {0, kMax, true, false},       // positive
    {0, 1, false, false},         // unit_closed
    {0, 1, true, false},          // unit_open0
    {1, kMax, false, false},      // multiplier
    {-1, kMax, true, false},      // rate
    {1, kMax, false, true},       // whole_min1
    {1, 1200, false, true},       // months_1200
};

inline bool in_domain(Domain domain, double x) {
  const Bounds& b = kBounds[static_cast<std::size_t>(domain)];
  if (!(b.lo_open ? x > b.lo : x >= b.lo) || !(x <= b.hi)) return false;
  if (b.whole) [[unlikely]]
    return x == std::floor(x);
  return true;
}

}  // namespace

std::string_view domain_violation(Domain domain, double x) {
  if (is_text_domain(domain)) return "must be text";
  if (in_domain(domain, x)) return "";
  if (!std::isfinite(x)) return "must be a finite number";
  switch (domain) {
    case Domain::non_negative:
      return "must be >= 0";
    case Domain::positive:
      return "must be > 0";
    case Domain::unit_closed:
      return "must be between 0 and 1";
    case Domain::unit_open0:
      return "must be > 0 and <= 1";
    case Domain::multiplier:
      return "must be >= 1";
    case Domain::rate:
      return "must be > -1";
    case Domain::whole_min1:
      return "must be a whole number >= 1";
    case Domain::months_1200:
      return "must be a whole number from 1 to 1200";
    default:
      return "is out of range";
  }
}

namespace {

// What is wrong with a call's arguments, found without building any text (the hot path of
// evaluate() pays only for this); describe() turns it into the card's invalid outcome.
struct Problem {
  enum class Kind : unsigned char {
    none,
    count,
    required,
    not_text,
    not_number,
    domain,
    group,
    needs
  };
  Kind kind = Kind::none;
  std::size_t index = 0;  // the argument at fault (group: the given member; needs: the needing arg)
  std::size_t other = 0;  // group/needs: the argument that is missing
  std::string_view why;   // domain: the reason

  Problem() = default;
  Problem(Kind k, std::size_t i, std::size_t o = 0, std::string_view w = {})
      : kind(k), index(i), other(o), why(w) {}
};

bool group_given(const FunctionSpec& spec, std::span<const Value> args, int group) {
  for (std::size_t i = 0; i < spec.args.size(); ++i)
    if (spec.args[i].group == group && given(args, i)) return true;
  return false;
}

// Index of the first member of `group` that is missing (when `want_missing`), or the first member.
std::size_t first_member(const FunctionSpec& spec, std::span<const Value> args, int group,
                         bool want_missing) {
  for (std::size_t i = 0; i < spec.args.size(); ++i)
    if (spec.args[i].group == group && !(want_missing && given(args, i))) return i;
  return spec.args.size();
}

Problem find_problem(const FunctionSpec& spec, std::span<const Value> args) {
  const std::size_t required = static_cast<std::size_t>(spec.required);
  if (args.size() < required || args.size() > spec.args.size())
    return {Problem::Kind::count, args.size()};
  bool optional_given = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Domain domain = spec.args[i].domain;
    const Value& v = args[i];
    if (v.missing()) {
      if (i < required) return {Problem::Kind::required, i};
      continue;
    }
    optional_given |= i >= required;
    if (is_text_domain(domain)) {
      if (!v.is_text()) return {Problem::Kind::not_text, i};
      continue;
    }
    if (!v.is_number()) return {Problem::Kind::not_number, i};
    if (!in_domain(domain, v.number))
      return {Problem::Kind::domain, i, 0, domain_violation(domain, v.number)};
  }
  if (!optional_given) return {};
  // Option groups: all members or none; a member of `needs_group` only with its group.
  for (std::size_t i = 0; i < args.size(); ++i) {
    const ArgSpec& a = spec.args[i];
    if (!given(args, i)) continue;
    if (a.group != 0) {
      const std::size_t m = first_member(spec, args, a.group, true);
      if (m < spec.args.size()) return {Problem::Kind::group, i, m};
    }
    if (a.needs_group != 0 && !group_given(spec, args, a.needs_group))
      return {Problem::Kind::needs, i, first_member(spec, args, a.needs_group, false)};
  }
  return {};
}

Outcome describe(const FunctionSpec& spec, std::span<const Value> args, const Problem& p) {
  const auto name = [&](std::size_t i) {
    return i < spec.args.size() ? std::string(spec.args[i].name) : std::string("arguments");
  };
  switch (p.kind) {
    case Problem::Kind::none:
      return Outcome::of(0.0);
    case Problem::Kind::count: {
      // Too few: the first required argument left out is named (card s1, s6).
      if (p.index < static_cast<std::size_t>(spec.required))
        return Outcome::invalid(name(p.index), "is required", "nothing");
      std::string want = std::to_string(spec.required);
      if (spec.max_args() != spec.required) want += " to " + std::to_string(spec.max_args());
      return Outcome::invalid("arguments", "count must be " + want, std::to_string(p.index));
    }
    case Problem::Kind::required:
      return Outcome::invalid(name(p.index), "is required", "nothing");
    case Problem::Kind::not_text:
      return Outcome::invalid(name(p.index), "must be text", format_number(args[p.index].number));
    case Problem::Kind::not_number:
      return Outcome::invalid(name(p.index), "must be a number", quote_text(args[p.index].text));
    case Problem::Kind::domain:
      return Outcome::invalid(name(p.index), std::string(p.why),
                              format_number(args[p.index].number));
    case Problem::Kind::group:
    case Problem::Kind::needs:
      return Outcome::invalid(name(p.other), "is required with " + name(p.index), "nothing");
  }
  return Outcome::invalid("arguments", "are invalid", "nothing");
}

}  // namespace

Outcome validate(const FunctionSpec& spec, std::span<const Value> args) {
  return describe(spec, args, find_problem(spec, args));
}

// The formula's answer as it comes (every return a prvalue: built in place in the caller).
Outcome formula_answer(const FunctionSpec& spec, std::span<const Value> args,
                       const Catalog* catalog) {
  if (spec.compute_priced != nullptr) {
    // No catalog of the caller's own: the process-wide one (LLMCOST_CATALOG or the default),
    // which lives as long as the process.
    static const Catalog* const process = process_catalog().get();
    try {
      return spec.compute_priced(args, catalog != nullptr ? *catalog : *process);
    } catch (const std::exception& e) {  // out of memory, a regex too complex: never an escape
      return Outcome::invalid("result", "could not be computed", quote_text(e.what()));
    }
  }
  if (spec.compute != nullptr) return spec.compute(args);
  return Outcome::invalid("function", "has no scalar form", std::string(spec.name));
}

// The answer with the overflow rule applied; one named result (NRVO: no copies on the hot path).
Outcome computed(const FunctionSpec& spec, std::span<const Value> args, const Catalog* catalog) {
  Outcome out = formula_answer(spec, args, catalog);
  if (out.is_number() && !out.is_text) {
    if (!std::isfinite(out.value))
      out = Outcome::invalid("result", "out of range", format_number(out.value));
    else if (out.value == 0.0)
      out.value = 0.0;  // never -0
  }
  return out;
}

// The common call, checked first and cheaply: only the required arguments, every one a number in
// its domain. Anything else goes through find_problem().
bool plain_numbers_in_domain(const FunctionSpec& spec, std::span<const Value> args) {
  if (args.size() != static_cast<std::size_t>(spec.required)) return false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Domain domain = spec.args[i].domain;
    if (!args[i].is_number() || is_text_domain(domain) || !in_domain(domain, args[i].number))
      return false;
  }
  return true;
}

Outcome evaluate(const FunctionSpec& spec, std::span<const Value> args, const Catalog* catalog) {
  if (!plain_numbers_in_domain(spec, args)) {
    const Problem problem = find_problem(spec, args);
    if (problem.kind != Problem::Kind::none) return describe(spec, args, problem);
  }
  return computed(spec, args, catalog);
}

Outcome call(std::string_view name, std::span<const Value> args) {
  const FunctionSpec* spec = find_function(name);
  if (spec == nullptr) return Outcome::invalid("function", "is unknown", quote_text(name));
  return evaluate(*spec, args);
}

const FunctionSpec* find_function(std::string_view name) {
  for (const FunctionSpec& f : functions())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace llmcost
