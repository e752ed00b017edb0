#!/usr/bin/python3
"""Copies a sample of real usage records into examples/usage/genai_prices_sample.json.

Source: ../shared/data/genai_prices_usages.json, from pydantic/genai-prices' tests/dataset/usages.json
(MIT licence, snapshot of 2026-08-21): usage bodies recorded from provider APIs, each with the prices
genai-prices computed for it.  The records are copied verbatim.  Chosen: text-only records (no image,
audio or video tokens, no web searches) that genai-prices priced for the API's own provider, a few per
model, records with cache tokens first.  Run from the repository root; the output is committed, so a
fresh clone does not need ../shared.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../shared/data/genai_prices_usages.json")
WANT = {  # (api, model): how many records
    ("openai", "gpt-4o-2024-08-06"): 3, ("openai", "gpt-5-mini-2025-08-07"): 3,
    ("openai", "gpt-4.1-2025-04-14"): 2, ("openai", "gpt-5-2025-08-07"): 2,
    ("openai", "gpt-5.4-2026-03-05"): 2,
    ("anthropic", "claude-sonnet-4-5-20250929"): 4, ("anthropic", "claude-sonnet-4-6"): 2,
    ("anthropic", "claude-haiku-4-5-20251001"): 2, ("anthropic", "claude-sonnet-5"): 2,
    ("google", "gemini-2.5-flash"): 3, ("google", "gemini-2.5-pro"): 2, ("google", "gemini-3-flash-preview"): 3,
}
TEXT = {"input_tokens", "output_tokens", "output_reasoning_tokens", "input_text_tokens", "output_text_tokens",
        "cache_read_tokens", "cache_write_tokens", "cache_write_5m_tokens", "cache_text_read_tokens"}


def api_of(body):
    """The API a body came from, told by its shape: (provider, flavors genai-prices uses for it)."""
    if "usageMetadata" in body:
        return "google", {"default"}
    usage = body.get("usage") or {}
    if "prompt_tokens" in usage or "input_tokens_details" in usage:
        return "openai", {"chat", "responses"}
    if "input_tokens" in usage and "model" in body:
        return "anthropic", {"default"}
    return None, set()


def priced(record, provider, flavors):
    for ex in record["extracted"]:
        if not set(ex["usage"]) <= TEXT:
            return False
        for e in ex["extractors"]:
            if e["provider_id"] == provider and e["api_flavor"] in flavors and "input_price" in e:
                return True
    return False


def has_cache(record):
    return any("cache_read_tokens" in ex["usage"] or "cache_write_tokens" in ex["usage"] for ex in record["extracted"])


records = json.load(open(SOURCE))
chosen = []
for (api, model), n in WANT.items():
    pool = [r for r in records if r.get("model") == model and api_of(r["body"])[0] == api
            and priced(r, *api_of(r["body"]))]
    pool.sort(key=lambda r: not has_cache(r))  # stable: cached first, then file order
    chosen += pool[:n]
with open(os.path.join(HERE, "genai_prices_sample.json"), "w") as f:
    json.dump(chosen, f, indent=1)
    f.write("\n")
print(f"genai_prices_sample.json: {len(chosen)} records")
