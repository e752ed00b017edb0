// Calc date cells as the card's `priced_at` text.  A Calc date is a count of days since the
// document's null date (1899-12-30 by default; the time of day is the fraction).  The card wants an
// ISO date "YYYY-MM-DD"; the time of day is dropped (catalog rows hold from whole dates).
#pragma once

#include <optional>
#include <string>

namespace llmcost::calc {

struct NullDate {
  int year = 1899;
  int month = 12;
  int day = 30;
};

// "YYYY-MM-DD" of day `serial` after `null_date`; nullopt unless serial >= 1 (0 is an empty cell,
// which the card makes invalid) and the date falls in years 1..9999.
std::optional<std::string> iso_date(double serial, NullDate null_date = {});

}  // namespace llmcost::calc
