-- Agreement with genai-prices on real usage records, in SQL over the JSON, as a user would write it.
-- Run from tests/data with the extension loaded and genai-prices' catalog for this connection:
--   sqlite3 :memory: -cmd '.load <build>/sqlite_ext/llmcost' \
--     -cmd "SELECT llmcost_load_catalog('genai_prices_v2.json')" < ../catalog/conformance.sql
-- Each record's API is told from the shape of its body and its model id (never the file path);
-- its usage is costed with usage_cost and the convention of that API, priced on 2026-08-21 as
-- genai-prices priced it, and compared with the price genai-prices computed for that API's provider.
-- The last line is "verdict: agree" when every record in scope is counted as conformance.md says
-- and at least 99 % agree within 1e-9 relative.
.bail on
.mode list
.separator " | "

CREATE TEMP TABLE record AS
SELECT key AS n, value AS r FROM json_each(readfile('genai_prices_usages.json'));

-- The API: Gemini's usageMetadata; Bedrock Converse's inputTokens (no model id in the body);
-- OpenAI chat's prompt_tokens; Anthropic Messages' input_tokens with cache_* fields or a claude-*
-- model; any other input_tokens body is OpenAI Responses.
CREATE TEMP TABLE api AS
SELECT n, r,
  CASE
    WHEN r -> '$.body.usageMetadata' IS NOT NULL THEN 'gemini'
    WHEN r -> '$.body.usage.inputTokens' IS NOT NULL THEN 'bedrock'
    WHEN r -> '$.body.usage.prompt_tokens' IS NOT NULL THEN 'openai chat'
    WHEN r -> '$.body.usage.input_tokens' IS NOT NULL
     AND (r -> '$.body.usage.cache_creation_input_tokens' IS NOT NULL
          OR r -> '$.body.usage.cache_read_input_tokens' IS NOT NULL
          OR coalesce(r ->> '$.body.model', r ->> '$.model') LIKE 'claude%') THEN 'anthropic'
    WHEN r -> '$.body.usage.input_tokens' IS NOT NULL THEN 'openai responses'
    ELSE 'other'
  END AS api,
  coalesce(r ->> '$.body.model', r ->> '$.body.modelVersion', r ->> '$.model') AS model
FROM record;

-- The usage in the card's terms. Gemini: toolUsePromptTokenCount is input, thoughtsTokenCount is
-- output (both outside the counts they sit beside).
CREATE TEMP TABLE usage AS
SELECT n, r, api, model,
  CASE api WHEN 'gemini' THEN 'google' WHEN 'anthropic' THEN 'anthropic' ELSE 'openai' END AS provider,
  CASE api WHEN 'openai chat' THEN 'chat' WHEN 'openai responses' THEN 'responses' ELSE 'default' END AS flavor,
  CASE api WHEN 'gemini' THEN 'gemini' WHEN 'anthropic' THEN 'anthropic' ELSE 'openai' END AS convention,
  CASE api
    WHEN 'gemini' THEN coalesce(r ->> '$.body.usageMetadata.promptTokenCount', 0)
                     + coalesce(r ->> '$.body.usageMetadata.toolUsePromptTokenCount', 0)
    WHEN 'openai chat' THEN r ->> '$.body.usage.prompt_tokens'
    ELSE r ->> '$.body.usage.input_tokens'
  END AS input_tokens,
  CASE api
    WHEN 'gemini' THEN coalesce(r ->> '$.body.usageMetadata.candidatesTokenCount', 0)
                     + coalesce(r ->> '$.body.usageMetadata.thoughtsTokenCount', 0)
    WHEN 'openai chat' THEN r ->> '$.body.usage.completion_tokens'
    ELSE r ->> '$.body.usage.output_tokens'
  END AS output_tokens,
  coalesce(CASE api
    WHEN 'gemini' THEN r ->> '$.body.usageMetadata.cachedContentTokenCount'
    WHEN 'openai chat' THEN r ->> '$.body.usage.prompt_tokens_details.cached_tokens'
    WHEN 'openai responses' THEN r ->> '$.body.usage.input_tokens_details.cached_tokens'
    ELSE r ->> '$.body.usage.cache_read_input_tokens'
  END, 0) AS cache_read_tokens,
  coalesce(CASE api
    WHEN 'openai chat' THEN r ->> '$.body.usage.prompt_tokens_details.cache_write_tokens'
    WHEN 'openai responses' THEN r ->> '$.body.usage.input_tokens_details.cache_write_tokens'
    WHEN 'anthropic' THEN r ->> '$.body.usage.cache_creation_input_tokens'
  END, 0) AS cache_write_tokens,
  coalesce(CASE api
    WHEN 'anthropic' THEN r ->> '$.body.usage.cache_creation.ephemeral_1h_input_tokens'
  END, 0) AS cache_write_1h_tokens
FROM api WHERE api NOT IN ('bedrock', 'other');

-- genai-prices' own price for the API's provider and flavor, and whether its usage has non-text
-- tokens or web searches.
CREATE TEMP TABLE peer AS
SELECT u.n,
  max(CAST(x.value ->> '$.input_price' AS REAL) + CAST(x.value ->> '$.output_price' AS REAL)) AS price,
  max(EXISTS (SELECT 1 FROM json_each(e.value, '$.usage') k
              WHERE (k.key LIKE '%audio%' OR k.key LIKE '%image%' OR k.key LIKE '%video%'
                     OR k.key LIKE '%web_search%') AND k.value <> 0)) AS non_text
FROM usage u, json_each(u.r, '$.extracted') e, json_each(e.value, '$.extractors') x
WHERE x.value ->> '$.provider_id' = u.provider AND x.value ->> '$.api_flavor' = u.flavor
  AND x.value ->> '$.input_price' IS NOT NULL
GROUP BY u.n;

CREATE TEMP TABLE scope AS
SELECT u.*, p.price AS peer_price,
  CASE
    WHEN u.model IS NULL THEN 'no model id in the body or the record'
    WHEN u.model LIKE '%embedding%' THEN 'embeddings'
    WHEN p.price IS NULL THEN 'genai-prices has no ' || u.provider || '/' || u.flavor || ' price'
    WHEN p.non_text THEN 'image, audio or video tokens, or web searches'
  END AS skip,
  CASE WHEN u.api LIKE 'openai%' THEN 'openai' ELSE u.api END AS family
FROM usage u LEFT JOIN peer p ON p.n = u.n;

-- Filter names the catalog cannot price first (model_resolve), then cost every record in scope.
CREATE TEMP TABLE costed AS
SELECT n, family, provider || '/' || model AS name, convention, input_tokens, output_tokens,
  cache_read_tokens, cache_write_tokens, cache_write_1h_tokens, peer_price,
  CASE WHEN model_resolve(provider || '/' || model, '2026-08-21') IS NOT NULL THEN
    usage_cost(provider || '/' || model, convention, input_tokens, output_tokens, cache_read_tokens,
               cache_write_tokens, cache_write_1h_tokens, 'standard', '2026-08-21')
  END AS ours
FROM scope WHERE skip IS NULL;

SELECT 'in scope', family, count(*) AS records,
  sum(ours IS NOT NULL AND abs(ours - peer_price) <= 1e-9 * abs(peer_price) + 1e-15) AS agreeing
FROM costed GROUP BY family ORDER BY family;
SELECT 'skipped', count(*), skip FROM scope WHERE skip IS NOT NULL GROUP BY skip ORDER BY skip;
SELECT 'skipped', count(*), 'Bedrock Converse body: no model id' FROM api WHERE api = 'bedrock';
SELECT 'skipped', count(*), 'usage of an API outside the comparison (Cohere, ...)' FROM api WHERE api = 'other';
SELECT 'differs', name, ours, peer_price FROM costed
WHERE NOT (ours IS NOT NULL AND abs(ours - peer_price) <= 1e-9 * abs(peer_price) + 1e-15);

SELECT CASE
  WHEN (SELECT count(*) FROM costed WHERE family = 'openai') = 325
   AND (SELECT count(*) FROM costed WHERE family = 'gemini') = 249
   AND (SELECT count(*) FROM costed WHERE family = 'anthropic') = 167
   AND (SELECT 100 * sum(ours IS NOT NULL AND abs(ours - peer_price) <= 1e-9 * abs(peer_price) + 1e-15)
        >= 99 * count(*) FROM costed)
  THEN 'verdict: agree' ELSE 'verdict: DISAGREE' END;
