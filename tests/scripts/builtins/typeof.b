echo typeof(nil)        # expect: nil
echo typeof(true)       # expect: boolean
echo typeof(1.5)        # expect: number
echo typeof('s')        # expect: string
echo typeof(bytes(1))   # expect: bytes
echo typeof([])         # expect: list
echo typeof({})         # expect: dictionary
echo typeof(0..1)       # expect: range
echo typeof(@{})        # expect: function
echo typeof(print)      # expect: function
class K {}
echo typeof(K)          # expect: class
echo typeof(K())        # expect: instance
