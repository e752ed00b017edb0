// Scalar SQL functions: one callback serves every function of llmcost::functions(); its user data
// (a Binding) says which. The callback reads the arguments, lets llmcost::evaluate validate and
// compute, and maps the Outcome: number -> REAL (text answers -> TEXT), none -> NULL,
// invalid -> sqlite3_result_error with the card's message. No exception leaves it.
#include <cstddef>
#include <memory>
#include <new>
#include <span>
#include <string>

#include "glue.hpp"
#include "llmcost/outcome.hpp"
#include "llmcost/registry.hpp"
#include "read_argument.hpp"

namespace llmcost::sqlite {
namespace {

// Arguments are read onto the stack; registration refuses a function with more.
constexpr int kMaxArgs = 16;

void report(sqlite3_context* ctx, std::string_view function, const Outcome& out) {
  switch (out.status) {
    case Status::number:
      if (out.is_text)
        sqlite3_result_text64(ctx, out.text.data(), out.text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      else
        sqlite3_result_double(ctx, out.value);
      return;
    case Status::none:
      sqlite3_result_null(ctx);
      return;
    case Status::invalid: {
      const std::string message = error_message(function, out);
      sqlite3_result_error(ctx, message.data(), static_cast<int>(message.size()));
      return;
    }
  }
}

// A count outside required..max_args (only the arity -1 registration sees one): the core's error.
void report_count(sqlite3_context* ctx, const FunctionSpec& spec, int argc) {
  const std::vector<Value> placeholders(static_cast<std::size_t>(argc));
  report(ctx, spec.name, validate(spec, placeholders));
}

void compute(sqlite3_context* ctx, const Binding& binding, int argc, sqlite3_value** argv) {
  const FunctionSpec& spec = *binding.spec;
  if (argc < spec.required || argc > spec.max_args()) return report_count(ctx, spec, argc);
  // Uninitialized: zeroing kMaxArgs Values on every row would cost more than reading them.
  alignas(Value) std::byte storage[sizeof(Value) * kMaxArgs];
  Value* const values = reinterpret_cast<Value*>(storage);
  int blob = -1;  // the first blob; reported only when no argument is NULL
  for (int i = 0; i < argc; ++i) {
    switch (read_argument(argv[i], spec.args[i].domain, values + i)) {
      case Read::value:
        break;
      case Read::null:
        sqlite3_result_null(ctx);
        return;
      case Read::blob:
        std::construct_at(values + i);  // missing, in the blob's place
        if (blob < 0) blob = i;
        break;
      case Read::no_memory:
        sqlite3_result_error_nomem(ctx);
        return;
    }
  }
  if (blob >= 0) return report(ctx, spec.name, blob_outcome(spec.args[blob]));
  const Outcome out = evaluate(spec, std::span<const Value>(values, static_cast<std::size_t>(argc)),
                               binding.state->catalog.get());
  report(ctx, spec.name, out);
}

void call_function(sqlite3_context* ctx, int argc, sqlite3_value** argv) noexcept {
  const auto* binding = static_cast<const Binding*>(sqlite3_user_data(ctx));
  try {
    compute(ctx, *binding, argc, argv);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  } catch (const std::exception& e) {
    const std::string message =
        std::string(binding->spec->name) + ": internal error (" + e.what() + ")";
    sqlite3_result_error(ctx, message.data(), static_cast<int>(message.size()));
  } catch (...) {
    sqlite3_result_error(ctx, "llmcost: internal error", -1);
  }
}

void delete_binding(void* binding) noexcept { delete static_cast<Binding*>(binding); }

}  // namespace

std::vector<SqlFunction> sql_function_table() {
  std::vector<SqlFunction> table;
  for (const FunctionSpec& spec : functions()) {
    if (spec.result == ResultKind::table) continue;
    const int flags = spec.reads_catalog() ? kCatalogFlags : kPureFlags;
    for (int n = spec.required; n <= spec.max_args(); ++n) table.push_back({&spec, n, flags});
    table.push_back({&spec, -1, flags});
  }
  return table;
}

int register_scalar_functions(sqlite3* db, const std::shared_ptr<ConnectionState>& state,
                              std::string& error) {
  for (const SqlFunction& row : sql_function_table()) {
    const std::string name(row.spec->name);
    if (row.spec->max_args() > kMaxArgs) {
      error = "llmcost: " + name + " takes more than " + std::to_string(kMaxArgs) + " arguments";
      return SQLITE_ERROR;
    }
    // On failure SQLite itself calls delete_binding.
    const int rc = sqlite3_create_function_v2(db, name.c_str(), row.arity, row.flags,
                                              new Binding{row.spec, state}, call_function, nullptr,
                                              nullptr, delete_binding);
    if (rc != SQLITE_OK) {
      error = "llmcost: cannot register " + name + "/" + std::to_string(row.arity) + ": " +
              sqlite3_errmsg(db);
      return rc;
    }
  }
  return SQLITE_OK;
}

}  // namespace llmcost::sqlite
