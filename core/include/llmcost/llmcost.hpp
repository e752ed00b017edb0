// Everything llmcost offers to C++ callers.
#pragma once
#include "llmcost/functions.hpp"
#include "llmcost/outcome.hpp"
#include "llmcost/registry.hpp"
#include "llmcost/schedule.hpp"
#include "llmcost/value.hpp"
#include "llmcost/version.hpp"
