// The SQLite API as the glue sees it. In the loadable extension every sqlite3_* call goes through
// the host's routine table (set by entry.cpp); compiled with SQLITE_CORE (the static library for
// programs that link SQLite) the same calls go straight to the linked library.
#pragma once

#include <sqlite3ext.h>

SQLITE_EXTENSION_INIT3
