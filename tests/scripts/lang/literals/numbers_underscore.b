# Underscores separate digit groups in number literals.
echo 1_000_000     # expect: 1000000
echo 1_0           # expect: 10
echo 1_000_000 + 1 # expect: 1000001
echo 2_500.5       # expect: 2500.5
