# A try/catch inside a finally block handles its own exception; the outer one still propagates.
var log = []
try {
  try {
    raise ValueError('outer')
  } finally {
    try {
      raise TypeError('inner')
    } catch TypeError e {
      log.append('handled ' + e.message)
    }
  }
} catch ValueError e {
  log.append('propagated ' + e.message)
}
echo log   # expect: ['handled inner', 'propagated outer']
