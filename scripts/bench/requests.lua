-- wrk script for scripts/bench.sh: one file for every call, chosen by environment variables.
--   BENCH_PATHS  file of request paths, one a line, taken in turn (GET /participants/{id} over many ids)
--   BENCH_BODY   file holding a fixed JSON body to POST (POST /agendas)
--   BENCH_EMAIL  "1": POST a new participant whose email is unique per request (run stamp, thread, counter)
-- Any status outside 2xx counts as an error; done() prints one "BENCH" line scripts/bench.sh parses.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local paths, body, email_mode, counter, stamp

local function read_file(name)
  local f = assert(io.open(name, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

function init(args)
  errors = 0
  counter = 0
  email_mode = os.getenv("BENCH_EMAIL") == "1"
  -- Each wrk run (warm-up, measured) gets its own stamp, so emails never repeat across runs.
  stamp = os.getenv("BENCH_STAMP") or tostring(os.time())
  local paths_file = os.getenv("BENCH_PATHS")
  if paths_file and paths_file ~= "" then
    paths = {}
    for line in io.lines(paths_file) do
      if line ~= "" then table.insert(paths, line) end
    end
    -- Threads start at different places in the list.
    counter = (id or 0) * 7919
  end
  local body_file = os.getenv("BENCH_BODY")
  if body_file and body_file ~= "" then
    body = read_file(body_file)
  end
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end

local zones = { "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Kolkata" }

function request()
  counter = counter + 1
  if paths then
    return wrk.format("GET", paths[(counter % #paths) + 1], nil, nil)
  end
  if email_mode then
    local b = string.format(
      '{"name": "Bench Person %d-%d", "preferredName": "Bench", "email": "bench.%s.%d.%d@bench.example.org", ' ..
      '"role": "LIVED_EXPERIENCE", "timeZone": "%s", ' ..
      '"accessNeeds": {"needs": ["STEP_FREE_ACCESS"]}, ' ..
      '"communication": {"digestFrequency": "WEEKLY", "digestDay": "MONDAY", "format": "HTML"}, ' ..
      '"availability": {"weekly": [{"day": "MONDAY", "start": "18:00", "end": "20:30"}], "minNoticeDays": 7}}',
      id, counter, stamp, id, counter, zones[(counter % #zones) + 1])
    return wrk.format("POST", nil, nil, b)
  end
  return wrk.format("POST", nil, nil, body)
end

function response(status, headers, response_body)
  if status < 200 or status > 299 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write(string.format("status %d: %s\n", status, string.sub(response_body or "", 1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("errors") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
