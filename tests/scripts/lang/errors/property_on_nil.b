# Reading a property of nil raises an error.
var n = nil
echo n.field       # expect error: Unhandled
