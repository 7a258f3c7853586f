echo to_string(1)          # expect: 1
echo to_string(0.1 + 0.2)  # expect: 0.30000000000000004
echo to_string(nil)        # expect: nil
echo to_string(true)       # expect: true
echo to_string('abc')      # expect: abc
echo to_string([1, 'a'])   # expect: [1, 'a']
echo to_string({'a': [nil]})  # expect: {'a': [nil]}
echo to_string(1..3)       # expect: 1..3
class T { @to_string() { return 'T' } }
echo to_string(T()) + '!'  # expect: T!
echo typeof(to_string(5))  # expect: string
