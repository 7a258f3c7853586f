# A static list field is one list shared by all instances.
class Log {
  static var lines = []
  Log(text) { Log.lines.append(text) }
}
Log('a')
Log('b')
echo Log.lines        # expect: ['a', 'b']
echo Log.lines.length()  # expect: 2
