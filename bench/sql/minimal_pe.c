/* The benchmark's floor: pe_monthly_cost's arithmetic as the smallest possible SQLite C function
 * (no validation, no NULL policy, no errors), to show what llmcost's glue costs on top of it.
 * R x (I x input_rate + P x input_rate + O x output_rate) / 1e6, arguments (r, i, p, o, ir, orate).
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

static void pe_min(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  (void)argc;
  const double r = sqlite3_value_double(argv[0]), i = sqlite3_value_double(argv[1]);
  const double p = sqlite3_value_double(argv[2]), o = sqlite3_value_double(argv[3]);
  const double ir = sqlite3_value_double(argv[4]), orate = sqlite3_value_double(argv[5]);
  sqlite3_result_double(ctx, r * (i * ir + p * ir + o * orate) / 1e6);
}

int sqlite3_minimalpe_init(sqlite3* db, char** err, const sqlite3_api_routines* api) {
  (void)err;
  SQLITE_EXTENSION_INIT2(api);
  return sqlite3_create_function(
      db, "pe_min", 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, pe_min, 0, 0);
}
