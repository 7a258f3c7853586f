# Several catch clauses: the first whose class matches (or is a superclass) runs.
def kind(exc) {
  try {
    raise exc
  } catch ValueError e {
    return 'value: ' + e.message
  } catch TypeError e {
    return 'type: ' + e.message
  } catch Exception e {
    return 'other: ' + e.message
  }
}
echo kind(ValueError('v'))     # expect: value: v
echo kind(TypeError('t'))      # expect: type: t
echo kind(RangeError('r'))     # expect: other: r
echo kind(Exception('e'))      # expect: other: e
