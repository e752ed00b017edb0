#include "catalog_text.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace llmcost::catalog_text {

std::string provider_alias(std::string_view provider) {
  std::string p = lowercase(provider);
  if (p == "gemini" || p.starts_with("vertex_ai")) return "google";
  if (p.starts_with("bedrock")) return "aws";
  return p;
}

double scale_decimal(double x, int power10) {
  if (!std::isfinite(x) || x == 0.0) return x;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  if (ec != std::errc()) return x * std::pow(10.0, power10);
  std::string text(buf, end);  // shortest round trip: "3e-06", "1.25e-07"
  std::size_t e = text.find('e');
  int exponent = 0;
  std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(),
                  exponent);
  text = text.substr(0, e) + "e" + std::to_string(exponent + power10);
  double out = 0.0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return out;
}

}  // namespace llmcost::catalog_text
