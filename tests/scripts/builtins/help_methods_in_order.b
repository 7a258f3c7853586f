# help() on a class lists its public methods by name, whatever order they
# were defined in (a method table's own order is its hash's); private ones
# are left out.
class Box {
  zeta() {}
  alpha() {}
  _hidden() {}
  middle() {}
  beta() {}
}
help(Box)
# expect: class Box
# expect:   alpha()
# expect:   beta()
# expect:   middle()
# expect:   zeta()
