// Reader of the golden vectors (tests/vectors/*.tsv; function card section 8), shared by the core,
// SQL and Calc test binaries.
//
// Columns, tab-separated: function, args, expect, rel_tol, hosts, source.  `#` starts a comment
// line. args: SQL literal syntax, comma-separated: numbers (9e999 is an infinity), 'text' (quotes
// doubled inside), NULL, X'..' blobs; an empty slot (", ,") is an omitted optional argument (Calc's
// ";;"). expect: a number, `none`, `invalid:<argument>`, or `calc_error:<code>`.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace llmcost::test {

struct VectorArg {
  enum class Kind { omitted, null, number, text, blob } kind = Kind::omitted;
  double number = 0.0;
  std::string text;     // text value (unquoted), or the blob's hex digits
  std::string literal;  // as written in the file (SQL syntax)
};

struct Vector {
  std::string file;
  int line = 0;
  std::string function;   // "breakeven_months", or "cost_schedule[24].difference"
  std::string args_text;  // the args column as written
  std::vector<VectorArg> args;
  enum class Expect { number, none, invalid, calc_error } expect = Expect::number;
  double value = 0.0;    // expected number
  std::string argument;  // invalid:<argument>
  int calc_error = 0;    // calc_error:<code>
  double rel_tol = 1e-12;
  std::vector<std::string> hosts;
  std::string source;

  bool runs_on(const std::string& host) const;
  std::string where() const { return file + ":" + std::to_string(line); }
  // For "cost_schedule[24].difference": the month (24) and the column ("difference").
  std::optional<std::pair<int, std::string>> schedule_cell() const;
  std::string base_function() const;  // function without any "[...]..." suffix
};

// Reads every *.tsv under dir, sorted by file name; throws std::runtime_error on a malformed line.
std::vector<Vector> load_vectors(const std::string& dir);
// Parses one args column (exposed for tests of the reader itself).
std::vector<VectorArg> parse_args(const std::string& text);
// True when got is within rel_tol of want (absolute tol rel_tol when want == 0).
bool close_enough(double got, double want, double rel_tol);

}  // namespace llmcost::test
