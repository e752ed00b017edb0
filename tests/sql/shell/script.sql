.bail on
.load ./llmcost
-- Every function of the card in the real sqlite3 shell; expected.txt holds the output. Each value is
-- worked out by hand in the comment beside it (the shell prints 15 significant digits).
.nullvalue NULL
SELECT llmcost_version();                                     -- the project's version: 0.1.0
SELECT token_cost(2000000, 3);                                -- 2e6 x 3 / 1e6 = 6
SELECT cached_input_rate(2.00, 0.20, 0.85);                   -- 0.85 x 0.2 + 0.15 x 2 = 0.47
SELECT cached_input_rate(2.00, 0.20, 0.85, 1.25);             -- 0.17 + 0.15 x 2 x 1.25 = 0.545
-- notes, fault 1: uncached 2006 - 1920 = 86; (86 x 2.5 + 1920 x 1.25 + 300 x 10) / 1e6 = 0.005615
SELECT request_cost(2006, 300, 2.5, 10, 1920, 1.25);
SELECT prompt_overhead_cost(10000, 5000, 3);                  -- 1e4 x 5000 x 3 / 1e6 = 150
SELECT prompt_overhead_cost(4000, 4000, 2);                   -- 4000 x 4000 x 2 / 1e6 = 32
SELECT pe_monthly_cost(200000, 0, 6000, 0, 1, 0);             -- 2e5 x 6000 x 1 / 1e6 = 1200
SELECT ft_monthly_cost(200000, 0, 0, 1, 0, 6000, 24);         -- 6000 / 24 = 250
SELECT amortized_cost(5000, 24);                              -- 208.3333...
SELECT breakeven_months(6000, 1200);                          -- 6000 / 1200 = 5
SELECT breakeven_months(5000, 32);                            -- 5000 / 32 = 156.25
SELECT breakeven_months(2400, 95, 0.04);                      -- 95 / 0.04 = 2375 < 2400: NULL
-- (5000 / 24) x 1e6 / (2000 x 2) = 208.333... x 250 = 52083.333...
SELECT breakeven_requests(0, 2000, 0, 2, 0, 2, 0, 5000, 24);
SELECT breakeven_prompt_tokens(200000, 1, 6000, 24);          -- 250 x 1e6 / (2e5 x 1) = 1250
-- A = 250; (1 - 250 x 1e6 / (2e5 x 6000)) / (1 - 0.1) = (1 - 0.208333...) / 0.9 = 0.879629629...
SELECT breakeven_hit_rate(200000, 6000, 1, 0.1, 6000, 24);
SELECT expected_attempts(0.8);                                -- 1 / 0.8 = 1.25
SELECT expected_attempts(0.8, 3);                             -- (1 - 0.2^3) / 0.8 = 0.992 / 0.8 = 1.24
SELECT cost_per_success(0.05, 0.8);                           -- 0.05 / 0.8 = 0.0625
SELECT selfhost_rate(5.98, 890);                              -- 5.98e6 / (890 x 3600) = 1.8664169787765...
SELECT round(selfhost_rate(5.98, 890, 0.5), 6);               -- twice that: 3.732834
-- Example 2 month by month: a = 1200 k, b = 6000, difference 1200 k - 6000 (0 in month 5).
.headers on
SELECT * FROM cost_schedule(6, 0, 1200, 6000, 0);
.headers off
-- Usage rows: 3 + 7.5 + 0.001 = 10.501
CREATE TABLE usage(tokens, rate);
INSERT INTO usage VALUES (1000000, 3), (500000, 15), (2000, 0.5);
SELECT sum(token_cost(tokens, rate)) FROM usage;
-- Text that reads whole as a number is a number: '12' x 1 / 1e6 = 1.2e-05
SELECT token_cost('12', 1);
SELECT token_cost(NULL, 1);                                   -- NULL in, NULL out
