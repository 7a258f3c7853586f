# raise an exception and catch it by class.
try {
  echo 'in try'    # expect: in try
  raise Exception('boom')
  echo 'not reached'
} catch Exception e {
  echo 'caught ' + e.message  # expect: caught boom
}
echo 'after'       # expect: after
