class A {}
class B < A {}
class C < B {}
class X {}
var c = C()
echo instance_of(c, C)   # expect: true
echo instance_of(c, A)   # expect: true
echo instance_of(B(), C) # expect: false
echo instance_of(c, X)   # expect: false
echo instance_of(5, A)   # expect: false
echo instance_of(nil, A) # expect: false
catch { raise ValueError('v') } as e
echo instance_of(e, Exception)   # expect: true
echo instance_of(e, TypeError)   # expect: false
instance_of(c, 'C')      # expect error: TypeError: instance_of(): argument 2 (class) must be a class, got string
