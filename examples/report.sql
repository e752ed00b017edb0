-- The main job in SQL: usage exports -> spend, cache hit rate and a fine-tune decision per workflow
-- and month.  Run from examples/ with the sqlite3 shell and the llmcost extension:
--   cd examples && sqlite3 -bail -cmd '.load ../build/sqlite_ext/llmcost' usage.db < report.sql
-- It leaves its tables in the database (usage_rows, costed, decisions, not_costed, real_usage,
-- figures) for further questions.  Functions: docs/functions.md (the function card).
--
-- Costing: every export row sums many requests, so it is costed with bucket_cost, in the convention
-- of its export (OpenAI counts cached tokens inside input_tokens; Anthropic and Bedrock outside),
-- at the prices in force on the row's day.  A row that cannot be costed (a model no catalog entry
-- resolves, a price the model lacks for tokens it has) is set aside and counted with its reason.
--
-- The decision, per workflow and month, uses the rows of the workflow's own model and the prices in
-- force on the month's last day (prices_on; the question is what to do next, not what was paid):
--   R requests, P the engineered prompt (workflows.csv), I = input / R - P, O = output / R,
--   h = measured cache hit rate of the prompt prefix = cache-read tokens / (R x P), at most 1,
--   w = cache_write_5m / input rate of the model (1 where cache writes are not charged),
--   status quo = pe_monthly_cost(R, I, P, O, in, out, cache_read, h, w),
--   fine-tune  = ft_monthly_cost(R, I, O, ft_in, ft_out, 0, 1): its running cost, no amortization,
--   S = status quo - fine-tune; C = training + dataset preparation; M = amortization months.
-- Recommendation, first match wins:
--   'prompt + caching' when S <= 0, or when h >= breakeven_hit_rate (not NULL);
--   'fine-tune' when R >= breakeven_requests and breakeven_months(C, S, d) <= M;
--   'not yet' otherwise.

.bail on

-- ---------------------------------------------------------------------------------------------
-- 1. Load the exports (usage/README.md describes every column)
DROP TABLE IF EXISTS openai_usage;
CREATE TABLE openai_usage(
  start_time INTEGER, end_time INTEGER, project_id TEXT, api_key_id TEXT, model TEXT, batch TEXT,
  num_model_requests INTEGER, input_tokens INTEGER, input_cached_tokens INTEGER,
  input_audio_tokens INTEGER, output_tokens INTEGER, output_audio_tokens INTEGER);
.import --csv --skip 1 usage/openai_usage.csv openai_usage

DROP TABLE IF EXISTS anthropic_usage;
CREATE TABLE anthropic_usage(
  starting_at TEXT, ending_at TEXT, model TEXT, api_key_id TEXT, workspace_id TEXT,
  service_tier TEXT, context_window TEXT, uncached_input_tokens INTEGER,
  cache_read_input_tokens INTEGER, ephemeral_5m_input_tokens INTEGER,
  ephemeral_1h_input_tokens INTEGER, output_tokens INTEGER, num_requests INTEGER);
.import --csv --skip 1 usage/anthropic_usage.csv anthropic_usage

DROP TABLE IF EXISTS bedrock_usage;
CREATE TABLE bedrock_usage(
  date TEXT, region TEXT, application TEXT, model_id TEXT, invocations INTEGER,
  input_tokens INTEGER, cache_read_input_tokens INTEGER, cache_write_input_tokens INTEGER,
  output_tokens INTEGER);
.import --csv --skip 1 usage/bedrock_usage.csv bedrock_usage

DROP TABLE IF EXISTS workflows;
CREATE TABLE workflows(
  workflow TEXT, export TEXT, key TEXT, model TEXT, prompt_tokens REAL, ft_candidate TEXT,
  training_cost REAL, dataset_prep_cost REAL, amortize_months REAL, discount_rate REAL);
.import --csv --skip 1 usage/workflows.csv workflows

-- One shape for the three exports.  input_tokens is as the export counts it (convention);
-- prompt_total is a request's whole prompt, cached and cache-written tokens included.
DROP VIEW IF EXISTS usage_rows;
CREATE VIEW usage_rows AS
SELECT 'openai' AS export, date(start_time, 'unixepoch') AS day, project_id AS key, model,
       'openai' AS convention, 'base' AS context_window,
       CASE batch WHEN 'true' THEN 'batch' ELSE 'standard' END AS service_tier,
       num_model_requests AS requests, input_tokens, output_tokens,
       input_cached_tokens AS cache_read_tokens, 0 AS cache_write_tokens, 0 AS cache_write_1h_tokens,
       input_tokens AS prompt_total
  FROM openai_usage
UNION ALL
SELECT 'anthropic', substr(starting_at, 1, 10), api_key_id, model, 'anthropic', context_window,
       service_tier, num_requests, uncached_input_tokens, output_tokens, cache_read_input_tokens,
       ephemeral_5m_input_tokens + ephemeral_1h_input_tokens, ephemeral_1h_input_tokens,
       uncached_input_tokens + cache_read_input_tokens + ephemeral_5m_input_tokens
         + ephemeral_1h_input_tokens
  FROM anthropic_usage
UNION ALL
SELECT 'bedrock', date, application, model_id, 'bedrock', 'base', 'standard', invocations,
       input_tokens, output_tokens, cache_read_input_tokens, cache_write_input_tokens, 0,
       input_tokens + cache_read_input_tokens + cache_write_input_tokens
  FROM bedrock_usage;

-- ---------------------------------------------------------------------------------------------
-- 2. Cost every row, or say why it cannot be costed (never a silent 0)
DROP TABLE IF EXISTS costed;
CREATE TABLE costed AS
WITH checked AS (
  SELECT u.*,
         CASE
           WHEN model_resolve(model, day) IS NULL THEN 'unknown model'
           WHEN input_tokens > 0 AND model_rate(model, 'input', day) IS NULL THEN 'no input price'
           WHEN output_tokens > 0 AND model_rate(model, 'output', day) IS NULL THEN 'no output price'
           WHEN cache_read_tokens > 0 AND model_rate(model, 'cache_read', day) IS NULL
             THEN 'no cache_read price'
           WHEN cache_write_tokens > cache_write_1h_tokens
                AND model_rate(model, 'cache_write_5m', day) IS NULL THEN 'no cache_write_5m price'
           WHEN cache_write_1h_tokens > 0 AND model_rate(model, 'cache_write_1h', day) IS NULL
             THEN 'no cache_write_1h price'
         END AS reason
    FROM usage_rows u)
SELECT c.*, w.workflow,
       CASE WHEN c.reason IS NULL THEN
         bucket_cost(c.model, convention, context_window, input_tokens, output_tokens,
                     cache_read_tokens, cache_write_tokens, cache_write_1h_tokens, service_tier, day)
       END AS cost
  FROM checked c LEFT JOIN workflows w ON w.export = c.export AND w.key = c.key;

-- ---------------------------------------------------------------------------------------------
-- 3. Per workflow and month: the measured inputs, then the decision
DROP TABLE IF EXISTS decisions;
CREATE TABLE decisions AS
WITH measured AS (
  SELECT w.workflow, substr(c.day, 1, 7) AS month, w.model, w.ft_candidate,
         sum(c.requests) AS requests, w.prompt_tokens AS P,
         sum(c.prompt_total) * 1.0 / sum(c.requests) - w.prompt_tokens AS I,
         sum(c.output_tokens) * 1.0 / sum(c.requests) AS O,
         min(1.0, sum(c.cache_read_tokens) * 1.0 / (sum(c.requests) * w.prompt_tokens)) AS hit_rate,
         w.training_cost + w.dataset_prep_cost AS C, w.amortize_months AS M, w.discount_rate AS d,
         date(substr(c.day, 1, 7) || '-01', '+1 month', '-1 day') AS prices_on
    FROM costed c JOIN workflows w ON w.workflow = c.workflow
   WHERE c.reason IS NULL AND model_resolve(c.model) = model_resolve(w.model)
   GROUP BY w.workflow, month),
priced AS (
  SELECT m.*,
         model_rate(model, 'input', prices_on) AS in_rate,
         model_rate(model, 'output', prices_on) AS out_rate,
         model_rate(model, 'cache_read', prices_on) AS read_rate,
         coalesce(model_rate(model, 'cache_write_5m', prices_on) / model_rate(model, 'input', prices_on),
                  1.0) AS w,
         model_rate(ft_candidate, 'input', prices_on) AS ft_in,
         model_rate(ft_candidate, 'output', prices_on) AS ft_out
    FROM measured m),
-- A model without a cache-read price has no caching: its prompt is paid in full, and there is no
-- break-even hit rate.
costs AS (
  SELECT p.*,
         CASE WHEN read_rate IS NULL THEN prompt_overhead_cost(requests, P, in_rate)
              ELSE prompt_overhead_cost(requests, P, in_rate, read_rate, hit_rate, w) END
           AS prompt_overhead,
         CASE WHEN read_rate IS NULL THEN pe_monthly_cost(requests, I, P, O, in_rate, out_rate)
              ELSE pe_monthly_cost(requests, I, P, O, in_rate, out_rate, read_rate, hit_rate, w) END
           AS status_quo,
         ft_monthly_cost(requests, I, O, ft_in, ft_out, 0, 1) AS ft_running,
         CASE WHEN read_rate IS NULL
              THEN breakeven_requests(I, P, O, in_rate, out_rate, ft_in, ft_out, C, M, 0)
              ELSE breakeven_requests(I, P, O, in_rate, out_rate, ft_in, ft_out, C, M, 0,
                                      read_rate, hit_rate, w) END AS be_requests,
         CASE WHEN read_rate IS NOT NULL
              THEN breakeven_hit_rate(requests, P, in_rate, read_rate, C, M, w) END AS be_hit_rate
    FROM priced p),
saved AS (
  SELECT c.*, status_quo - ft_running AS S,
         breakeven_months(C, status_quo - ft_running, d) AS be_months
    FROM costs c)
SELECT s.*,
       CASE
         WHEN S <= 0 OR (be_hit_rate IS NOT NULL AND hit_rate >= be_hit_rate) THEN 'prompt + caching'
         WHEN requests >= be_requests AND be_months <= M THEN 'fine-tune'
         ELSE 'not yet'
       END AS recommendation
  FROM saved s;

-- ---------------------------------------------------------------------------------------------
-- 4. A sample of real usage records (genai-prices' test data, MIT; usage/README.md), costed with
--    usage_cost in the convention of the record's API, at genai-prices' pricing date, beside the
--    price genai-prices computed for the API's own provider.
DROP TABLE IF EXISTS real_usage;
CREATE TABLE real_usage AS
WITH rec AS (
  SELECT key AS n, value->'$.body' AS body, value->'$.extracted' AS extracted,
         value->>'$.model' AS model
    FROM json_each(readfile('usage/genai_prices_sample.json'))),
api AS (
  SELECT rec.*,
         CASE WHEN body->'$.usageMetadata' IS NOT NULL THEN 'google'
              WHEN body->'$.usage.prompt_tokens' IS NOT NULL
                OR body->'$.usage.input_tokens_details' IS NOT NULL THEN 'openai'
              ELSE 'anthropic' END AS provider,
         CASE WHEN body->'$.usageMetadata' IS NOT NULL THEN 'default'
              WHEN body->'$.usage.prompt_tokens' IS NOT NULL THEN 'chat'
              WHEN body->'$.usage.input_tokens_details' IS NOT NULL THEN 'responses'
              ELSE 'default' END AS flavor
    FROM rec),
tokens AS (
  SELECT n, provider, model,
         CASE provider WHEN 'google' THEN 'gemini' ELSE provider END AS convention,
         CASE provider
           WHEN 'google' THEN coalesce(body->>'$.usageMetadata.promptTokenCount', 0)
                            + coalesce(body->>'$.usageMetadata.toolUsePromptTokenCount', 0)
           WHEN 'anthropic' THEN body->>'$.usage.input_tokens'
           ELSE coalesce(body->>'$.usage.prompt_tokens', body->>'$.usage.input_tokens') END
           AS input_tokens,
         CASE provider
           WHEN 'google' THEN coalesce(body->>'$.usageMetadata.candidatesTokenCount', 0)
                            + coalesce(body->>'$.usageMetadata.thoughtsTokenCount', 0)
           WHEN 'anthropic' THEN body->>'$.usage.output_tokens'
           ELSE coalesce(body->>'$.usage.completion_tokens', body->>'$.usage.output_tokens') END
           AS output_tokens,
         CASE provider
           WHEN 'google' THEN coalesce(body->>'$.usageMetadata.cachedContentTokenCount', 0)
           WHEN 'anthropic' THEN coalesce(body->>'$.usage.cache_read_input_tokens', 0)
           ELSE coalesce(body->>'$.usage.prompt_tokens_details.cached_tokens',
                         body->>'$.usage.input_tokens_details.cached_tokens', 0) END
           AS cache_read_tokens,
         coalesce(CASE provider WHEN 'anthropic' THEN body->>'$.usage.cache_creation_input_tokens' END, 0)
           AS cache_write_tokens,
         coalesce(CASE provider WHEN 'anthropic'
                    THEN body->>'$.usage.cache_creation.ephemeral_1h_input_tokens' END, 0)
           AS cache_write_1h_tokens,
         (SELECT coalesce(e.value->>'$.input_price', 0) + coalesce(e.value->>'$.output_price', 0)
            FROM json_each(extracted) x, json_each(x.value, '$.extractors') e
           WHERE e.value->>'$.provider_id' = provider AND e.value->>'$.api_flavor' = flavor
             AND e.value->>'$.input_price' IS NOT NULL
           LIMIT 1) AS peer_cost
    FROM api),
checked AS (
  SELECT t.*, provider || '/' || model AS catalog_name,
         CASE WHEN model_resolve(provider || '/' || model, '2026-08-21') IS NULL
              THEN 'unknown model' END AS reason
    FROM tokens t)
SELECT c.*,
       CASE WHEN reason IS NULL THEN
         usage_cost(catalog_name, convention, input_tokens, output_tokens, cache_read_tokens,
                    cache_write_tokens, cache_write_1h_tokens, 'standard', '2026-08-21')
       END AS cost
  FROM checked c;

-- ---------------------------------------------------------------------------------------------
-- 5. The key figures that the budget sheet (budget.fods) computes too; scripts/demo compares them.
--    The seed article's examples with its own typed rates (function card, section 0), the catalog's
--    rows for the seed's fine-tunes, and each workflow's latest month.
DROP TABLE IF EXISTS figures;
CREATE TABLE figures(name TEXT PRIMARY KEY, value);
INSERT INTO figures VALUES
  ('overhead case: $/month', prompt_overhead_cost(10000, 5000, 3)),
  ('ex1: prompt overhead $/month', prompt_overhead_cost(4000, 4000, 2)),
  ('ex1: fine-tune amortized $/month', amortized_cost(5000, 24)),
  ('ex1: break-even months', breakeven_months(5000, prompt_overhead_cost(4000, 4000, 2))),
  ('ex2: prompt overhead $/month', prompt_overhead_cost(200000, 6000, 1)),
  ('ex2: fine-tune amortized $/month', amortized_cost(6000, 24)),
  ('ex2: saving $/month', prompt_overhead_cost(200000, 6000, 1) - amortized_cost(6000, 24)),
  ('ex2: saving over 24 months',
     24 * (prompt_overhead_cost(200000, 6000, 1) - amortized_cost(6000, 24))),
  ('ex2: break-even months', breakeven_months(6000, prompt_overhead_cost(200000, 6000, 1))),
  ('ex2: break-even months at 1 %/month',
     breakeven_months(6000, prompt_overhead_cost(200000, 6000, 1), 0.01)),
  ('ex2: break-even cache hit rate', breakeven_hit_rate(200000, 6000, 1, 0.1, 6000, 24)),
  ('caching: effective prompt rate $/M', cached_input_rate(2.00, 0.20, 0.85)),
  ('caching: with 1.25x writes $/M', cached_input_rate(2.00, 0.20, 0.85, 1.25)),
  ('caching: prompt cost drop', 1 - cached_input_rate(2.00, 0.20, 0.85) / 2.00),
  ('thumb: requests where a $5,000 fine-tune pays',
     breakeven_requests(0, 2000, 0, 2, 0, 2, 0, 5000, 24)),
  ('quality: expected attempts at 80 %', expected_attempts(0.8)),
  ('quality: expected attempts, at most 3', expected_attempts(0.8, 3)),
  ('quality: cost per success $', cost_per_success(0.05, 0.8)),
  ('schedule: difference after 24 months',
     (SELECT difference FROM cost_schedule(24, 0, 1200, 6000, 0) WHERE month = 24)),
  ('schedule: break-even month',
     (SELECT min(month) FROM cost_schedule(24, 0, 1200, 6000, 0) WHERE difference >= 0)),
  ('catalog: openai/ft:gpt-5.5 training', model_rate('openai/ft:gpt-5.5', 'training_flat_10k')),
  ('catalog: openai/ft:gpt-5.5 input $/M', model_rate('openai/ft:gpt-5.5', 'input')),
  ('catalog: openai/ft:gpt-5.5 output $/M', model_rate('openai/ft:gpt-5.5', 'output')),
  ('catalog: aws/ft:claude-sonnet-5 training', model_rate('aws/ft:claude-sonnet-5', 'training_flat_10k')),
  ('catalog: aws/ft:claude-sonnet-5 input $/M', model_rate('aws/ft:claude-sonnet-5', 'input')),
  ('catalog: aws/ft:claude-sonnet-5 output $/M', model_rate('aws/ft:claude-sonnet-5', 'output')),
  ('catalog: together/ft:llama-3.3-70b training',
     model_rate('together/ft:llama-3.3-70b', 'training_flat_10k')),
  ('catalog: together/ft:llama-3.3-70b input $/M', model_rate('together/ft:llama-3.3-70b', 'input')),
  ('catalog: together/ft:llama-3.3-70b output $/M', model_rate('together/ft:llama-3.3-70b', 'output')),
  ('catalog: selfhost/ft:kimi-k2.7-code-lora training',
     model_rate('selfhost/ft:kimi-k2.7-code-lora', 'training_flat_10k')),
  ('catalog: selfhost/ft:kimi-k2.7-code-lora input $/M',
     model_rate('selfhost/ft:kimi-k2.7-code-lora', 'input')),
  ('catalog: selfhost/ft:kimi-k2.7-code-lora output $/M',
     model_rate('selfhost/ft:kimi-k2.7-code-lora', 'output')),
  ('ex1 at the catalog price of openai/gpt-5.5: overhead $/month',
     prompt_overhead_cost(4000, 4000, model_rate('openai/gpt-5.5', 'input'))),
  ('ex2 at the catalog price of anthropic/claude-sonnet-5: overhead $/month',
     prompt_overhead_cost(200000, 6000, model_rate('anthropic/claude-sonnet-5', 'input')));

-- Each workflow's latest month: what the sheet's workflow block recomputes from the same inputs.
INSERT INTO figures
WITH latest AS (
  SELECT d.* FROM decisions d
   WHERE d.month = (SELECT max(month) FROM decisions x WHERE x.workflow = d.workflow)),
names(k, name) AS (VALUES
  (1, 'input $/M'), (2, 'output $/M'), (3, 'cache read $/M'), (4, 'write multiplier'),
  (5, 'fine-tune input $/M'), (6, 'fine-tune output $/M'), (7, 'prompt overhead $/month'),
  (8, 'status quo $/month'), (9, 'fine-tune running $/month'), (10, 'saving S $/month'),
  (11, 'break-even requests'), (12, 'break-even months'), (13, 'break-even hit rate'),
  (14, 'recommendation'))
SELECT workflow || ': ' || name,
       CASE k WHEN 1 THEN in_rate WHEN 2 THEN out_rate WHEN 3 THEN read_rate WHEN 4 THEN w
              WHEN 5 THEN ft_in WHEN 6 THEN ft_out WHEN 7 THEN prompt_overhead
              WHEN 8 THEN status_quo WHEN 9 THEN ft_running WHEN 10 THEN S
              WHEN 11 THEN be_requests WHEN 12 THEN be_months WHEN 13 THEN be_hit_rate
              WHEN 14 THEN recommendation END
  FROM latest, names ORDER BY workflow, k;

-- ---------------------------------------------------------------------------------------------
-- 6. The report
.headers on
.mode box
.print
.print "Spend per workflow and month (bucket_cost at each day's prices; rows that could not be costed are left out and listed below)"
SELECT coalesce(workflow, '(no workflow)') AS workflow, substr(day, 1, 7) AS month,
       printf('%,d', sum(requests) FILTER (WHERE reason IS NULL)) AS requests,
       printf('%.2f', sum(cost)) AS "spend $",
       printf('%.2f', sum(cost) / sum(requests) FILTER (WHERE reason IS NULL) * 1000)
         AS "$ per 1K requests",
       CASE WHEN count(reason) > 0
            THEN printf('%d rows, %,d requests', count(reason),
                        sum(requests) FILTER (WHERE reason IS NOT NULL))
            ELSE '' END AS "not costed"
  FROM costed
 GROUP BY 1, 2 ORDER BY 1, 2;

.print
.print "The engineered prompt, measured (the workflow's own model; I, O per request; hit rate = cache reads / (requests x P))"
SELECT workflow, month, printf('%,d', requests) AS requests, printf('%,d', CAST(P AS INTEGER)) AS P,
       printf('%,d', CAST(round(I) AS INTEGER)) AS I, printf('%,d', CAST(round(O) AS INTEGER)) AS O,
       printf('%.1f %%', 100 * hit_rate) AS "hit rate", printf('%.2f', w) AS "write x",
       printf('%.2f', prompt_overhead) AS "prompt overhead $/month"
  FROM decisions ORDER BY workflow, month;

.print
.print "Fine-tune or keep prompting? (prices on the month's last day; S = status quo - fine-tune running cost)"
SELECT workflow, month, ft_candidate AS candidate,
       printf('%,d', CAST(round(C) AS INTEGER)) AS "one-time $",
       printf('%.2f', status_quo) AS "status quo $/mo",
       printf('%.2f', S) AS "S $/mo",
       CASE WHEN be_requests IS NULL THEN 'never'
            ELSE printf('%,d', CAST(round(be_requests) AS INTEGER)) END AS "break-even req/mo",
       CASE WHEN be_months IS NULL THEN 'never' ELSE printf('%.1f', be_months) END
         AS "break-even months",
       CASE WHEN be_hit_rate IS NULL THEN 'none' ELSE printf('%.1f %%', 100 * be_hit_rate) END
         AS "break-even hit rate",
       recommendation
  FROM decisions ORDER BY workflow, month;

.print
.print "Rows that could not be costed (they are in no total above)"
SELECT export, model, count(*) AS rows, printf('%,d', sum(requests)) AS requests, reason
  FROM costed WHERE reason IS NOT NULL GROUP BY export, model, reason ORDER BY export, model;

.print
.print "Real usage records (genai-prices test data) costed by provider and model, at 2026-08-21 prices"
SELECT provider, model, count(*) AS records,
       CASE WHEN count(cost) > 0 THEN printf('%.6f', sum(cost)) ELSE '' END AS "llmcost $",
       printf('%.6f', sum(peer_cost)) AS "genai-prices $",
       sum(cost IS NOT NULL AND abs(cost - peer_cost) <= 1e-9 * max(abs(cost), abs(peer_cost), 1e-12))
         AS "agree (1e-9)",
       coalesce(group_concat(DISTINCT reason), '') AS "not costed"
  FROM real_usage GROUP BY provider, model ORDER BY provider, model;
