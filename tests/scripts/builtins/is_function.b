def f() {}
class K { m() {} }
var k = K()
echo is_function(f)        # expect: true
echo is_function(@(x) {})  # expect: true
echo is_function(print)    # expect: true
echo is_function(k.m)      # expect: true
echo is_function('a'.upper)  # expect: true
echo is_function(K)        # expect: false
echo is_function(nil)      # expect: false
echo [is_class(K), is_class(k)]        # expect: [true, false]
echo [is_instance(k), is_instance(K)]  # expect: [true, false]
echo is_instance(file('x'))          # expect: true
