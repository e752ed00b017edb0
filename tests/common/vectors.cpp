#include "vectors.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace llmcost::test {

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

double parse_number(const std::string& s, const std::string& what) {
  char* end = nullptr;
  const double x = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size())
    throw std::runtime_error("not a number in " + what + ": " + s);
  return x;
}

VectorArg parse_one(const std::string& raw) {
  VectorArg a;
  a.literal = trim(raw);
  const std::string& t = a.literal;
  if (t.empty()) {
    a.kind = VectorArg::Kind::omitted;
  } else if (t == "NULL" || t == "null") {
    a.kind = VectorArg::Kind::null;
  } else if (t.size() >= 3 && (t[0] == 'X' || t[0] == 'x') && t[1] == '\'') {
    a.kind = VectorArg::Kind::blob;
    a.text = t.substr(2, t.size() - 3);
  } else if (t.front() == '\'') {
    if (t.size() < 2 || t.back() != '\'') throw std::runtime_error("unterminated text: " + t);
    a.kind = VectorArg::Kind::text;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
      a.text += t[i];
      if (t[i] == '\'') ++i;  // '' is one quote
    }
  } else {
    a.kind = VectorArg::Kind::number;
    a.number = parse_number(t, "args");
  }
  return a;
}

}  // namespace

std::vector<VectorArg> parse_args(const std::string& text) {
  std::vector<VectorArg> out;
  if (trim(text).empty()) return out;
  std::string cur;
  bool quoted = false;
  for (char c : text) {
    if (c == '\'') quoted = !quoted;
    if (c == ',' && !quoted) {
      out.push_back(parse_one(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (quoted) throw std::runtime_error("unterminated quote in args: " + text);
  out.push_back(parse_one(cur));
  return out;
}

bool Vector::runs_on(const std::string& host) const {
  return std::find(hosts.begin(), hosts.end(), host) != hosts.end();
}

std::string Vector::base_function() const { return function.substr(0, function.find('[')); }

std::optional<std::pair<int, std::string>> Vector::schedule_cell() const {
  const auto open = function.find('[');
  if (open == std::string::npos) return std::nullopt;
  const auto close = function.find("].", open);
  if (close == std::string::npos) throw std::runtime_error("bad cell name: " + function);
  return std::make_pair(std::stoi(function.substr(open + 1, close - open - 1)),
                        function.substr(close + 2));
}

std::vector<Vector> load_vectors(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Vector> out;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (trim(line).empty() || trim(line)[0] == '#') continue;
      const auto cols = split(line, '\t');
      const std::string where = path.filename().string() + ":" + std::to_string(n);
      if (cols.size() < 5) throw std::runtime_error(where + ": expected 6 tab-separated columns");
      Vector v;
      v.file = path.filename().string();
      v.line = n;
      v.function = trim(cols[0]);
      v.args_text = cols[1];
      v.args = parse_args(cols[1]);
      const std::string expect = trim(cols[2]);
      if (expect == "none") {
        v.expect = Vector::Expect::none;
      } else if (expect.rfind("invalid:", 0) == 0) {
        v.expect = Vector::Expect::invalid;
        v.argument = expect.substr(8);
      } else if (expect.rfind("calc_error:", 0) == 0) {
        v.expect = Vector::Expect::calc_error;
        v.calc_error = std::stoi(expect.substr(11));
      } else {
        v.expect = Vector::Expect::number;
        v.value = parse_number(expect, where + " expect");
      }
      const std::string tol = trim(cols[3]);
      if (!tol.empty()) v.rel_tol = parse_number(tol, where + " rel_tol");
      for (const auto& h : split(trim(cols[4]), ',')) v.hosts.push_back(trim(h));
      if (cols.size() > 5) v.source = trim(cols[5]);
      out.push_back(std::move(v));
    }
  }
  return out;
}

bool close_enough(double got, double want, double rel_tol) {
  if (!std::isfinite(got)) return false;
  if (want == 0) return std::fabs(got) <= rel_tol;
  return std::fabs(got - want) <= rel_tol * std::fabs(want);
}

}  // namespace llmcost::test
