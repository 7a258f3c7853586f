# A catch block may raise the exception again, or raise a new one.
try {
  try {
    raise ValueError('first')
  } catch ValueError e {
    echo 'inner saw ' + e.message  # expect: inner saw first
    raise e
  }
} catch ValueError e {
  echo 'outer saw ' + e.message    # expect: outer saw first
}
try {
  try {
    raise ValueError('original')
  } catch ValueError e {
    raise TypeError('wrapped: ' + e.message)
  }
} catch TypeError e {
  echo e.message                  # expect: wrapped: original
}
