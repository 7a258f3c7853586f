# A private method is callable from other methods of the same instance, including chains.
class Parser {
  var text = ''
  Parser(t) { self.text = t }
  parse() { return self._words().length() }
  _words() { return self._clean().split(' ') }
  _clean() { return self.text.trim() }
}
echo Parser('  a b c  ').parse()   # expect: 3
catch { Parser('x')._words() } as e
echo e.type                        # expect: AccessError
