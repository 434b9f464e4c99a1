-- wrk script: each request asks for the next entity page of a list of node ids, one a line, read
-- from $ENTITY_IDS (written by load.sh). Each thread starts at its own place in the list.
local ids = {}
for line in io.lines(os.getenv("ENTITY_IDS") or "entity_ids.txt") do ids[#ids + 1] = line end

local function encode(text)
    return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for index, id in ipairs(ids) do paths[index] = "/entities/" .. encode(id) end

local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("first", threads)
end

local next_index = nil
function request()
    if next_index == nil then next_index = (tonumber(first) or 1) * 7919 % #paths end
    next_index = next_index % #paths + 1
    return wrk.format("GET", paths[next_index])
end
