-- wrk script for B2: each request is an inspector's report (JSON part + one PNG photo) with a unique client id.
-- wrk -s report.lua <url> -- <reachId> <photo.png> <Basic ...>
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads .. "-" .. os.time())
end

local counter = 0
function init(args)
  reach = args[1]
  local f = assert(io.open(args[2], "rb"))
  photo = f:read("*all")
  f:close()
  auth = args[3]
end

function request()
  counter = counter + 1
  local boundary = "----hzbench" .. counter
  local json = '{"clientId":"wrk-' .. tid .. '-' .. counter .. '","reachId":' .. reach ..
    ',"category":"GARBAGE","description":"benchmark report","lat":40.78,"lon":111.72}'
  local body = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"report\"\r\n" ..
    "Content-Type: application/json\r\n\r\n" .. json .. "\r\n--" .. boundary ..
    "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"p.png\"\r\nContent-Type: image/png\r\n\r\n" ..
    photo .. "\r\n--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/api/casework/cases", {
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Authorization"] = auth,
    ["X-Requested-With"] = "XMLHttpRequest"
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("HZ_RESULT requests=%d seconds=%.3f p50_ms=%.1f p95_ms=%.1f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
