# A return at top level ends the script successfully.
echo 'before'      # expect: before
if true {
  return
}
echo 'after'
