# Helper module: a second module that changes the state of state.b.
import .state

def add_twice(x) {
  state.add(x)
  return state.add(x)
}
