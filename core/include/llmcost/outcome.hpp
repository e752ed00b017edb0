// The one outcome type of every llmcost function, and the text of its errors.
//
// Every function answers one of three things (function card, section 1):
//   number  - the answer (a number, or text for the few text functions: is_text);
//   none    - no answer exists (never breaks even, a price the model lacks): SQL NULL, Calc #N/A;
//   invalid - bad input, naming the argument, the reason and the value it got: SQL error, Calc
//   Err:502.
// Front-ends map an Outcome once, with error_message() giving the card's text
//   "<function>: <argument> <reason> (got <value>)".
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace llmcost {

enum class Status : unsigned char { number, none, invalid };

struct Outcome {
  Status status = Status::none;
  double value = 0.0;    // the answer when status == number
  std::string text;      // the answer of a text function (model_resolve, llmcost_catalog_info)
  bool is_text = false;  // true when the answer is `text`, not `value`
  std::string argument;  // invalid: the bad argument's name, or "result" for an overflow
  std::string reason;    // invalid: why, in plain English ("must be >= 0")
  std::string got;       // invalid: the offending value, already formatted (see format_number)

  static Outcome of(double v) {
    Outcome o;
    o.status = Status::number;
    o.value = v;
    return o;
  }
  static Outcome of_text(std::string t) {
    Outcome o;
    o.status = Status::number;
    o.text = std::move(t);
    o.is_text = true;
    return o;
  }
  static Outcome nothing() { return Outcome{}; }
  static Outcome invalid(std::string argument, std::string reason, std::string got) {
    Outcome o;
    o.status = Status::invalid;
    o.argument = std::move(argument);
    o.reason = std::move(reason);
    o.got = std::move(got);
    return o;
  }
  bool is_number() const { return status == Status::number; }
  bool is_none() const { return status == Status::none; }
  bool is_invalid() const { return status == Status::invalid; }
};

// The shortest text that reads back as the same double ("0.1", "1e+308", "inf", "-inf").
std::string format_number(double x);
// Text as the card shows it in an error: in single quotes, inner quotes doubled ('it''s');
// bytes that are not UTF-8 and control characters as \xNN; at most 80 characters, then "...".
std::string quote_text(std::string_view text);
// "<function>: <argument> <reason> (got <got>)" for an invalid outcome.
std::string error_message(std::string_view function, const Outcome& invalid);

}  // namespace llmcost
