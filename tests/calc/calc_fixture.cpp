// Tables the Python Calc tests need from C++, so that nothing is parsed or computed twice:
//   calc_fixture names             sql_name, display name, programmatic name (service.method),
//                                  required count, argument count; then one `arg` line per argument
//                                  (function, index, name, help as the Function Wizard shows it)
//   calc_fixture vectors <dir>     every golden vector whose hosts include calc, its arguments in
//                                  Calc syntax (`;`, "text", an empty slot for an omitted optional)
//   calc_fixture schedule <args>   the core's cost_schedule rows (the oracle of COST_SCHEDULE)
// Output is tab-separated; numbers with 17 significant digits.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "llmcost/llmcost.hpp"
#include "naming.hpp"
#include "vectors.hpp"

namespace {

using llmcost::test::Vector;
using llmcost::test::VectorArg;

std::string number(double x) {
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", x);
  return text;
}

int names() {
  for (const llmcost::FunctionSpec& f : llmcost::functions()) {
    std::cout << "fn\t" << f.name << '\t' << llmcost::calc::display_name(f.name) << '\t'
              << llmcost::calc::programmatic_name(f.name) << '\t' << f.required << '\t'
              << f.args.size() << '\t' << f.description << '\n';
    for (std::size_t i = 0; i < f.args.size(); ++i)
      std::cout << "arg\t" << f.name << '\t' << i << '\t' << f.args[i].name << '\t'
                << llmcost::calc::argument_help(f, f.args[i]) << '\n';
  }
  return 0;
}

// One argument in Calc's formula syntax; throws for NULL and blobs, which Calc cannot express.
std::string calc_arg(const Vector& v, const VectorArg& a) {
  switch (a.kind) {
    case VectorArg::Kind::omitted:
      return "";
    case VectorArg::Kind::number:
      if (!std::isfinite(a.number))
        throw std::runtime_error(v.where() + ": Calc has no infinite or NaN values");
      return llmcost::format_number(a.number);
    case VectorArg::Kind::text: {
      std::string out = "\"";
      for (char c : a.text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      return out + "\"";
    }
    default:
      throw std::runtime_error(v.where() + ": NULL and blobs have no Calc form");
  }
}

int vectors(const std::string& dir) {
  static const char* const kExpect[] = {"number", "none", "invalid", "calc_error"};
  static const std::vector<std::string> kColumns = {"month", "cumulative_a", "cumulative_b",
                                                    "difference"};
  for (const Vector& v : llmcost::test::load_vectors(dir)) {
    if (!v.runs_on("calc")) continue;
    std::string args;
    for (std::size_t i = 0; i < v.args.size(); ++i) args += (i ? ";" : "") + calc_arg(v, v.args[i]);
    std::string month, column;
    if (const auto cell = v.schedule_cell()) {
      month = std::to_string(cell->first);
      for (std::size_t c = 0; c < kColumns.size(); ++c)
        if (kColumns[c] == cell->second) column = std::to_string(c + 1);
      if (column.empty()) throw std::runtime_error(v.where() + ": unknown column " + cell->second);
    }
    std::cout << v.where() << '\t' << v.function << '\t' << v.base_function() << '\t' << args
              << '\t' << kExpect[static_cast<int>(v.expect)] << '\t' << number(v.value) << '\t'
              << number(v.rel_tol) << '\t'
              << (v.expect == Vector::Expect::calc_error ? std::to_string(v.calc_error)
                                                         : v.argument)
              << '\t' << month << '\t' << column << '\n';
  }
  return 0;
}

int schedule(int argc, char** argv) {
  std::vector<llmcost::Value> args;
  for (int i = 0; i < argc; ++i) args.emplace_back(std::stod(argv[i]));
  const llmcost::Schedule s = llmcost::cost_schedule(args);
  if (!s.outcome.is_number()) {
    std::cout << "invalid\t" << s.outcome.argument << '\n';
    return 0;
  }
  for (const auto& r : s.rows)
    std::cout << number(r.month) << '\t' << number(r.cumulative_a) << '\t' << number(r.cumulative_b)
              << '\t' << number(r.difference) << '\n';
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "names" && argc == 2) return names();
    if (command == "vectors" && argc == 3) return vectors(argv[2]);
    if (command == "schedule" && argc >= 3) return schedule(argc - 2, argv + 2);
    std::cerr << "usage: calc_fixture names | vectors <dir> | schedule <number>...\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "calc_fixture: " << e.what() << '\n';
    return 1;
  }
}
