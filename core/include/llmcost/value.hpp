// One argument as a host hands it to llmcost: missing (an omitted optional), a number, or text.
// Text is a view: the host's buffer must outlive the call.
#pragma once

#include <optional>
#include <string_view>

namespace llmcost {

struct Value {
  enum class Kind : unsigned char { missing, number, text };
  Kind kind = Kind::missing;
  double number = 0.0;
  std::string_view text;

  constexpr Value() = default;
  constexpr Value(double x) : kind(Kind::number), number(x) {}  // NOLINT: implicit by design
  constexpr Value(std::optional<double> x)                      // NOLINT: nullopt is missing
      : kind(x ? Kind::number : Kind::missing), number(x ? *x : 0.0) {}
  constexpr Value(std::string_view t) : kind(Kind::text), text(t) {}  // NOLINT
  constexpr Value(const char* t) : kind(Kind::text), text(t) {}       // NOLINT

  constexpr bool missing() const { return kind == Kind::missing; }
  constexpr bool is_number() const { return kind == Kind::number; }
  constexpr bool is_text() const { return kind == Kind::text; }
};

}  // namespace llmcost
