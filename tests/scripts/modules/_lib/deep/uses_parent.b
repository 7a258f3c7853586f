# Helper module: '..' in a module is relative to this file, not to the importer.
import ..greetings
import .deeper.leaf

def hello() {
  return greetings.greet('from deep') + ' via ' + leaf.where
}
