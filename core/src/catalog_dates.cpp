// priced_at text and the days the catalog's rows hold from.
#include <cstdio>
#include <string>

#include "llmcost/catalog.hpp"

namespace llmcost {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
Day days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<Day>(era * 146097 + doe - 719468);
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Reads exactly n digits at s[i..] into out; false if any is not a digit.
bool digits(std::string_view s, std::size_t i, std::size_t n, int& out) {
  if (i + n > s.size()) return false;
  out = 0;
  for (std::size_t k = i; k < i + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    out = out * 10 + (s[k] - '0');
  }
  return true;
}

// "HH:MM[:SS[.fraction]][Z|+HH:MM|-HH:MM|+HHMM|-HHMM]", the whole of s.
bool valid_time(std::string_view s) {
  int hh = 0, mm = 0, ss = 0;
  if (!digits(s, 0, 2, hh) || s.size() < 5 || s[2] != ':' || !digits(s, 3, 2, mm)) return false;
  if (hh > 23 || mm > 59) return false;
  std::size_t i = 5;
  if (i < s.size() && s[i] == ':') {
    if (!digits(s, i + 1, 2, ss) || ss > 60) return false;  // 60: a leap second
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      std::size_t start = ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) return false;
    }
  }
  if (i == s.size()) return true;
  if (s[i] == 'Z' || s[i] == 'z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  int zh = 0, zm = 0;
  std::string_view zone = s.substr(i + 1);
  if (zone.size() == 5 && zone[2] == ':')
    return digits(zone, 0, 2, zh) && digits(zone, 3, 2, zm) && zh <= 23 && zm <= 59;
  if (zone.size() == 4)
    return digits(zone, 0, 2, zh) && digits(zone, 2, 2, zm) && zh <= 23 && zm <= 59;
  if (zone.size() == 2) return digits(zone, 0, 2, zh) && zh <= 23;
  return false;
}

}  // namespace

std::optional<Day> parse_priced_at(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() < 10 || !digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, m) ||
      text[7] != '-' || !digits(text, 8, 2, d))
    return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  if (text.size() > 10) {
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
    if (!valid_time(text.substr(11))) return std::nullopt;
  }
  return days_from_civil(y, m, d);
}

std::string format_day(Day day) {
  if (day == kBeginning) return "beginning";
  // H. Hinnant's civil_from_days.
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace llmcost
