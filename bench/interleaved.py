"""Interleaved timing shared by the SQL benchmarks (bench/sql, bench/catalog).

Each round runs every query once, in an order rotated by one each round, so that a slow moment of a
shared machine falls on all of them alike; a ratio is the median over the rounds of that round's
ratio, and a time is the median over the rounds.
"""
import statistics
import time


def run_interleaved(conn, queries, rounds):
    """Runs each SQL of `queries` (name -> SQL) once a round; returns (times, values) by name."""
    names = list(queries)
    times = {name: [] for name in names}
    values = {}
    for round_ in range(rounds):
        order = names[round_ % len(names):] + names[:round_ % len(names)]
        for name in order:
            start = time.perf_counter()
            values[name] = conn.execute(queries[name]).fetchone()[0]
            times[name].append(time.perf_counter() - start)
    return times, values


def median_ratio(times, a, b):
    """The median over the rounds of time a / time b."""
    return statistics.median(x / y for x, y in zip(times[a], times[b]))


def print_rows(times, rows):
    """One line per query: median time, rows per second, and its ratio to the scan."""
    for name in times:
        median = statistics.median(times[name])
        print(f"  {name:8s} {median * 1000:9.1f} ms  {rows / median / 1e6:7.2f} M rows/s  "
              f"({median_ratio(times, name, 'scan'):.2f}x the scan)")
