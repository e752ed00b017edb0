#include "sql_session.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "llmcost_sqlite.h"

namespace llmcost::test {

std::string SqlValue::describe() const {
  std::ostringstream s;
  s.precision(17);
  switch (kind) {
    case Kind::null:
      s << "NULL";
      break;
    case Kind::integer:
      s << "integer " << number;
      break;
    case Kind::real:
      s << "real " << number;
      break;
    case Kind::text:
      s << "text '" << text << "'";
      break;
    case Kind::blob:
      s << "blob";
      break;
    case Kind::error:
      s << "error \"" << text << "\"";
      break;
    case Kind::no_row:
      s << "no row";
      break;
  }
  return s.str();
}

SqlSession::SqlSession() {
  REQUIRE(sqlite3_open(":memory:", &db_) == SQLITE_OK);
  char* error = nullptr;
  const int rc = llmcost_register_v2(db_, &error);
  INFO("llmcost_register: " << (error ? error : ""));
  sqlite3_free(error);
  REQUIRE(rc == SQLITE_OK);
}

SqlSession::~SqlSession() { sqlite3_close(db_); }

SqlValue column_value(sqlite3_stmt* stmt, int column) {
  SqlValue v;
  switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
      v.kind = SqlValue::Kind::null;
      break;
    case SQLITE_INTEGER:
      v.kind = SqlValue::Kind::integer;
      v.number = sqlite3_column_double(stmt, column);
      break;
    case SQLITE_FLOAT:
      v.kind = SqlValue::Kind::real;
      v.number = sqlite3_column_double(stmt, column);
      break;
    case SQLITE_TEXT:
      v.kind = SqlValue::Kind::text;
      v.text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
      break;
    default:
      v.kind = SqlValue::Kind::blob;
      break;
  }
  return v;
}

std::vector<std::vector<SqlValue>> SqlSession::all(const std::string& sql) const {
  std::vector<std::vector<SqlValue>> rows;
  sqlite3_stmt* stmt = nullptr;
  const auto error_row = [&] {
    SqlValue e{SqlValue::Kind::error, 0.0, sqlite3_errmsg(db_)};
    return std::vector<std::vector<SqlValue>>{{e}};
  };
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    auto e = error_row();
    sqlite3_finalize(stmt);
    return e;
  }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<SqlValue> row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) row.push_back(column_value(stmt, c));
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) rows = error_row();
  sqlite3_finalize(stmt);
  return rows;
}

SqlValue SqlSession::one(const std::string& sql) const {
  const auto rows = all(sql);
  if (rows.empty() || rows.front().empty()) return SqlValue{};
  return rows.front().front();
}

std::string SqlSession::exec(const std::string& sql) const {
  char* error = nullptr;
  sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  std::string out = error ? error : "";
  sqlite3_free(error);
  return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace llmcost::test
