// The lifecycle callbacks every llmcost virtual table shares (cost_schedule, llm_prices): a Table
// and a Cursor are plain structs deriving from sqlite3_vtab / sqlite3_vtab_cursor, created with
// new and deleted here. Allocation failures answer SQLITE_NOMEM; nothing throws into SQLite.
#pragma once

#include "sqlite_api.hpp"

namespace llmcost::sqlite {

template <class Table>
int vtab_disconnect(sqlite3_vtab* vtab) noexcept {
  delete static_cast<Table*>(vtab);
  return SQLITE_OK;
}

template <class Cursor>
int vtab_open(sqlite3_vtab*, sqlite3_vtab_cursor** out) noexcept {
  try {
    *out = new Cursor{};
    return SQLITE_OK;
  } catch (...) {
    return SQLITE_NOMEM;
  }
}

template <class Cursor>
int vtab_close(sqlite3_vtab_cursor* cursor) noexcept {
  delete static_cast<Cursor*>(cursor);
  return SQLITE_OK;
}

}  // namespace llmcost::sqlite
