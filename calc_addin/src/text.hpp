// UTF-8 <-> UNO string conversions (the core speaks UTF-8, UNO UTF-16).
#pragma once

#include <rtl/ustring.hxx>
#include <string>
#include <string_view>

namespace llmcost::calc {

inline rtl::OUString utf16(std::string_view s) {
  return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

inline std::string utf8(const rtl::OUString& s) {
  const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

}  // namespace llmcost::calc
