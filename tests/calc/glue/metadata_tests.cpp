// The XAddIn metadata Calc reads at start-up, for every function of the table.
#include <catch2/catch.hpp>

#include "glue.hpp"
#include "naming.hpp"

using llmcost::calc::utf16;
using llmcost::calc::utf8;

TEST_CASE("names, descriptions and argument help come from the table") {
  auto a = glue::addin();
  for (const llmcost::FunctionSpec& f : llmcost::functions()) {
    INFO(f.name);
    const rtl::OUString method = utf16(llmcost::calc::method_name(f.name));
    const std::string display = llmcost::calc::display_name(f.name);
    CHECK(a->getProgrammaticFuntionName(utf16(display)) == method);
    CHECK(a->getProgrammaticFuntionName(utf16(std::string(f.name))) == method);  // any case
    CHECK(utf8(a->getDisplayFunctionName(method)) == display);
    CHECK(utf8(a->getFunctionDescription(method)) == f.description);
    CHECK(utf8(a->getProgrammaticCategoryName(method)) == "Financial");
    CHECK(utf8(a->getDisplayCategoryName(method)) == "Financial");
    const sal_Int32 first = llmcost::calc::takes_document(f) ? 1 : 0;
    for (std::size_t i = 0; i < f.args.size(); ++i) {
      const auto index = first + static_cast<sal_Int32>(i);
      CHECK(utf8(a->getDisplayArgumentName(method, index)) == f.args[i].name);
      const std::string help = utf8(a->getArgumentDescription(method, index));
      CHECK(help.rfind(std::string(f.args[i].description), 0) == 0);
      CHECK((help.find("(required)") != std::string::npos) == (static_cast<int>(i) < f.required));
    }
    CHECK(a->getDisplayArgumentName(method, first + f.max_args()).isEmpty());
    const auto names = a->getCompatibilityNames(method);
    REQUIRE(names.getLength() == 1);
    CHECK(names[0].Locale.Language == "en");
    CHECK(utf8(names[0].Name) == display);
  }
}

TEST_CASE("unknown names give empty answers") {
  auto a = glue::addin();
  CHECK(a->getProgrammaticFuntionName("NO_SUCH_FUNCTION").isEmpty());
  CHECK(a->getDisplayFunctionName("noSuchFunction").isEmpty());
  CHECK(a->getArgumentDescription("noSuchFunction", 0).isEmpty());
  CHECK(a->getCompatibilityNames("noSuchFunction").getLength() == 0);
}

TEST_CASE("service names: Calc's AddIn and llmcost's own") {
  auto a = glue::addin();
  CHECK(a->getServiceName() == "org.llmcost.calc.Functions");
  CHECK(a->supportsService("com.sun.star.sheet.AddIn"));
  CHECK(a->supportsService("org.llmcost.calc.Functions"));
  CHECK_FALSE(a->supportsService("com.sun.star.sheet.Spreadsheet"));
  CHECK(a->getSupportedServiceNames().getLength() == 2);
  a->setLocale(glue::css::lang::Locale("de", "DE", ""));
  CHECK(a->getLocale().Language == "de");
}
