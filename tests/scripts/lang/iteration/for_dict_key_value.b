# for k, v in dict gives each key and its value, in insertion order.
var d = {'b': 1, 'a': 2, 3: 'three'}
for k, v in d {
  echo '${k} -> ${v}'
}
# expect: b -> 1
# expect: a -> 2
# expect: 3 -> three
d['c'] = 4
var keys = []
for k, v in d { keys.append(k) }
echo keys          # expect: ['b', 'a', 3, 'c']
