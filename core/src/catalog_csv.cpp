// The project's catalog CSV (core/data/default_catalog.csv is one).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "catalog_import.hpp"
#include "catalog_text.hpp"
#include "llmcost/outcome.hpp"

namespace llmcost::import {
namespace {

using catalog_text::lowercase;
using catalog_text::trim;

// Splits one CSV line (RFC 4180 quoting, no line breaks inside quotes). False if a quote is
// unclosed.
bool split_line(std::string_view line, std::vector<std::string>& cells) {
  cells.clear();
  std::string cell;
  std::size_t i = 0;
  for (;;) {
    cell.clear();
    if (i < line.size() && line[i] == '"') {
      ++i;
      for (;;) {
        if (i >= line.size()) return false;
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += line[i++];
      }
      while (i < line.size() && line[i] != ',') ++i;  // anything after the closing quote is ignored
    } else {
      std::size_t end = line.find(',', i);
      if (end == std::string_view::npos) end = line.size();
      cell.assign(trim(line.substr(i, end - i)));
      i = end;
    }
    cells.push_back(cell);
    if (i >= line.size()) return true;
    ++i;  // the comma
  }
}

bool parse_number(std::string_view text, double& out) {
  text = trim(text);
  if (text.starts_with('+')) text.remove_prefix(1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && std::isfinite(out);
}

struct Columns {
  int provider = -1, model = -1, from = -1, source = -1;
  std::vector<std::pair<int, RateKind>> kinds;
};

std::string read_header(const std::vector<std::string>& cells, Columns& cols) {
  for (int i = 0; i < static_cast<int>(cells.size()); ++i) {
    std::string name = lowercase(trim(cells[static_cast<std::size_t>(i)]));
    int* fixed = name == "provider" ? &cols.provider
                 : name == "model"  ? &cols.model
                 : name == "from"   ? &cols.from
                 : name == "source" ? &cols.source
                                    : nullptr;
    if (fixed != nullptr) {
      if (*fixed >= 0) return "column '" + name + "' appears twice";
      *fixed = i;
    } else if (auto kind = parse_kind(name)) {
      for (const auto& [col, k] : cols.kinds)
        if (k == *kind) return "column '" + name + "' appears twice";
      cols.kinds.emplace_back(i, *kind);
    } else {
      return "unknown column " + quote_text(name);
    }
  }
  if (cols.provider < 0 || cols.model < 0) return "the header needs columns 'provider' and 'model'";
  return "";
}

}  // namespace

LoadResult csv(std::string_view text, std::string source) {
  std::optional<Day> date;
  Columns cols;
  bool have_header = false;
  std::vector<Model> models;
  std::map<std::pair<std::string, std::string>, std::size_t> index;  // (provider, lowercase id)
  std::vector<std::string> cells;
  int line_no = 0;
  auto fail = [&](const std::string& why) {
    return LoadResult{nullptr, source + ":" + std::to_string(line_no) + ": " + why};
  };

  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view stripped = trim(line);
    if (stripped.empty()) continue;
    if (stripped.front() == '#') {
      std::string_view comment = trim(stripped.substr(1));
      if (comment.starts_with("date:")) {
        date = parse_priced_at(trim(comment.substr(5)));
        if (!date) return fail("the '# date:' line needs a date YYYY-MM-DD");
      }
      continue;
    }
    if (!split_line(line, cells)) return fail("a quoted cell is not closed");
    if (!have_header) {
      if (std::string why = read_header(cells, cols); !why.empty()) return fail(why);
      have_header = true;
      continue;
    }
    auto cell = [&](int col) -> std::string_view {
      return col >= 0 && static_cast<std::size_t>(col) < cells.size()
                 ? std::string_view(cells[static_cast<std::size_t>(col)])
                 : std::string_view{};
    };
    std::string provider = lowercase(trim(cell(cols.provider)));
    std::string id(trim(cell(cols.model)));
    if (provider.empty() || id.empty()) return fail("a row needs a provider and a model");
    if (provider.find('/') != std::string::npos) return fail("a provider may not contain '/'");
    PriceRow row;
    if (std::string_view from = trim(cell(cols.from)); !from.empty()) {
      auto day = parse_priced_at(from);
      if (!day) return fail("'from' must be a date YYYY-MM-DD (got " + quote_text(from) + ")");
      row.from = *day;
    }
    for (const auto& [col, kind] : cols.kinds) {
      std::string_view v = trim(cell(col));
      if (v.empty()) continue;
      double x = 0;
      if (!parse_number(v, x) || x < 0)
        return fail(std::string(kind_name(kind)) + " must be a number >= 0 (got " + quote_text(v) +
                    ")");
      row.set(kind, x);
    }
    row.source = std::string(trim(cell(cols.source)));
    if (std::string why = finish_row(row); !why.empty()) return fail(why);

    auto key = std::make_pair(provider, lowercase(id));
    auto [it, fresh] = index.emplace(key, models.size());
    if (fresh) models.push_back(Model{provider, id, {}, nullptr});
    Model& m = models[it->second];
    for (const PriceRow& r : m.rows)
      if (r.from == row.from)
        return fail("a second row for " + error_excerpt(m.full_name()) + " from " +
                    format_day(row.from));
    m.rows.push_back(std::move(row));
  }
  if (!have_header) return LoadResult{nullptr, source + ": no header line (provider,model,...)"};
  for (Model& m : models)
    std::sort(m.rows.begin(), m.rows.end(),
              [](const PriceRow& a, const PriceRow& b) { return a.from < b.from; });
  return LoadResult{
      std::make_shared<Catalog>(std::move(source), date, std::move(models), SkipCounts{}), ""};
}

std::string finish_row(PriceRow& row) {
  static constexpr RateKind kTiered[] = {RateKind::input, RateKind::output, RateKind::cache_read,
                                         RateKind::cache_write_5m, RateKind::cache_write_1h};
  const bool tier = row.has(RateKind::long_context_threshold);
  for (RateKind k : kTiered) {
    if (!tier && row.has(long_kind(k)))
      return std::string(kind_name(long_kind(k))) + " needs long_context_threshold";
    if (tier && !row.has(long_kind(k)) && row.has(k)) row.set(long_kind(k), row.rate(k));
  }
  if (tier && !(row.rate(RateKind::long_context_threshold) > 0))
    return "long_context_threshold must be > 0";
  return "";
}

}  // namespace llmcost::import
