# .stacktrace is a string with one 'at ' line per frame naming file:line and function.
def deep() {
  raise Exception('x')
}
def middle() { deep() }
try {
  middle()
} catch Exception e {
  var st = e.stacktrace
  echo typeof(st)                                 # expect: string
  echo st.index_of('at ') > -1                    # expect: true
  echo st.index_of('stacktrace_text.b:3') > -1    # expect: true
  echo st.index_of('deep') > -1                   # expect: true
  echo st.index_of('stacktrace_text.b:5') > -1    # expect: true
  echo st.index_of('middle') > -1                 # expect: true
  echo st.index_of('stacktrace_text.b:7') > -1    # expect: true
}
