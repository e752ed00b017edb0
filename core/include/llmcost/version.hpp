#pragma once
namespace llmcost {
inline constexpr const char* kVersion = "0.1.0";
}
