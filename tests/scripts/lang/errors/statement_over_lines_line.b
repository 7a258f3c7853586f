# raise, assert, echo and for are reported at their keyword's line when
# what follows spans lines, and parent.method( at its '(' as any call; an
# assert's message may follow its comma on the next line. line(e) reads
# the script's own frame, the last of the trace.
def line(e) { return to_number(e.stacktrace.trim().split('\n')[-1].split(':')[-1].split(' ')[0]) }

catch {
  raise Exception(     # line 8
    'raised'
  )
} as e
echo e.message + ' ' + line(e)    # expect: raised 8
catch {
  assert 1 > 2,        # line 14
    'the message'
} as e
echo e.message + ' ' + line(e)    # expect: the message 14
class Loud { @to_string() { raise Exception('no text') } }
catch {
  echo [               # line 20
    Loud()
  ]
} as e
echo e.message + ' ' + line(e)    # expect: no text 20
catch {
  for x in [1, 2][     # line 26
    0
  ] { echo x }
} as e
echo e.type + ' ' + line(e)       # expect: TypeError 26
class Base { greet() { return 'hi' } }
class Child < Base {
  greet() {
    return parent.greet(   # line 34
      1
    )
  }
}
catch { Child().greet() } as e
echo '${e.type} ${e.stacktrace.trim().split('\n')[0].ends_with(':34 in greet()')}'   # expect: ArgumentError true
raise Exception(       # expect error: Exception: last
  'last'
)
