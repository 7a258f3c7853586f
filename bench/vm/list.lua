-- list: append 0 .. 999,999 to a list, then sum it by iterating over the
-- list. Measures list growth (append), method calls and list iteration.
local function main()
  local n = 1000000
  local l = {}
  for i = 0, n - 1 do
    l[#l + 1] = i
  end
  local s = 0
  for _, v in ipairs(l) do
    s = s + v
  end
  print(s)
end

main()
