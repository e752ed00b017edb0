// The text of core/data/default_catalog.csv, compiled into the library by the build
// (core/cmake/embed_catalog.cmake writes default_catalog_data.cpp into the build tree).
#pragma once

#include <string_view>

namespace llmcost {
std::string_view default_catalog_csv();
}
