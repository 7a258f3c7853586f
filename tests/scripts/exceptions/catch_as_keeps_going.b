# Statements after the failing one in a catch block are skipped; the script continues.
var steps = []
catch {
  steps.append(1)
  raise Exception('stop')
  steps.append(2)
} as e
steps.append(3)
echo steps        # expect: [1, 3]
echo e.message    # expect: stop
