# Constructors and methods accept default parameter values.
class Conn {
  var host = nil
  var port = nil
  Conn(host, port = 80) { self.host = host; self.port = port }
  url(path = '/') { return '${self.host}:${self.port}${path}' }
}
echo Conn('a').url()             # expect: a:80/
echo Conn('b', 8080).url('/x')   # expect: b:8080/x
