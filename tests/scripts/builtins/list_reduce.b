echo [1, 2, 3, 4].reduce(@(a, b) { return a + b })      # expect: 10
echo [1, 2, 3].reduce(@(a, b) { return a + b }, 10)     # expect: 16
echo ['a', 'b'].reduce(@(acc, x, i) { return acc + x + i }, '')  # expect: a0b1
echo [].reduce(@(a, b) { return a + b })                # expect: nil
echo [].reduce(@(a, b) { return a + b }, 5)             # expect: 5
echo [7].reduce(@(a, b) { return a * b })               # expect: 7
echo [[1], [2, 3]].reduce(@(a, b) { a.extend(b); return a }, [])  # expect: [1, 2, 3]
echo [1, 2].reduce(@(a, b) { return nil }, 0)           # expect: nil
[1].reduce(1)        # expect error: TypeError
