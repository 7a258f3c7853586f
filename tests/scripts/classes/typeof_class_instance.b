# typeof gives 'class' for a class and 'instance' for its instances, subclasses included.
class A {}
class B < A {}
echo typeof(A)       # expect: class
echo typeof(B)       # expect: class
echo typeof(A())     # expect: instance
echo typeof(B())     # expect: instance
echo is_class(A)     # expect: true
echo is_instance(A)  # expect: false
echo is_instance(B())  # expect: true
