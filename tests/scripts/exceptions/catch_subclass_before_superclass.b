# With the subclass first, each exception reaches its most specific clause.
class AppError < Exception {}
class NetError < AppError {}
def classify(exc) {
  try {
    raise exc
  } catch NetError e {
    return 'net'
  } catch AppError e {
    return 'app'
  } catch Exception e {
    return 'other'
  }
}
echo classify(NetError('n'))    # expect: net
echo classify(AppError('a'))    # expect: app
echo classify(ValueError('v'))  # expect: other
