# When several catch clauses match, only the first one runs.
try {
  raise TypeError('t')
} catch Exception e {
  echo 'Exception clause'    # expect: Exception clause
} catch TypeError e {
  echo 'TypeError clause'
}
