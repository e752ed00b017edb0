// What one SQLite connection remembers between calls: its own price catalog.
//
// Every function registered on a connection holds a Binding (its user data) that shares the
// connection's one ConnectionState; SQLite's destructor callback deletes the Binding, and the state
// goes with the last of them (when the connection closes).
#pragma once

#include <memory>

#include "llmcost/registry.hpp"

namespace llmcost::sqlite {

struct ConnectionState {
  // The catalog that this connection's catalog functions price with; null means the process
  // catalog (card section 7: llmcost_load_catalog replaces it for the calling connection only).
  std::shared_ptr<const Catalog> catalog;
};

// The user data of one registered SQL function.
struct Binding {
  const FunctionSpec* spec;
  std::shared_ptr<ConnectionState> state;
};

}  // namespace llmcost::sqlite
