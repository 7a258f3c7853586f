# A var in a block is local to it and shadows outer names.
var x = 'global'
{
  var x = 'outer block'
  {
    var x = 'inner block'
    echo x         # expect: inner block
  }
  echo x           # expect: outer block
}
echo x             # expect: global
if true {
  var y = 1
  x = 'changed'
}
echo x             # expect: changed
