var ok = true
iter var i = 0; i < 200; i++ {
  var r = rand()
  if r < 0 or r >= 1 ok = false
  var n = rand(1, 6)
  if n < 1 or n > 6 or !is_int(n) ok = false
}
echo ok                 # expect: true
echo rand(7, 7)         # expect: 7
echo rand(-2, -2)       # expect: -2
var seen = {}
iter var i = 0; i < 400; i++ { seen[rand(0, 3)] = true }
echo seen.length()      # expect: 4
catch { rand(5, 1) } as e
echo e.type             # expect: ValueError
catch { rand(1.5, 2) } as e
echo e.type             # expect: ValueError
rand(1)                 # expect error: ArgumentError: rand(): expected 0 or 2 arguments, got 1
