// Argument reading and outcome mapping for every method (rules in invoke.hpp).
#include "invoke.hpp"

#include <array>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/Date.hpp>
#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "llmcost/schedule.hpp"
#include "naming.hpp"
#include "text.hpp"

namespace llmcost::calc {
namespace {

namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Sequence;
using css::uno::TypeClass;
using Range = Sequence<Sequence<Any>>;

// One argument as Calc passed it: one value, or a range of rows x cols cells.
struct ArgView {
  const Any* single = nullptr;          // the value (also a 1 x 1 range's cell)
  bool cell = false;                    // single is a range's cell: empty means 0, not omitted
  const Sequence<Any>* rows = nullptr;  // a range of more than one cell (shape: rows_ x cols_)
};

class Call {
 public:
  Call(const FunctionSpec& spec, const css::uno::Reference<css::beans::XPropertySet>& document,
       std::span<const Any* const> args)
      : spec_(spec), document_(document), args_(args) {}

  Any run();

 private:
  [[noreturn]] void invalid(const Outcome& o, std::string_view where = {}) const;
  [[noreturn]] void invalid(std::string_view argument, std::string reason, std::string got) const {
    invalid(Outcome::invalid(std::string(argument), std::move(reason), std::move(got)));
  }
  [[noreturn]] void not_a_number(std::size_t i, const Any& got, std::string_view where = {}) const;
  void view(std::size_t i);
  bool readable(std::size_t i, const Any& v, bool cell) const;
  void read(std::size_t i, const Any& v, bool cell);
  Any scalar();
  Any ranged();
  // The rows_ x cols_ cells at `cells` (row by row) as Calc's array result.
  template <typename T>
  Sequence<Sequence<T>> table_of(const T* cells) const {
    Sequence<Sequence<T>> out(rows_);
    Sequence<T>* rows = out.getArray();
    for (sal_Int32 r = 0; r < rows_; ++r) rows[r] = Sequence<T>(cells + r * cols_, cols_);
    return out;
  }
  Any table();
  Any result(const Outcome& o, std::string_view where = {}) const;
  const NullDate& null_date();
  std::string& text(std::size_t i) {
    if (text_.empty()) text_.resize(args_.size());
    return text_[i];
  }

  const FunctionSpec& spec_;
  const css::uno::Reference<css::beans::XPropertySet>& document_;
  std::span<const Any* const> args_;
  std::array<ArgView, kMaxArgs> views_{};
  std::array<Value, kMaxArgs> values_{};
  std::vector<std::string> text_;  // keeps text values alive for the Values (made on first text)
  std::optional<NullDate> null_date_;
  sal_Int32 rows_ = 0, cols_ = 0;  // the ranges' shape; 0 when every argument is one value
  std::size_t shaper_ = 0;         // the first range argument
};

void Call::invalid(const Outcome& o, std::string_view where) const {
  std::string message = error_message(spec_.name, o);
  message += where;
  sal_Int16 position = -1;
  for (std::size_t i = 0; i < spec_.args.size(); ++i)
    if (spec_.args[i].name == o.argument) position = static_cast<sal_Int16>(i);
  throw css::lang::IllegalArgumentException(utf16(message), nullptr, position);
}

void Call::not_a_number(std::size_t i, const Any& got, std::string_view where) const {
  std::string shown = "a value of type " + utf8(got.getValueTypeName());
  if (got.getValueTypeClass() == TypeClass::TypeClass_STRING)
    shown = quote_text(utf8(*static_cast<const rtl::OUString*>(got.getValue())));
  std::string message = error_message(
      spec_.name, Outcome::invalid(std::string(spec_.args[i].name), "must be a number", shown));
  message += where;
  throw css::uno::RuntimeException(utf16(message), nullptr);
}

// The document's null date; Calc's default when there is no document or it has none.
const NullDate& Call::null_date() {
  if (!null_date_) {
    null_date_ = NullDate{};
    css::util::Date d;
    try {
      if (document_.is() && (document_->getPropertyValue("NullDate") >>= d))
        null_date_ = NullDate{d.Year, d.Month, d.Day};
    } catch (const css::uno::Exception&) {
      // no NullDate property: keep the default
    }
  }
  return *null_date_;
}

// Sorts argument i into one value or a range, and checks the ranges' shapes agree.
void Call::view(std::size_t i) {
  const Any& a = *args_[i];
  ArgView& v = views_[i];
  v.single = &a;
  if (a.getValueTypeClass() != TypeClass::TypeClass_SEQUENCE) return;
  if (a.getValueType() != cppu::UnoType<Range>::get()) not_a_number(i, a);
  const Range& range = *static_cast<const Range*>(a.getValue());
  const sal_Int32 nrows = range.getLength();
  const sal_Int32 ncols = nrows > 0 ? range[0].getLength() : 0;
  bool rectangular = ncols > 0;
  for (const auto& row : range) rectangular = rectangular && row.getLength() == ncols;
  if (!rectangular)
    invalid(spec_.args[i].name, "must be a rectangular range", "a ragged or empty array");
  if (nrows == 1 && ncols == 1) {
    v.single = &range[0][0];
    v.cell = true;
    return;
  }
  v.single = nullptr;
  v.rows = range.getConstArray();
  if (rows_ == 0) {
    rows_ = nrows;
    cols_ = ncols;
    shaper_ = i;
  } else if (nrows != rows_ || ncols != cols_) {
    invalid(spec_.args[i].name,
            "must have the shape of " + std::string(spec_.args[shaper_].name) + " (" +
                std::to_string(rows_) + " x " + std::to_string(cols_) + " cells)",
            std::to_string(nrows) + " x " + std::to_string(ncols) + " cells");
  }
}

// False when v cannot be read as argument i: text in a number argument (a range's empty cell, "",
// excepted), or a type Calc never passes.  `cell`: v is a range's cell.
bool Call::readable(std::size_t i, const Any& v, bool cell) const {
  switch (v.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
    case TypeClass::TypeClass_DOUBLE:
      return true;
    case TypeClass::TypeClass_STRING:
      return is_text_domain(spec_.args[i].domain) ||
             (cell && static_cast<const rtl::OUString*>(v.getValue())->isEmpty());
    default: {
      double x = 0;
      return v >>= x;
    }
  }
}

// values_[i] = v read as argument i (v must be readable).  `cell`: v is a range's cell.
void Call::read(std::size_t i, const Any& v, bool cell) {
  const ArgSpec& arg = spec_.args[i];
  const bool text_arg = is_text_domain(arg.domain);
  Value& out = values_[i];
  switch (v.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
      // An omitted argument; in a range an empty cell (0, or empty text).
      out = !cell ? Value() : text_arg ? Value(std::string_view()) : Value(0.0);
      return;
    case TypeClass::TypeClass_STRING:
      if (!text_arg) {
        out = Value(0.0);  // a range's empty cell ("" is the only text readable() lets through)
      } else {
        text(i) = utf8(*static_cast<const rtl::OUString*>(v.getValue()));
        out = Value(std::string_view(text(i)));
      }
      return;
    default:
      break;
  }
  double x = 0;
  if (v.getValueTypeClass() == TypeClass::TypeClass_DOUBLE)
    x = *static_cast<const double*>(v.getValue());
  else
    v >>= x;
  out = Value(x);
  // A date cell given as `priced_at` becomes ISO text; otherwise a number in a text argument stays
  // a number, which the core rejects (Err:502).
  if (arg.domain == Domain::date) {
    if (auto iso = iso_date(x, null_date())) {
      text(i) = std::move(*iso);
      out = Value(std::string_view(text(i)));
    }
  }
}

Any Call::result(const Outcome& o, std::string_view where) const {
  if (o.is_invalid()) invalid(o, where);
  if (o.is_none()) return Any();
  if (o.is_text) return Any(utf16(o.text));
  return Any(o.value);
}

Any Call::run() {
  if (args_.size() != spec_.args.size() || args_.size() > kMaxArgs)
    throw css::uno::RuntimeException(
        utf16("llmcost: " + std::string(spec_.name) + " got a wrong argument count"), nullptr);
  for (std::size_t i = 0; i < args_.size(); ++i) view(i);
  if (spec_.result == ResultKind::table) return table();
  return rows_ == 0 ? scalar() : ranged();
}

Any Call::scalar() {
  for (std::size_t i = 0; i < args_.size(); ++i) {
    if (!readable(i, *views_[i].single, views_[i].cell)) not_a_number(i, *views_[i].single);
    read(i, *views_[i].single, views_[i].cell);
  }
  return result(evaluate(spec_, std::span<const Value>(values_.data(), args_.size())));
}

Any Call::table() {
  if (rows_ != 0)
    invalid(spec_.args[shaper_].name, "must be a single value, not a range",
            std::to_string(rows_) + " x " + std::to_string(cols_) + " cells");
  for (std::size_t i = 0; i < args_.size(); ++i) {
    if (!readable(i, *views_[i].single, views_[i].cell)) not_a_number(i, *views_[i].single);
    read(i, *views_[i].single, views_[i].cell);
  }
  if (spec_.name != "cost_schedule")
    invalid("function", "has no table form in Calc", quote_text(spec_.name));
  const Schedule s = cost_schedule(std::span<const Value>(values_.data(), args_.size()));
  if (!s.outcome.is_number()) invalid(s.outcome);
  Sequence<Sequence<double>> out(static_cast<sal_Int32>(s.rows.size()));
  Sequence<double>* rows = out.getArray();
  for (std::size_t k = 0; k < s.rows.size(); ++k) {
    const ScheduleRow& r = s.rows[k];
    const double cells[] = {r.month, r.cumulative_a, r.cumulative_b, r.difference};
    rows[k] = Sequence<double>(cells, 4);
  }
  return Any(out);
}

std::string cell_name(sal_Int32 r, sal_Int32 c) {
  return " at row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1) + " of the range";
}

Any Call::ranged() {
  // Single values once; then every cell's type, so that text anywhere wins over an invalid cell.
  for (std::size_t i = 0; i < args_.size(); ++i) {
    const ArgView& v = views_[i];
    if (v.single) {
      if (!readable(i, *v.single, v.cell)) not_a_number(i, *v.single);
      read(i, *v.single, v.cell);
      continue;
    }
    for (sal_Int32 r = 0; r < rows_; ++r)
      for (sal_Int32 c = 0; c < cols_; ++c)
        if (!readable(i, v.rows[r][c], true)) not_a_number(i, v.rows[r][c], cell_name(r, c));
  }
  // Numbers only: a sequence of doubles, cheaper for Calc to take; any none or text cell: anys.
  const std::span<const Value> values(values_.data(), args_.size());
  const std::size_t size = static_cast<std::size_t>(rows_) * static_cast<std::size_t>(cols_);
  std::vector<double> numbers(size);
  std::vector<Any> anys;  // filled from the first cell that is not a number on
  for (sal_Int32 r = 0; r < rows_; ++r) {
    for (sal_Int32 c = 0; c < cols_; ++c) {
      for (std::size_t i = 0; i < args_.size(); ++i)
        if (views_[i].rows) read(i, views_[i].rows[r][c], true);
      const Outcome o = evaluate(spec_, values);
      const std::size_t k = static_cast<std::size_t>(r) * static_cast<std::size_t>(cols_) +
                            static_cast<std::size_t>(c);
      if (o.is_invalid()) invalid(o, cell_name(r, c));
      if (anys.empty() && o.is_number() && !o.is_text) {
        numbers[k] = o.value;
        continue;
      }
      if (anys.empty()) {
        anys.reserve(size);
        for (std::size_t j = 0; j < k; ++j) anys.emplace_back(numbers[j]);
      }
      anys.push_back(result(o));
    }
  }
  return anys.empty() ? Any(table_of(numbers.data())) : Any(table_of(anys.data()));
}

}  // namespace

Any invoke(const FunctionSpec* spec, const css::uno::Reference<css::beans::XPropertySet>& document,
           std::span<const Any* const> args) {
  try {
    if (spec == nullptr)
      throw css::uno::RuntimeException("llmcost: this function left the function table", nullptr);
    return Call(*spec, document, args).run();
  } catch (const css::uno::Exception&) {
    throw;
  } catch (const std::exception& e) {
    throw css::uno::RuntimeException(utf16(std::string("llmcost: ") + e.what()), nullptr);
  } catch (...) {
    throw css::uno::RuntimeException("llmcost: unexpected internal error", nullptr);
  }
}

}  // namespace llmcost::calc
