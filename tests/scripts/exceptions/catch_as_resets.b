# catch { } as e sets e to nil when the block succeeds, even after an earlier failure.
var results = []
for x in ['1', 'x', '3'] {
  catch {
    to_number(x)
  } as e
  results.append(e == nil ? 'ok' : e.type)
}
echo results   # expect: ['ok', 'ValueError', 'ok']
