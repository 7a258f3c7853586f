# The variable declared in iter's initializer is local to the loop.
var i = 'outer'
iter var i = 0; i < 2; i++ {
}
echo i             # expect: outer
