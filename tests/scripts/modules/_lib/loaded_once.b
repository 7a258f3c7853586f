# Helper module: announces every run of its body, so importers can check that a
# module runs once however often and from wherever it is imported.
echo 'loaded_once: body runs'   # expect: loaded_once: body runs
var runs = 0
runs += 1
