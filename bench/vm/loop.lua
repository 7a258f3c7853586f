-- loop: sum of the integers 0 .. 10,000,000 (exclusive) in a while loop
-- with local counter and accumulator. Measures the dispatch loop, local
-- variable access, comparison and addition.
local function main()
  local n = 10000000
  local s = 0
  local i = 0
  while i < n do
    s = s + i
    i = i + 1
  end
  print(s)
end

main()
