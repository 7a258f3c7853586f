# An exception no clause matches goes on to an outer handler.
try {
  try {
    raise TypeError('inner')
  } catch ValueError e {
    echo 'wrong handler'
  }
  echo 'not reached'
} catch TypeError e {
  echo 'outer caught ' + e.message  # expect: outer caught inner
}
