# \\, \', \" and \$ escapes.
echo 'back\\slash'   # expect: back\slash
echo 'it\'s'         # expect: it's
echo "say \"hi\""    # expect: say "hi"
echo 'say \"hi\"'    # expect: say "hi"
echo "it\'s"         # expect: it's
echo 'cost: \$5'     # expect: cost: $5
echo 'not \${interpolated}'  # expect: not ${interpolated}
echo '\\'.length()   # expect: 1
