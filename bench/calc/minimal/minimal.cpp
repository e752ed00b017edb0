// Minimal Calc add-in for the benchmark: PE_MONTHLY_COST's arithmetic, R x (I x in + P x in +
// O x out) / 1e6, with nothing else: no validation, no outcome mapping, fixed metadata.
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/llmcost/bench/XMinimal.hpp>

namespace css = ::com::sun::star;
using rtl::OUString;

namespace {

double pe(double r, double i, double p, double o, double in, double out) {
  return r * (i * in + p * in + o * out) / 1e6;
}

class Minimal final
    : public cppu::WeakImplHelper4<org::llmcost::bench::XMinimal, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo> {
 public:
  double SAL_CALL peMinDouble(double r, double i, double p, double o, double in,
                              double out) override {
    return pe(r, i, p, o, in, out);
  }
  css::uno::Any SAL_CALL peMinAny(const css::uno::Any& r, const css::uno::Any& i,
                                  const css::uno::Any& p, const css::uno::Any& o,
                                  const css::uno::Any& in, const css::uno::Any& out,
                                  const css::uno::Any&, const css::uno::Any&,
                                  const css::uno::Any&) override {
    double v[6] = {};
    r >>= v[0], i >>= v[1], p >>= v[2], o >>= v[3], in >>= v[4], out >>= v[5];
    return css::uno::Any(pe(v[0], v[1], v[2], v[3], v[4], v[5]));
  }
  OUString SAL_CALL getProgrammaticFuntionName(const OUString& display) override {
    if (display.equalsIgnoreAsciiCase("PE_MIN_DOUBLE")) return "peMinDouble";
    if (display.equalsIgnoreAsciiCase("PE_MIN_ANY")) return "peMinAny";
    return OUString();
  }
  OUString SAL_CALL getDisplayFunctionName(const OUString& name) override {
    return name == "peMinDouble" ? OUString("PE_MIN_DOUBLE")
           : name == "peMinAny"  ? OUString("PE_MIN_ANY")
                                 : OUString();
  }
  OUString SAL_CALL getFunctionDescription(const OUString&) override { return "benchmark"; }
  OUString SAL_CALL getDisplayArgumentName(const OUString&, sal_Int32 i) override {
    return "a" + OUString::number(i);
  }
  OUString SAL_CALL getArgumentDescription(const OUString&, sal_Int32) override { return "x"; }
  OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Financial"; }
  OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return "Financial"; }
  void SAL_CALL setLocale(const css::lang::Locale&) override {}
  css::lang::Locale SAL_CALL getLocale() override { return css::lang::Locale(); }
  OUString SAL_CALL getServiceName() override { return "org.llmcost.bench.Minimal"; }
  OUString SAL_CALL getImplementationName() override { return "org.llmcost.bench.MinimalImpl"; }
  sal_Bool SAL_CALL supportsService(const OUString& s) override {
    return s == "org.llmcost.bench.Minimal" || s == "com.sun.star.sheet.AddIn";
  }
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
    css::uno::Sequence<OUString> s(2);
    s.getArray()[0] = "org.llmcost.bench.Minimal";
    s.getArray()[1] = "com.sun.star.sheet.AddIn";
    return s;
  }
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_llmcost_bench_Minimal_get_implementation(
    css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&) {
  auto* object = new Minimal();
  object->acquire();
  return static_cast<cppu::OWeakObject*>(object);
}
