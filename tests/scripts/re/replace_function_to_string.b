# A replacement function may return any value; @to_string decides its text.
import re
class Tag {
  Tag(name) { self.name = name }
  @to_string() { return '<' + self.name + '>' }
}
echo re.compile('\\w+').replace('a b', @(m) { return Tag(m['match']) })   # expect: <a> <b>
echo re.compile('\\d').replace('1 2', @(m) { return [m['match']] })        # expect: ['1'] ['2']
