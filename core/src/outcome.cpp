#include "llmcost/outcome.hpp"

#include <charconv>
#include <cmath>

namespace llmcost {

std::string format_number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x);  // shortest round-trip form
  std::string out(buf, res.ptr);
  // to_chars pads the exponent to two digits ("1e-04"); the shortest form is "1e-4".
  if (const auto e = out.find('e'); e != std::string::npos && e + 2 < out.size()) {
    const auto digits = e + 2;  // after "e+" or "e-"
    const auto first = out.find_first_not_of('0', digits);
    out.erase(digits, (first == std::string::npos ? out.size() - 1 : first) - digits);
  }
  return out;
}

namespace {

// Length of the valid UTF-8 sequence starting text[i], or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b = byte(i);
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF)
    n = 2;
  else if (b >= 0xE0 && b <= 0xEF)
    n = 3, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
  else if (b >= 0xF0 && b <= 0xF4)
    n = 4, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
  else
    return 0;
  if (i + n > text.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

}  // namespace

std::string quote_text(std::string_view text) {
  constexpr std::size_t kMaxShown = 80;  // characters of the value shown; longer text ends in "..."
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "'";
  std::size_t shown = 0, i = 0;
  for (; i < text.size() && shown < kMaxShown; ++shown) {
    const std::size_t n = utf8_length(text, i);
    const auto b = static_cast<unsigned char>(text[i]);
    if (n == 0 || b < 0x20 || b == 0x7F) {  // not UTF-8, or a control character: \xNN
      out.append("\\x").push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 0xF]);
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    if (b == '\'') out += '\'';  // quotes doubled, as in SQL
    i += n;
  }
  if (i < text.size()) out += "...";
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
