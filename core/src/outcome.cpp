#include "llmcost/outcome.hpp"

#include <charconv>
#include <cmath>

namespace llmcost {

std::string format_number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x);  // shortest round-trip form
  return std::string(buf, res.ptr);
}

std::string quote_text(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  out += '\'';
  return out;
}

std::string error_message(std::string_view function, const Outcome& o) {
  std::string msg;
  msg.reserve(function.size() + o.argument.size() + o.reason.size() + o.got.size() + 12);
  msg.append(function).append(": ").append(o.argument).append(" ").append(o.reason);
  msg.append(" (got ").append(o.got).append(")");
  return msg;
}

}  // namespace llmcost
