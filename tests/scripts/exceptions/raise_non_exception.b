# Raising something that is not an Exception instance raises TypeError instead.
class NotAnError {}
var kinds = []
for v in [42, 'text', nil, NotAnError(), ValueError] {
  try {
    raise v
  } catch TypeError e {
    kinds.append(e.type)
  }
}
echo kinds   # expect: ['TypeError', 'TypeError', 'TypeError', 'TypeError', 'TypeError']
