// In-process calls of the Calc add-in: the implementation class, built exactly as soffice loads it,
// called through its generated methods with the Anys Calc would pass.
#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <rtl/ref.hxx>
#include <string>
#include <vector>

#include "addin.hpp"
#include "dispatch.hxx"
#include "text.hpp"

namespace glue {

namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Sequence;

// What a call gave, sorted the way Calc sorts it.
struct Result {
  enum class Kind { number, text, none, array, invalid, value_error } kind = Kind::none;
  double number = 0;
  std::string text;  // text result, or the exception's message
  Any any;           // the raw result
};

inline rtl::Reference<llmcost::calc::Functions> addin() {
  static rtl::Reference<llmcost::calc::Functions> object(new llmcost::calc::Functions());
  return object;
}

// Calls the method of SQL name `name`; missing trailing arguments are passed empty (omitted).
inline Result run(const std::string& name, std::vector<Any> args,
                  const css::uno::Reference<css::beans::XPropertySet>& document = nullptr) {
  const llmcost::FunctionSpec* spec = llmcost::find_function(name);
  if (spec == nullptr) throw std::invalid_argument("no function " + name);
  args.resize(spec->args.size());
  try {
    Any a = llmcost::calc::call_method(*addin(), name, document, args.data());
    Result r;
    r.any = a;
    switch (a.getValueTypeClass()) {
      case css::uno::TypeClass_VOID:
        break;
      case css::uno::TypeClass_DOUBLE:
        r.kind = Result::Kind::number;
        a >>= r.number;
        break;
      case css::uno::TypeClass_STRING:
        r.kind = Result::Kind::text;
        r.text = llmcost::calc::utf8(a.get<rtl::OUString>());
        break;
      default:
        r.kind = Result::Kind::array;
    }
    return r;
  } catch (const css::lang::IllegalArgumentException& e) {
    Result r;
    r.kind = Result::Kind::invalid;
    r.text = llmcost::calc::utf8(e.Message);
    return r;
  } catch (const css::uno::RuntimeException& e) {
    Result r;
    r.kind = Result::Kind::value_error;
    r.text = llmcost::calc::utf8(e.Message);
    return r;
  }
}

inline Any num(double x) { return Any(x); }
inline Any text(const std::string& s) { return Any(llmcost::calc::utf16(s)); }
inline Any omitted() { return Any(); }

// A range as Calc passes one: rows of cells (numbers, text, or empty Anys).
inline Any range(const std::vector<std::vector<Any>>& rows) {
  Sequence<Sequence<Any>> seq(static_cast<sal_Int32>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r)
    seq.getArray()[r] = Sequence<Any>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
  return Any(seq);
}
inline Any column(const std::vector<double>& xs) {
  std::vector<std::vector<Any>> rows;
  for (double x : xs) rows.push_back({Any(x)});
  return range(rows);
}

// The cells of an array result (any of sequence<sequence<any>> or sequence<sequence<double>>).
inline std::vector<std::vector<Any>> cells(const Result& r) {
  std::vector<std::vector<Any>> out;
  Sequence<Sequence<Any>> anys;
  Sequence<Sequence<double>> doubles;
  if (r.any >>= anys) {
    for (const auto& row : anys) out.emplace_back(row.begin(), row.end());
  } else if (r.any >>= doubles) {
    for (const auto& row : doubles) {
      out.emplace_back();
      for (double x : row) out.back().push_back(Any(x));
    }
  }
  return out;
}

}  // namespace glue
