// priced_at as a date cell: the add-in reads the null date from the document Calc passes as the
// hidden first argument.  Prices from the card's section 0: Claude Sonnet 5's input was $2/M until
// 2026-09-01, $3/M after.
#include <catch2/catch.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/implbase1.hxx>

#include "glue.hpp"

namespace {

namespace css = ::com::sun::star;

// A document whose only property is its null date.
class Document final : public cppu::WeakImplHelper1<css::beans::XPropertySet> {
 public:
  explicit Document(css::util::Date null_date) : null_date_(null_date) {}
  css::uno::Reference<css::beans::XPropertySetInfo> SAL_CALL getPropertySetInfo() override {
    return nullptr;
  }
  void SAL_CALL setPropertyValue(const rtl::OUString&, const css::uno::Any&) override {}
  css::uno::Any SAL_CALL getPropertyValue(const rtl::OUString& name) override {
    if (name == "NullDate") return css::uno::Any(null_date_);
    throw css::beans::UnknownPropertyException(name, nullptr);
  }
  void SAL_CALL addPropertyChangeListener(
      const rtl::OUString&,
      const css::uno::Reference<css::beans::XPropertyChangeListener>&) override {}
  void SAL_CALL removePropertyChangeListener(
      const rtl::OUString&,
      const css::uno::Reference<css::beans::XPropertyChangeListener>&) override {}
  void SAL_CALL addVetoableChangeListener(
      const rtl::OUString&,
      const css::uno::Reference<css::beans::XVetoableChangeListener>&) override {}
  void SAL_CALL removeVetoableChangeListener(
      const rtl::OUString&,
      const css::uno::Reference<css::beans::XVetoableChangeListener>&) override {}

 private:
  css::util::Date null_date_;
};

glue::Result sonnet_input(double day, const css::uno::Reference<css::beans::XPropertySet>& doc) {
  return glue::run("model_rate",
                   {glue::text("anthropic/claude-sonnet-5"), glue::text("input"), glue::num(day)},
                   doc);
}

}  // namespace

TEST_CASE("a date cell counts from the document's null date") {
  // 2026-09-01 is day 46266 from 1899-12-30 (Calc's default) and day 44804 from 1904-01-01.
  const css::uno::Reference<css::beans::XPropertySet> calc1899(
      new Document(css::util::Date(30, 12, 1899)));
  const css::uno::Reference<css::beans::XPropertySet> calc1904(
      new Document(css::util::Date(1, 1, 1904)));
  CHECK(sonnet_input(46266, calc1899).number == 3);
  CHECK(sonnet_input(46265, calc1899).number == 2);
  CHECK(sonnet_input(44804, calc1904).number == 3);
  CHECK(sonnet_input(44803, calc1904).number == 2);
  // No document (or one without a null date): Calc's default.
  CHECK(sonnet_input(46266, nullptr).number == 3);
}

TEST_CASE("a date of 0 (an empty cell) is invalid") {
  const glue::Result r = sonnet_input(0, nullptr);
  REQUIRE(r.kind == glue::Result::Kind::invalid);
  CHECK(r.text.rfind("model_rate: priced_at ", 0) == 0);
}
