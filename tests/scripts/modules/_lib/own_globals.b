# Helper module: its functions see its own globals, never the importer's.
var name = 'module name'

def get_name() {
  return name
}

def get_importer_only() {
  return importer_only
}
