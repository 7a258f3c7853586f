# A method with ... receives the extra arguments in __args__.
class Logger {
  var lines = nil
  Logger() { self.lines = [] }
  log(level, ...) {
    self.lines.append(level + ': ' + ' '.join(__args__))
    return __args__.length()
  }
}
var l = Logger()
echo l.log('info', 'a', 'b', 'c')   # expect: 3
echo l.log('warn')                  # expect: 0
echo l.lines                        # expect: ['info: a b c', 'warn: ']
