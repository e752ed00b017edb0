#include "date.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace llmcost::calc {

std::optional<std::string> iso_date(double serial, NullDate null_date) {
  using namespace std::chrono;
  if (!std::isfinite(serial) || serial < 1 || serial > 4e6) return std::nullopt;
  const year_month_day origin{year{null_date.year}, month{static_cast<unsigned>(null_date.month)},
                              day{static_cast<unsigned>(null_date.day)}};
  if (!origin.ok()) return std::nullopt;
  const year_month_day date{sys_days{origin} + days{static_cast<int>(std::floor(serial))}};
  const int y = static_cast<int>(date.year());
  if (!date.ok() || y < 1 || y > 9999) return std::nullopt;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", y, static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return std::string(text);
}

}  // namespace llmcost::calc
