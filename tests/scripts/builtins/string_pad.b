echo 'ab'.lpad(5)          # expect:    ab
echo 'ab'.rpad(5) + '|'    # expect: ab   |
echo '7'.lpad(3, '0')      # expect: 007
echo '7'.rpad(3, '.')      # expect: 7..
echo 'long'.lpad(2)        # expect: long
echo 'é'.lpad(3, '*')      # expect: **é
echo 'x'.lpad(3, '€')      # expect: €€x
echo 'x'.lpad(-4)          # expect: x
catch { 'x'.lpad(3, 'ab') } as e
echo e.message             # expect: string.lpad(): argument 2 (fill) must be a single character
catch { 'x'.rpad(3, '') } as e
echo e.type                # expect: ValueError
catch { 'x'.lpad(1.5) } as e
echo e.type                # expect: ValueError
'x'.rpad('3')              # expect error: TypeError
