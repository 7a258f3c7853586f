# A short-form catch { } as e may directly follow a try statement.
try {
  raise ValueError('first')
} catch ValueError e {
  echo 'try handled ' + e.message   # expect: try handled first
}
catch {
  raise TypeError('second')
} as e2
echo e2.message                      # expect: second
