/* llmcost for SQLite: every function of the function card, registered on one connection.
 *
 * Two ways in:
 *   - the loadable extension llmcost.so (`.load llmcost`, conn.load_extension): its entry point
 *     sqlite3_llmcost_init calls the registration below;
 *   - a program that links SQLite calls llmcost_register() itself (the same glue, compiled with
 *     SQLITE_CORE into the static library llmcost_sqlite_static).
 *
 * Rules (docs/sql.md has them with examples):
 *   1. A NULL argument gives NULL (cost_schedule: no rows).
 *   2. A number, or text that sqlite3_value_numeric_type() reads whole as a number, is a number;
 *      other text and blobs are invalid.
 *   3. "none" (no answer exists) is NULL; invalid input raises
 *      "<function>: <argument> <reason> (got <value>)"; a wrong argument count names "arguments".
 *   4. Pure functions are SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS; functions that read the price
 *      catalog are SQLITE_INNOCUOUS only.
 *   5. The host SQLite must be 3.31.0 or newer (SQLITE_INNOCUOUS).
 */
#ifndef LLMCOST_SQLITE_H
#define LLMCOST_SQLITE_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers every llmcost function and table on db, stopping at the first failure.
 * Returns SQLITE_OK, or the failing call's code. */
int llmcost_register(sqlite3* db);

/* llmcost_register, and on failure a message in *error_message (allocated with sqlite3_malloc; the
 * caller frees it with sqlite3_free) when error_message is not NULL. */
int llmcost_register_v2(sqlite3* db, char** error_message);

#ifdef __cplusplus
}
#endif

#endif /* LLMCOST_SQLITE_H */
