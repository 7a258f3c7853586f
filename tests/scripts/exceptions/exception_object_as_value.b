# Exceptions are ordinary objects: made without raising, stored, raised later by another function.
var pending = [ValueError('first'), TypeError('second')]
def fire(i) { raise pending[i] }
var caught = []
for i in 0..2 {
  catch { fire(i) } as e
  caught.append('${e.type}:${e.message}')
}
echo caught                        # expect: ['ValueError:first', 'TypeError:second']
echo pending[0].message            # expect: first
