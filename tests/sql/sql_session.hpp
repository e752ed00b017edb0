// A test's SQLite connection with llmcost registered statically (llmcost_register), and the first
// value (or error) of a query, for the SQL test binary.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

namespace llmcost::test {

struct SqlValue {
  enum class Kind { null, integer, real, text, blob, error, no_row } kind = Kind::no_row;
  double number = 0.0;  // integer or real
  std::string text;     // text, or the error message

  bool is_error() const { return kind == Kind::error; }
  std::string describe() const;
};

class SqlSession {
 public:
  SqlSession();  // an in-memory database; fails the test if registration fails
  ~SqlSession();
  SqlSession(const SqlSession&) = delete;
  SqlSession& operator=(const SqlSession&) = delete;

  sqlite3* db() const { return db_; }
  // The first column of the first row, no_row when there is none, or the error of prepare/step.
  SqlValue one(const std::string& sql) const;
  // Every row, or a single row holding the error.
  std::vector<std::vector<SqlValue>> all(const std::string& sql) const;
  // Runs statements that return nothing; returns the error message, or "" on success.
  std::string exec(const std::string& sql) const;

 private:
  sqlite3* db_ = nullptr;
};

// The column's value in the current row of a statement.
SqlValue column_value(sqlite3_stmt* stmt, int column);

bool starts_with(const std::string& s, const std::string& prefix);
bool ends_with(const std::string& s, const std::string& suffix);

}  // namespace llmcost::test
