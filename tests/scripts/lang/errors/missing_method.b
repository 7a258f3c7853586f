# Calling a missing method raises PropertyError.
class P {}
P().nothing()      # expect error: PropertyError
