// XAddIn metadata, read from llmcost::functions(): what the Function Wizard shows.
#include "addin.hpp"

#include <com/sun/star/sheet/LocalizedName.hpp>
#include <string>
#include <vector>

#include "naming.hpp"
#include "text.hpp"

namespace llmcost::calc {
namespace {

namespace css = ::com::sun::star;
using rtl::OUString;

struct Entry {
  OUString method;   // programmatic name (method of XFunctions)
  OUString display;  // SQL name upper-cased
  const FunctionSpec* spec;
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = [] {
    std::vector<Entry> out;
    for (const FunctionSpec& f : functions())
      out.push_back({utf16(method_name(f.name)), utf16(display_name(f.name)), &f});
    return out;
  }();
  return table;
}

const FunctionSpec* by_method(const OUString& method) {
  for (const Entry& e : entries())
    if (e.method == method) return e.spec;
  return nullptr;
}

// The table's argument behind Calc's argument index (which counts the hidden document argument).
const ArgSpec* argument(const OUString& method, sal_Int32 index) {
  const FunctionSpec* f = by_method(method);
  if (f == nullptr) return nullptr;
  if (takes_document(*f)) --index;
  if (index < 0 || static_cast<std::size_t>(index) >= f->args.size()) return nullptr;
  return &f->args[static_cast<std::size_t>(index)];
}

}  // namespace

OUString Functions::getProgrammaticFuntionName(const OUString& display) {
  for (const Entry& e : entries())
    if (e.display.equalsIgnoreAsciiCase(display)) return e.method;
  return OUString();
}

OUString Functions::getDisplayFunctionName(const OUString& programmatic) {
  const FunctionSpec* f = by_method(programmatic);
  return f ? utf16(display_name(f->name)) : OUString();
}

OUString Functions::getFunctionDescription(const OUString& programmatic) {
  const FunctionSpec* f = by_method(programmatic);
  return f ? utf16(f->description) : OUString();
}

OUString Functions::getDisplayArgumentName(const OUString& programmatic, sal_Int32 index) {
  const ArgSpec* a = argument(programmatic, index);
  return a ? utf16(a->name) : OUString();
}

OUString Functions::getArgumentDescription(const OUString& programmatic, sal_Int32 index) {
  const ArgSpec* a = argument(programmatic, index);
  return a ? utf16(argument_help(*by_method(programmatic), *a)) : OUString();
}

OUString Functions::getProgrammaticCategoryName(const OUString& programmatic) {
  return by_method(programmatic) ? utf16(kCategory) : OUString();
}

OUString Functions::getDisplayCategoryName(const OUString& programmatic) {
  return getProgrammaticCategoryName(programmatic);
}

void Functions::setLocale(const css::lang::Locale& locale) { locale_ = locale; }

css::lang::Locale Functions::getLocale() { return locale_; }

css::uno::Sequence<css::sheet::LocalizedName> Functions::getCompatibilityNames(
    const OUString& programmatic) {
  const FunctionSpec* f = by_method(programmatic);
  if (f == nullptr) return {};
  css::uno::Sequence<css::sheet::LocalizedName> names(1);
  names.getArray()[0] = css::sheet::LocalizedName(css::lang::Locale("en", "US", OUString()),
                                                  utf16(display_name(f->name)));
  return names;
}

OUString Functions::getServiceName() { return utf16(kService); }

OUString Functions::getImplementationName() { return utf16(kImplementation); }

sal_Bool Functions::supportsService(const OUString& name) {
  return name == utf16(kService) || name == utf16(kAddInService);
}

css::uno::Sequence<OUString> Functions::getSupportedServiceNames() {
  css::uno::Sequence<OUString> names(2);
  names.getArray()[0] = utf16(kService);
  names.getArray()[1] = utf16(kAddInService);
  return names;
}

}  // namespace llmcost::calc
