// The card's argument domains and overflow rule, enforced here and nowhere else.
#include <cmath>
#include <string>

#include "llmcost/catalog.hpp"
#include "llmcost/registry.hpp"

namespace llmcost {

std::string_view domain_violation(Domain domain, double x) {
  if (!std::isfinite(x)) return "must be a finite number";
  switch (domain) {
    case Domain::non_negative:
      return x >= 0 ? "" : "must be >= 0";
    case Domain::any_finite:
      return "";
    case Domain::positive:
      return x > 0 ? "" : "must be > 0";
    case Domain::unit_closed:
      return x >= 0 && x <= 1 ? "" : "must be between 0 and 1";
    case Domain::unit_open0:
      return x > 0 && x <= 1 ? "" : "must be > 0 and <= 1";
    case Domain::multiplier:
      return x >= 1 ? "" : "must be >= 1";
    case Domain::rate:
      return x > -1 ? "" : "must be > -1";
    case Domain::whole_min1:
      return x >= 1 && x == std::floor(x) ? "" : "must be a whole number >= 1";
    case Domain::months_1200:
      return x >= 1 && x <= 1200 && x == std::floor(x) ? ""
                                                       : "must be a whole number from 1 to 1200";
    case Domain::text:
      return "must be text";
  }
  return "is out of range";
}

namespace {

Outcome count_error(const FunctionSpec& spec, std::size_t n) {
  // Too few: the first required argument left out is named (card s1, s6).
  if (n < static_cast<std::size_t>(spec.required))
    return Outcome::invalid(std::string(spec.args[n].name), "is required", "nothing");
  std::string want = std::to_string(spec.required);
  if (spec.max_args() != spec.required) want += " to " + std::to_string(spec.max_args());
  return Outcome::invalid("arguments", "count must be " + want, std::to_string(n));
}

bool group_given(const FunctionSpec& spec, std::span<const Value> args, int group) {
  for (std::size_t i = 0; i < spec.args.size(); ++i)
    if (spec.args[i].group == group && given(args, i)) return true;
  return false;
}

// The first member of `group` that is missing, or nullptr.
const ArgSpec* first_missing(const FunctionSpec& spec, std::span<const Value> args, int group) {
  for (std::size_t i = 0; i < spec.args.size(); ++i)
    if (spec.args[i].group == group && !given(args, i)) return &spec.args[i];
  return nullptr;
}

const ArgSpec* first_of(const FunctionSpec& spec, int group) {
  for (const ArgSpec& a : spec.args)
    if (a.group == group) return &a;
  return nullptr;
}

}  // namespace

Outcome validate(const FunctionSpec& spec, std::span<const Value> args) {
  if (args.size() < static_cast<std::size_t>(spec.required) || args.size() > spec.args.size())
    return count_error(spec, args.size());
  for (std::size_t i = 0; i < args.size(); ++i) {
    const ArgSpec& a = spec.args[i];
    const Value& v = args[i];
    if (v.missing()) {
      if (i < static_cast<std::size_t>(spec.required))
        return Outcome::invalid(std::string(a.name), "is required", "nothing");
      continue;
    }
    if (is_text_domain(a.domain)) {
      if (!v.is_text())
        return Outcome::invalid(std::string(a.name), "must be text", format_number(v.number));
      continue;
    }
    if (!v.is_number())
      return Outcome::invalid(std::string(a.name), "must be a number", quote_text(v.text));
    std::string_view why = domain_violation(a.domain, v.number);
    if (!why.empty())
      return Outcome::invalid(std::string(a.name), std::string(why), format_number(v.number));
  }
  // Option groups: all members or none; a member of `needs_group` only with its group.
  for (std::size_t i = 0; i < args.size(); ++i) {
    const ArgSpec& a = spec.args[i];
    if (!given(args, i)) continue;
    if (a.group != 0) {
      if (const ArgSpec* m = first_missing(spec, args, a.group))
        return Outcome::invalid(std::string(m->name), "is required with " + std::string(a.name),
                                "nothing");
    }
    if (a.needs_group != 0 && !group_given(spec, args, a.needs_group)) {
      const ArgSpec* head = first_of(spec, a.needs_group);
      return Outcome::invalid(std::string(head ? head->name : "arguments"),
                              "is required with " + std::string(a.name), "nothing");
    }
  }
  return Outcome::of(0.0);
}

Outcome evaluate(const FunctionSpec& spec, std::span<const Value> args, const Catalog* catalog) {
  Outcome checked = validate(spec, args);
  if (!checked.is_number()) return checked;
  Outcome out;
  if (spec.compute_priced != nullptr) {
    // No catalog of the caller's own: the process-wide one (LLMCOST_CATALOG or the default),
    // which lives as long as the process.
    static const Catalog* const process = process_catalog().get();
    try {
      out = spec.compute_priced(args, catalog != nullptr ? *catalog : *process);
    } catch (const std::exception& e) {  // out of memory, a regex too complex: never an escape
      return Outcome::invalid("result", "could not be computed", quote_text(e.what()));
    }
  } else if (spec.compute != nullptr) {
    out = spec.compute(args);
  } else {
    return Outcome::invalid("function", "has no scalar form", std::string(spec.name));
  }
  if (out.is_number() && !out.is_text && !std::isfinite(out.value))
    return Outcome::invalid("result", "out of range", format_number(out.value));
  if (out.is_number() && out.value == 0.0) out.value = 0.0;  // never -0
  return out;
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
