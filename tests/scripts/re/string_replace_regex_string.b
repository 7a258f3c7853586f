# replace with a /pattern/flags string replaces every regex match.
echo 'a1b22c'.replace('/\\d+/', '#')                 # expect: a#b#c
echo 'John Smith'.replace('/(\\w+) (\\w+)/', '$2 $1')  # expect: Smith John
echo 'Hello hello'.replace('/hello/i', 'bye')        # expect: bye bye
echo 'path/to/file'.replace('/\\//', '\\')           # expect: path\to\file
