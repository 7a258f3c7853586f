# An uncaught custom exception is reported with its class and the message given to parent().
class QuotaError < Exception {
  var used = 0
  QuotaError(used) {
    parent('quota exceeded: ${used}')
    self.used = used
  }
}
raise QuotaError(120)   # expect error: Unhandled QuotaError: quota exceeded: 120
