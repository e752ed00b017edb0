// Property tests of the core beyond the golden vectors: thousands of seeded random cases each
// (std::mt19937_64 with a fixed seed, so every run draws the same cases). Each test names its
// oracle: an independent closed form computed here (often in long double), or another llmcost
// function that must agree with the one under test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>

#include "llmcost/llmcost.hpp"

using namespace llmcost;

namespace {

constexpr int kCases = 4000;

// Seeded draws: uniform on [lo, hi], and log-uniform on [lo, hi] (lo > 0) to cover many scales.
struct Draw {
  std::mt19937_64 rng;
  explicit Draw(std::uint64_t seed) : rng(seed) {}
  double uniform(double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
  }
  double log_uniform(double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); }
  bool coin() { return uniform(0, 1) < 0.5; }
};

bool near(double got, double want, double rel) {
  return std::fabs(got - want) <= rel * std::fabs(want);
}

// Present value of the savings over whole months 1..k: sum S (1+g)^(j-1) / (1+d)^j, added term by
// term.
long double savings_pv(double s, double d, double g, int k) {
  long double pv = 0, factor = 1.0L / (1.0L + d);
  for (int j = 1; j <= k; ++j, factor *= (1.0L + g) / (1.0L + d)) pv += s * factor;
  return pv;
}

}  // namespace

TEST_CASE("breakeven_months equals NPER's closed form when growth is 0", "[property]") {
  // Oracle: NPER(d; S; -C) = ln(1 - C d / S) / ln(1 / (1 + d)), computed in long double.
  Draw draw(20260703);
  for (int i = 0; i < kCases; ++i) {
    const double d = draw.log_uniform(1e-4, 0.2);
    const double s = draw.log_uniform(1, 1e5);
    // C d / S kept in (0, 0.99]: beyond that ln(1 - C d / S) is ill-conditioned in any precision.
    const double c = draw.uniform(0, 0.99) * s / d;
    const long double want = std::log(1.0L - static_cast<long double>(c) * d / s) /
                             std::log(1.0L / (1.0L + static_cast<long double>(d)));
    const Outcome got = breakeven_months(c, s, d);
    INFO("breakeven_months(" << c << ", " << s << ", " << d << ")");
    REQUIRE(got.is_number());
    CHECK(near(got.value, static_cast<double>(want), 1e-12));
  }
}

TEST_CASE("breakeven_months equals the card's ln/ln form for any growth and discount",
          "[property]") {
  // Oracle: ln(1 + C (g - d) / S) / ln((1 + g) / (1 + d)) in long double, for |g - d| >= 1e-3 where
  // the ln/ln form is well-conditioned; none exactly when 1 + C (g - d) / S <= 0.
  Draw draw(44602661);
  int numbers = 0, nones = 0;
  for (int i = 0; i < kCases; ++i) {
    const double d = draw.uniform(-0.5, 0.5), g = draw.uniform(-0.5, 0.5);
    if (std::fabs(g - d) < 1e-3) continue;
    const double s = draw.log_uniform(1, 1e5), c = draw.log_uniform(1, 1e6);
    const long double x = static_cast<long double>(c) * (static_cast<long double>(g) - d) / s;
    const Outcome got = breakeven_months(c, s, d, g);
    INFO("breakeven_months(" << c << ", " << s << ", " << d << ", " << g << ")");
    if (1 + x < 1e-4L) {  // never breaks even (skip the ill-conditioned sliver just above 0)
      if (1 + x <= 0) {
        CHECK(got.is_none());
        ++nones;
      }
      continue;
    }
    // ln(1 + x) taken as log1p(x) so that the oracle keeps its digits when x is tiny
    const long double want = std::log1p(x) / std::log((1.0L + g) / (1.0L + d));
    REQUIRE(got.is_number());
    CHECK(near(got.value, static_cast<double>(want), 1e-11));
    ++numbers;
  }
  CHECK(numbers > kCases / 4);  // both branches were really exercised
  CHECK(nones > kCases / 20);
}

TEST_CASE("breakeven_months stays accurate as growth approaches discount", "[property]") {
  // Oracle: the series of ln(1 + a r) / ln(1 + b r) in r = g - d, a = C/S, b = 1/(1+d):
  //   n = (a / b) (1 + (b - a) r / 2 + (a^2 / 3 - a b / 4 - b^2 / 12) r^2 + O(r^3)),
  // whose O((a r)^3) remainder is below 1e-20 for |r| <= 1e-9 and a <= 100. At r = 0 it is C
  // (1+d)/S.
  Draw draw(505);
  const double steps[] = {1e-9, -1e-9, 1e-12, -1e-12, 1e-15, -1e-15, 0};
  for (int i = 0; i < kCases; ++i) {
    const double d = draw.uniform(1e-3, 0.2);
    const double g = d + steps[i % 7];
    const double s = draw.log_uniform(1, 1e5), c = s * draw.log_uniform(0.1, 100);
    const long double r = static_cast<long double>(g) - d;  // exactly what the core sees
    const long double a = static_cast<long double>(c) / s, b = 1.0L / (1.0L + d);
    const long double want =
        a / b * (1 + (b - a) * r / 2 + (a * a / 3 - a * b / 4 - b * b / 12) * r * r);
    const Outcome got = breakeven_months(c, s, d, g);
    INFO("breakeven_months(" << c << ", " << s << ", " << d << ", " << g << ")");
    REQUIRE(got.is_number());
    CHECK(near(got.value, static_cast<double>(want), 1e-12));
  }
}

TEST_CASE("breakeven_months with d = g = 0 is C / S", "[property]") {
  // Oracle: C / S, the undiscounted pay-back time (card s4: g = d gives C (1 + d) / S).
  Draw draw(156);
  for (int i = 0; i < kCases; ++i) {
    const double c = draw.log_uniform(1e-3, 1e9), s = draw.log_uniform(1e-3, 1e9);
    INFO("breakeven_months(" << c << ", " << s << ")");
    const Outcome plain = breakeven_months(c, s), zeros = breakeven_months(c, s, 0.0, 0.0);
    REQUIRE(plain.is_number());
    REQUIRE(zeros.is_number());
    CHECK(near(plain.value, c / s, 1e-15));
    CHECK(near(zeros.value, c / s, 1e-15));
  }
}

TEST_CASE("more savings never means a later break-even", "[property]") {
  // Oracle: monotonicity. For S1 < S2 the present value of S2's savings is larger every month, so
  // n(S2) <= n(S1); "none" counts as never, so none at S2 forces none at S1.
  Draw draw(950);
  for (int i = 0; i < kCases; ++i) {
    const double c = draw.log_uniform(1, 1e6);
    const double d = draw.uniform(0, 0.1), g = draw.uniform(-0.1, 0.1);
    const double s1 = draw.log_uniform(1, 1e5), s2 = s1 * draw.log_uniform(1.0 + 1e-12, 10);
    const Outcome n1 = breakeven_months(c, s1, d, g), n2 = breakeven_months(c, s2, d, g);
    INFO("C " << c << " d " << d << " g " << g << " S1 " << s1 << " S2 " << s2);
    REQUIRE_FALSE(n1.is_invalid());
    REQUIRE_FALSE(n2.is_invalid());
    if (n2.is_none()) CHECK(n1.is_none());
    if (n1.is_number()) {
      REQUIRE(n2.is_number());
      CHECK(n2.value <= n1.value * (1 + 1e-14));
    }
  }
}

TEST_CASE("cached_input_rate lies between the read rate and input x multiplier", "[property]") {
  // Oracle: hit x read + (1 - hit) x input x w is a convex combination of read and input x w, so it
  // lies between them (to a few units of rounding), equal to input x w at hit 0 and read at hit 1.
  Draw draw(47);
  for (int i = 0; i < kCases; ++i) {
    const double in = draw.log_uniform(1e-3, 100), w = draw.coin() ? 1.0 : draw.uniform(1, 3);
    // read <= input x w, as for every real cache (cheaper reads than uncached writes)
    const double read = draw.uniform(0, 1) * in * w, hit = draw.uniform(0, 1);
    const double full = in * w;
    const Outcome got = cached_input_rate(in, read, hit, w);
    INFO("cached_input_rate(" << in << ", " << read << ", " << hit << ", " << w << ")");
    REQUIRE(got.is_number());
    CHECK(got.value >= read * (1 - 4e-16));
    CHECK(got.value <= full * (1 + 4e-16));
    CHECK(near(cached_input_rate(in, read, 0.0, w).value, full, 1e-15));
    CHECK(near(cached_input_rate(in, read, 1.0, w).value, read, 1e-15));
  }
}

TEST_CASE("cost_schedule's difference changes sign in the month breakeven_months names",
          "[property]") {
  // Oracle: cost_schedule with a = (0 one-time, S + m a month) and b = (C one-time, m a month) has
  // difference(k) = PV of S over months 1..k - C, so it is < 0 before month ceil(n) and >= 0 from
  // it (up to rounding), n = breakeven_months(C, S, d, g). When n is none it never reaches 0; that
  // is checked against the present value summed here term by term in long double.
  Draw draw(22800);
  int crossings = 0, nevers = 0;
  for (int i = 0; i < kCases; ++i) {
    const double c = draw.log_uniform(1, 1e5), s = draw.log_uniform(1, 1e4);
    const double m = draw.coin() ? 0.0 : draw.log_uniform(1, 1e4);
    const double d = draw.uniform(0, 0.05), g = draw.uniform(-0.05, 0.05);
    const Outcome n = breakeven_months(c, s, d, g);
    const Schedule table = cost_schedule(1200.0, 0.0, s + m, c, m, d, g);
    INFO("C " << c << " S " << s << " m " << m << " d " << d << " g " << g);
    REQUIRE(table.outcome.is_number());
    REQUIRE(table.rows.size() == 1200);
    // tolerance: a few rounding steps on the larger cumulative column
    auto tol = [&](const ScheduleRow& r) {
      return 1e-10 * std::max(r.cumulative_a, r.cumulative_b);
    };
    if (n.is_none()) {
      const ScheduleRow& last = table.rows.back();
      CHECK(last.difference < tol(last));
      CHECK(savings_pv(s, d, g, 1200) < c);
      ++nevers;
      continue;
    }
    REQUIRE(n.is_number());
    if (n.value > 1200) continue;
    const int month = std::max(1, static_cast<int>(std::ceil(n.value)));
    const ScheduleRow& at = table.rows[static_cast<std::size_t>(month - 1)];
    CHECK(at.difference >= -tol(at));
    if (month >= 2) {
      const ScheduleRow& before = table.rows[static_cast<std::size_t>(month - 2)];
      CHECK(before.difference < tol(before));
    }
    ++crossings;
  }
  CHECK(crossings > kCases / 4);
  CHECK(nevers > kCases / 50);
}

TEST_CASE("breakeven_requests is where pe_monthly_cost and ft_monthly_cost meet", "[property]") {
  // Oracle: pe_monthly_cost(R*) and ft_monthly_cost(R*) evaluated at R* = breakeven_requests(...),
  // with and without the caching group; they must agree to 1e-9. When R* is none the fine-tune is
  // never cheaper: at any volume prompting costs no more than the fine-tune.
  Draw draw(52083);
  int met = 0, never = 0;
  for (int i = 0; i < kCases; ++i) {
    const double task = draw.uniform(0, 1e4), prompt = draw.uniform(0, 1e4),
                 out = draw.uniform(0, 2e3);
    const double in = draw.log_uniform(0.05, 20), out_rate = in * draw.uniform(1, 5);
    const double ft_in = in * draw.uniform(0.5, 2), ft_out = out_rate * draw.uniform(0.5, 2);
    const double c = draw.coin() ? draw.log_uniform(1, 1e5) : 0.0;
    const double months = draw.uniform(1, 36), fixed = draw.coin() ? draw.uniform(0, 500) : 0.0;
    const bool caching = draw.coin();
    const opt read = caching ? opt(in * draw.uniform(0, 0.5)) : std::nullopt;
    const opt hit = caching ? opt(draw.uniform(0, 1)) : std::nullopt;
    const opt w = caching && draw.coin() ? opt(draw.uniform(1, 2)) : std::nullopt;
    const Outcome r = breakeven_requests(task, prompt, out, in, out_rate, ft_in, ft_out, c, months,
                                         fixed, read, hit, w);
    INFO("I " << task << " P " << prompt << " O " << out << " in " << in << " out " << out_rate
              << " ft " << ft_in << "/" << ft_out << " C " << c << " M " << months << " fixed "
              << fixed << " caching " << caching);
    REQUIRE_FALSE(r.is_invalid());
    auto pe = [&](double requests) {
      return pe_monthly_cost(requests, task, prompt, out, in, out_rate, read, hit, w).value;
    };
    auto ft = [&](double requests) {
      return ft_monthly_cost(requests, task, out, ft_in, ft_out, c, months, fixed).value;
    };
    if (r.is_none()) {
      for (double volume : {0.0, 1e3, 1e6, 1e9}) CHECK(pe(volume) <= ft(volume) * (1 + 1e-12));
      ++never;
      continue;
    }
    CHECK(near(pe(r.value), ft(r.value), 1e-9));
    ++met;
  }
  CHECK(met > kCases / 4);
  CHECK(never > kCases / 20);
}

TEST_CASE("at breakeven_hit_rate the cached prompt costs the fine-tune's amortization",
          "[property]") {
  // Oracle: prompt_overhead_cost(R, P, in, read, h*, w) = amortized_cost(C, M) when 0 < h* < 1.
  // h* = 0 means caching beats fine-tuning even at a 0 % hit rate (overhead at hit 0 <= C/M);
  // none means fine-tuning wins even at 100 % (overhead at hit 1 > C/M).
  Draw draw(87963);
  int inside = 0, zero = 0, none = 0;
  for (int i = 0; i < kCases; ++i) {
    const double requests = draw.log_uniform(100, 1e6), prompt = draw.log_uniform(100, 2e4);
    const double in = draw.log_uniform(0.1, 20), read = in * draw.uniform(0.05, 0.5);
    const double w = draw.coin() ? 1.0 : draw.uniform(1, 2);
    const double months = draw.uniform(1, 36);
    // C such that the amortization per prompt token, t, spans [read / 2, 2 x input x w]
    const double t = draw.log_uniform(read / 2, 2 * in * w);
    const double c = t * months * requests * prompt / 1e6;
    const Outcome h = breakeven_hit_rate(requests, prompt, in, read, c, months, w);
    const double amortization = amortized_cost(c, months).value;
    INFO("breakeven_hit_rate(" << requests << ", " << prompt << ", " << in << ", " << read << ", "
                               << c << ", " << months << ", " << w << ")");
    REQUIRE_FALSE(h.is_invalid());
    if (h.is_none()) {
      CHECK(prompt_overhead_cost(requests, prompt, in, read, 1.0, w).value > amortization);
      ++none;
    } else if (h.value == 0) {
      CHECK(prompt_overhead_cost(requests, prompt, in, read, 0.0, w).value <=
            amortization * (1 + 1e-12));
      ++zero;
    } else {
      REQUIRE(h.value <= 1);
      CHECK(near(prompt_overhead_cost(requests, prompt, in, read, h.value, w).value, amortization,
                 1e-9));
      ++inside;
    }
  }
  CHECK(inside > kCases / 4);
  CHECK(zero > kCases / 50);
  CHECK(none > kCases / 50);
}

TEST_CASE("expected_attempts with at most k attempts approaches 1/p as k grows", "[property]") {
  // Oracle: (1 - (1-p)^k) / p computed with powl in long double (the core uses expm1/log1p), so
  // 1/p - E(p, k) = (1-p)^k / p: E grows with k, never exceeds 1/p, and equals it once (1-p)^k
  // is below rounding.
  Draw draw(124);
  for (int i = 0; i < kCases; ++i) {
    const double p = draw.log_uniform(0.01, 1);
    const double limit = 1 / p;
    double previous = 0;
    INFO("success_rate " << p);
    for (double k : {1.0, 2.0, 3.0, 10.0, 100.0, 1e4}) {
      const Outcome e = expected_attempts(p, k);
      REQUIRE(e.is_number());
      const long double want = (1 - std::pow(1.0L - p, static_cast<long double>(k))) / p;
      INFO("max_attempts " << k);
      CHECK(near(e.value, static_cast<double>(want), 1e-12));
      CHECK(e.value >= previous);
      CHECK(e.value <= limit * (1 + 1e-15));
      previous = e.value;
    }
    // k = 1e6 and 1e15: (1-p)^k < 1e-4000, so the answer is 1/p itself.
    CHECK(near(expected_attempts(p, 1e6).value, limit, 1e-15));
    CHECK(near(expected_attempts(p, 1e15).value, limit, 1e-15));
    CHECK(near(expected_attempts(p).value, limit, 1e-15));
  }
}
