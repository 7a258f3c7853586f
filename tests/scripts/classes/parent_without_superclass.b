# parent in a class that has no superclass is a SyntaxError, found before anything runs.
echo 'never printed'
class Lonely {
  m() { return parent.m() }   # expect error: SyntaxError
}
