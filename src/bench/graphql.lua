-- wrk script of src/bench/run: POSTs GraphQL requests, the JSON bodies of a file one per line, in turn
-- (each thread starts at another line), and counts the answers that are no success: HTTP status
-- other than 2xx, or a body with "errors" or without "data". done() prints one JSON line.
-- Usage: wrk -t T -c C -d D -s graphql.lua http://127.0.0.1:PORT/graphql -- BODIES_FILE

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  requests = {}
  for line in file:lines() do
    if #line > 0 then
      table.insert(requests, wrk.format("POST", nil,
        { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, line))
    end
  end
  file:close()
  assert(#requests > 0, "no request bodies in " .. args[1])
  next_index = ((thread_index or 1) - 1) % #requests
  not_ok_status = 0
  graphql_errors = 0
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    not_ok_status = not_ok_status + 1
  elseif string.find(body, '"errors"', 1, true) or not string.find(body, '"data"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local status, gql = 0, 0
  for _, thread in ipairs(threads) do
    status = status + thread:get("not_ok_status")
    gql = gql + thread:get("graphql_errors")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "non2xx": %d, "connect": %d, "read": %d, "write": %d, "timeout": %d, "graphql_errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    status, e.connect, e.read, e.write, e.timeout, gql))
end
