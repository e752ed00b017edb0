// The lifecycle callbacks and module every llmcost virtual table shares (cost_schedule,
// llm_prices): a Table and a Cursor are plain structs deriving from sqlite3_vtab /
// sqlite3_vtab_cursor, created with new and deleted here. Allocation failures answer SQLITE_NOMEM;
// nothing throws into SQLite.
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

// An eponymous-only module (no xCreate: the table exists only under its own name; iVersion 0: no
// transactions, no shadow tables) from a table's own callbacks and the shared lifecycle above.
template <class Table, class Cursor>
sqlite3_module eponymous_module(decltype(sqlite3_module::xConnect) connect,
                                decltype(sqlite3_module::xBestIndex) best_index,
                                decltype(sqlite3_module::xFilter) filter,
                                decltype(sqlite3_module::xNext) next,
                                decltype(sqlite3_module::xEof) eof,
                                decltype(sqlite3_module::xColumn) column,
                                decltype(sqlite3_module::xRowid) rowid) {
  sqlite3_module m{};
  m.xConnect = connect;
  m.xBestIndex = best_index;
  m.xDisconnect = vtab_disconnect<Table>;
  m.xOpen = vtab_open<Cursor>;
  m.xClose = vtab_close<Cursor>;
  m.xFilter = filter;
  m.xNext = next;
  m.xEof = eof;
  m.xColumn = column;
  m.xRowid = rowid;
  return m;
}

}  // namespace llmcost::sqlite
