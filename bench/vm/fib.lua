-- fib: recursive fib(30). Measures function calls, argument passing,
-- global function lookup, comparisons and integer-valued arithmetic.
function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

local function main()
  print(fib(30))
end

main()
