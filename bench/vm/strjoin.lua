-- strjoin: build 200,000 small strings ('item0', 'item1', ...), join them
-- with ',' and print the length of the result (2088889). Measures string
-- allocation, number-to-string conversion, concatenation and join.
local function main()
  local n = 200000
  local parts = {}
  for i = 0, n - 1 do
    parts[#parts + 1] = 'item' .. i
  end
  local s = table.concat(parts, ',')
  print(#s)
end

main()
