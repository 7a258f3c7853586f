# Helper module for nested/import_sibling.b; run directly it prints nothing.
var value = 'sibling in nested'
