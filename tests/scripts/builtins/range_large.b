var r = 0..100000
echo r.length()          # expect: 100000
echo sum(r)              # expect: 4999950000
echo r.to_list().length()  # expect: 100000
catch { (0..1e12).to_list() } as e
echo e.type              # expect: ValueError
echo (0..1e12).length()  # expect: 1000000000000
