// The shared library's one export: the constructor named in llmcost_calc.components.
#include <sal/types.h>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "addin.hpp"

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_llmcost_calc_Functions_get_implementation(
    css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&) {
  // Calc creates the add-in once at start-up; a throwing constructor would hide every function.
  try {
    auto* object = new llmcost::calc::Functions();
    object->acquire();
    return static_cast<cppu::OWeakObject*>(object);
  } catch (...) {
    return nullptr;
  }
}
