// The Calc add-in: one UNO object that Calc creates once and introspects.  Its function methods are
// generated from llmcost::functions() (methods.hxx); its XAddIn metadata is read from the same
// table. The class only converts: reading arguments and mapping outcomes is invoke.hpp's job.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <cppuhelper/implbase5.hxx>
#include <org/llmcost/calc/XFunctions.hpp>

#include "llmcost/registry.hpp"

namespace css = ::com::sun::star;

namespace llmcost::calc {

class Functions final
    : public cppu::WeakImplHelper5<org::llmcost::calc::XFunctions, css::sheet::XAddIn,
                                   css::sheet::XCompatibilityNames, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
 public:
  Functions() = default;

  // org.llmcost.calc.XFunctions: one method per function of the table (generated).
#include "methods.hxx"

  // XAddIn: names and help texts from the table.
  rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& display) override;
  rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmatic) override;
  rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmatic) override;
  rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmatic,
                                                sal_Int32 argument) override;
  rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmatic,
                                                sal_Int32 argument) override;
  rtl::OUString SAL_CALL getProgrammaticCategoryName(const rtl::OUString& programmatic) override;
  rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmatic) override;
  // XLocalizable (texts are English only; the locale is kept and returned).
  void SAL_CALL setLocale(const css::lang::Locale& locale) override;
  css::lang::Locale SAL_CALL getLocale() override;
  // XCompatibilityNames: the English name, as in SQL upper-cased.
  css::uno::Sequence<css::sheet::LocalizedName> SAL_CALL
  getCompatibilityNames(const rtl::OUString& programmatic) override;
  // XServiceName, XServiceInfo.
  rtl::OUString SAL_CALL getServiceName() override;
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::lang::Locale locale_;
};

}  // namespace llmcost::calc
