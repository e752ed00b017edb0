#!/usr/bin/python3
"""Writes the made-up usage exports of examples/usage/ (fixed seed: the same files every run).

Three workflows from 2026-07-01 to 2026-09-30, one provider each, in each provider's export shape:
  code-review agent   OpenAI Usage API (completions, daily buckets)      openai_usage.csv
  documentation agent Anthropic usage report (messages, daily buckets)   anthropic_usage.csv
  support agent       Amazon Bedrock (CloudWatch metrics per model, day) bedrock_usage.csv
Every request sends the workflow's engineered prompt P (workflows.csv) plus its own task input I and
gets O output tokens back.  Of the P prefix tokens, a share h (the day's cache hit rate) is read from
the cache and the rest is written to it (OpenAI does not report writes).  A few rows carry a model no
price catalog knows, so that the report shows rows it could not cost.
Run: /usr/bin/python3 examples/usage/generate_exports.py  (rewrites the three CSV files beside it)
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START, END = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
rng = random.Random(20260703)  # the seed article's date


def days():
    d = START
    while d <= END:
        yield d
        d += dt.timedelta(days=1)


def jitter(x, spread):
    """x varied by up to +-spread (a fraction), never below 0."""
    return max(0.0, x * (1 + rng.uniform(-spread, spread)))


def daily_requests(monthly, day, weekday):
    """A month's volume spread over its days: a weekday carries `weekday` times the average day, a
    weekend day (7 - 5 x weekday) / 2 times it, so that a week averages 1."""
    factor = weekday if day.weekday() < 5 else (7 - 5 * weekday) / 2
    return max(1, round(jitter(monthly / 30.4 * factor, 0.15)))


def tokens(requests, mean):
    return round(requests * jitter(mean, 0.1))


def openai_rows():
    """Code-review agent: gpt-5.5, P = 4,000; nightly batch re-reviews; one unknown model."""
    p, monthly = 4000, {7: 3600, 8: 4300, 9: 5200}
    for day in days():
        t0 = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
        r = daily_requests(monthly[day.month], day, 1.2)
        for batch, share in ((False, 0.85), (True, 0.15)):
            n = max(1, round(r * share))
            task, out = tokens(n, 6000), tokens(n, 900)
            cached = round(n * p * min(1.0, jitter(0.55, 0.2)))
            yield dict(start_time=t0, end_time=t0 + 86400, project_id="proj_codereview",
                       api_key_id="key_cr_ci", model="gpt-5.5-2026-04-23", batch=str(batch).lower(),
                       num_model_requests=n, input_tokens=n * p + task, input_cached_tokens=cached,
                       input_audio_tokens=0, output_tokens=out, output_audio_tokens=0)
        if day in (dt.date(2026, 8, 12), dt.date(2026, 8, 13)):  # a private model: no catalog has it
            n = 40
            yield dict(start_time=t0, end_time=t0 + 86400, project_id="proj_codereview",
                       api_key_id="key_cr_ci", model="acme-review-distill-v2", batch="false",
                       num_model_requests=n, input_tokens=n * (p + 5000), input_cached_tokens=0,
                       input_audio_tokens=0, output_tokens=n * 700, output_audio_tokens=0)


def anthropic_rows():
    """Documentation agent: claude-sonnet-5, P = 6,000, ramping up; haiku for a triage step."""
    p, monthly = 6000, {7: 45000, 8: 185000, 9: 215000}
    for day in days():
        start = f"{day.isoformat()}T00:00:00Z"
        end = f"{(day + dt.timedelta(days=1)).isoformat()}T00:00:00Z"
        r = daily_requests(monthly[day.month], day, 1.1)
        hit = min(1.0, jitter(0.30, 0.25))
        reads = round(r * p * hit)
        writes = r * p - reads
        w1h = round(writes * 0.1)  # the long-lived style guide part is cached for an hour
        yield dict(starting_at=start, ending_at=end, model="claude-sonnet-5", api_key_id="apikey_docs_01",
                   workspace_id="wrkspc_docs", service_tier="standard", context_window="0-200k",
                   uncached_input_tokens=tokens(r, 2500), cache_read_input_tokens=reads,
                   ephemeral_5m_input_tokens=writes - w1h, ephemeral_1h_input_tokens=w1h,
                   output_tokens=tokens(r, 1500), num_requests=r)
        n = round(r * 0.2)  # triage: short prompt, no caching
        yield dict(starting_at=start, ending_at=end, model="claude-haiku-4-5-20251001",
                   api_key_id="apikey_docs_01", workspace_id="wrkspc_docs", service_tier="standard",
                   context_window="0-200k", uncached_input_tokens=tokens(n, 900), cache_read_input_tokens=0,
                   ephemeral_5m_input_tokens=0, ephemeral_1h_input_tokens=0, output_tokens=tokens(n, 40),
                   num_requests=n)
        if day == dt.date(2026, 9, 3):  # an internal test model: no catalog has it
            yield dict(starting_at=start, ending_at=end, model="claude-docs-nightly-test",
                       api_key_id="apikey_docs_01", workspace_id="wrkspc_docs", service_tier="standard",
                       context_window="0-200k", uncached_input_tokens=120000, cache_read_input_tokens=0,
                       ephemeral_5m_input_tokens=0, ephemeral_1h_input_tokens=0, output_tokens=30000,
                       num_requests=25)


def bedrock_rows():
    """Support agent: Claude Haiku 4.5 on Bedrock (US cross-region profile), P = 3,000, well cached."""
    p, monthly = 3000, {7: 240000, 8: 265000, 9: 290000}
    for day in days():
        r = daily_requests(monthly[day.month], day, 1.0)
        hit = min(1.0, jitter(0.87, 0.05))
        reads = round(r * p * hit)
        yield dict(date=day.isoformat(), region="us-east-1", application="support-agent",
                   model_id="us.anthropic.claude-haiku-4-5-20251001-v1:0", invocations=r,
                   input_tokens=tokens(r, 800), cache_read_input_tokens=reads,
                   cache_write_input_tokens=r * p - reads, output_tokens=tokens(r, 350))


def write(name, rows):
    rows = list(rows)
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{name}: {len(rows)} rows")


write("openai_usage.csv", openai_rows())
write("anthropic_usage.csv", anthropic_rows())
write("bedrock_usage.csv", bedrock_rows())
