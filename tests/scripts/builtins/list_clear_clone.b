var l = [1, [2]]
var c = l.clone()
c.append(3)
c[1].append('shared')
echo l          # expect: [1, [2, 'shared']]
echo c          # expect: [1, [2, 'shared'], 3]
echo l.clear()  # expect: nil
echo l          # expect: []
echo c.length() # expect: 3
l.append('again')
echo l          # expect: ['again']
