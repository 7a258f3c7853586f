# Bound methods stored in a dictionary dispatch to their own instances.
class Speaker {
  var word = ''
  Speaker(w) { self.word = w }
  say() { return self.word }
}
var table = {hi: Speaker('hello').say, bye: Speaker('goodbye').say}
echo table['hi']()     # expect: hello
echo table['bye']()    # expect: goodbye
