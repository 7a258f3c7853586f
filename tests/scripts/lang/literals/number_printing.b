# Numbers print in the shortest form that reads back as the same double.
echo 0.1 + 0.2     # expect: 0.30000000000000004
echo 0.1           # expect: 0.1
echo 10 / 2        # expect: 5
echo 7 / 2         # expect: 3.5
echo 1 / 3         # expect: 0.3333333333333333
echo 2 ** 70       # expect: 1.1805916207174113e+21
echo 2 ** 53       # expect: 9007199254740992
echo -0.5          # expect: -0.5
echo 3.0 * 2       # expect: 6
echo 1e9 * 1e3     # expect: 1000000000000
