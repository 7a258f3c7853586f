# Helper module two folders down, imported as '.a.b.c' by tests.
var where = 'deep/deeper/leaf'
