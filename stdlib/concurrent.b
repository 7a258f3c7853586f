/**
 * Passing values between fibers: Channel, a queue that a receiving fiber
 * waits on, and Promise with its Future, a value (or an error) that will
 * arrive later, with callbacks and a bounded wait.
 * Example:
 * import concurrent { Channel }
 * var ch = Channel()
 * spawn(@{ ch.send('hello from a fiber') })
 * echo ch.receive()
 */

/**
 * A queue of values between fibers: send() never waits; receive() waits
 * until a value is there, the channel is closed, or the timeout passes.
 */
class Channel {
  var _items = []
  var _head = 0  # the next value's index: shift() moves every value left
  var _waiting = []
  var _closed = false

  /**
   * send(value: any) -> nil
   * Queues value and wakes one waiting receiver.
   */
  send(value) {
    if self._closed raise ValueError('Channel.send(): the channel is closed')
    self._items.append(value)
    # A receiver whose timeout has just passed cannot take it: wake the next.
    while self._waiting.length() > 0 {
      if resume(self._waiting.shift()) break
    }
  }

  /**
   * receive(timeout: number = -1) -> any
   * The next value, waiting for it up to
   * timeout milliseconds (negative: no limit, at most 1e12); nil once the channel is closed and
   * empty. Raises ValueError when the timeout passes.
   */
  receive(timeout = -1) {
    _check_timeout('Channel.receive()', timeout)
    var start = microtime()
    while self.length() == 0 {
      if self._closed return nil
      if !_wait_in('Channel.receive()', self._waiting, _time_left(timeout, start)) {
        raise ValueError('Channel.receive(): nothing arrived within ${timeout} ms')
      }
    }
    return self._take()
  }

  /**
   * close() -> nil
   * No more sends; waiting receivers get nil.
   */
  close() {
    self._closed = true
    while self._waiting.length() > 0 resume(self._waiting.shift())
  }

  /**
   * is_closed() -> bool
   * Whether close() was called.
   */
  is_closed() { return self._closed }

  /**
   * length() -> number
   * The values waiting to be received.
   */
  length() { return self._items.length() - self._head }

  # The list drops the values taken once they are half of it, so that a
  # receive costs the same however many values wait.
  _take() {
    var value = self._items[self._head]
    self._items[self._head] = nil
    self._head += 1
    if self._head == self._items.length() {
      self._items.clear()
      self._head = 0
    } else if self._head >= 64 and self._head * 2 >= self._items.length() {
      self._items = self._items.slice(self._head)
      self._head = 0
    }
    return value
  }
}

/**
 * The reading side of a Promise: wait for its value, or register
 * callbacks to run when it settles.
 */
class Future {
  var _state = 'pending'
  var _value
  var _waiting = []
  var _callbacks = []

  /**
   * wait(timeout: number = -1) -> any
   * The value once the promise is resolved;
   * raises the error it was rejected with, or ValueError when timeout
   * milliseconds pass first (negative: no limit, at most 1e12).
   */
  wait(timeout = -1) {
    _check_timeout('Future.wait()', timeout)
    var start = microtime()
    while self._state == 'pending' {
      if !_wait_in('Future.wait()', self._waiting, _time_left(timeout, start)) {
        raise ValueError('Future.wait(): not settled within ${timeout} ms')
      }
    }
    if self._state == 'rejected' raise self._value
    return self._value
  }

  /**
   * on_success(fn: function) -> Future
   * Calls fn(value) when resolved: in a fiber of its own, which runs
   * before the waiters wake, or at once when already resolved.
   */
  on_success(fn) { return self._listen('Future.on_success()', 'resolved', fn) }

  /**
   * on_failure(fn: function) -> Future
   * Calls fn(error) when rejected: in a fiber of its own, which runs
   * before the waiters wake, or at once when already rejected.
   */
  on_failure(fn) { return self._listen('Future.on_failure()', 'rejected', fn) }

  /**
   * is_done() -> bool
   * Whether the promise has settled.
   */
  is_done() { return self._state != 'pending' }

  /**
   * settle(state: string, value: any) -> nil
   * How the Promise delivers its
   * outcome ('resolved' or 'rejected'); call resolve/reject instead.
   */
  settle(state, value) {
    if state != 'resolved' and state != 'rejected' {
      raise ValueError("Future.settle(): state must be 'resolved' or 'rejected', got ${state}")
    }
    if self._state != 'pending' raise ValueError('Promise: already settled')
    self._state = state
    self._value = value
    # Each callback runs in a fiber of its own, queued before the waiters
    # wake: one that raises has its trace printed and stops neither the
    # others nor the resolve() that settled.
    for entry in self._callbacks {
      if entry[0] == state spawn(entry[1], value)
    }
    self._callbacks = []
    while self._waiting.length() > 0 resume(self._waiting.shift())
  }

  _listen(method, state, fn) {
    if !is_callable(fn) raise TypeError('${method}: fn must be a function, got ${typeof(fn)}')
    if self._state == 'pending' self._callbacks.append([state, fn])
    else if self._state == state fn(self._value)
    return self
  }
}

/**
 * A value to be delivered later, once: resolve(value) or reject(error);
 * its future is how others wait for it.
 */
class Promise {
  var future

  Promise() { self.future = Future() }

  /**
   * resolve(value: any) -> nil
   * Settles the promise with value.
   */
  resolve(value) { self.future.settle('resolved', value) }

  /**
   * reject(error: Exception) -> nil
   * Settles the promise with an error.
   */
  reject(error) {
    if !instance_of(error, Exception) raise TypeError('Promise.reject(): error must be an Exception')
    self.future.settle('rejected', error)
  }
}

# Refuses what suspend() refuses, naming the method the script called.
def _check_timeout(method, timeout) {
  if !is_number(timeout) raise TypeError('${method}: timeout must be a number, got ${typeof(timeout)}')
  if timeout != timeout or timeout > 1e12 {
    raise ValueError('${method}: timeout must be at most 1e12 milliseconds (negative: no limit), got ${timeout}')
  }
}

# What is left of a timeout whose wait started at start (a microtime()),
# so that a waiter woken for a value another fiber took first waits only
# for the rest of it; a negative timeout has no limit.
def _time_left(timeout, start) {
  if timeout < 0 return timeout
  var left = timeout - (microtime() - start) / 1000
  return left > 0 ? left : 0
}

# suspend() as one of waiting, which the fiber leaves however the wait
# ends (an error included), so no later resume() lands on a stale entry.
# suspend()'s refusals (no fiber could wake this one, a deadlock) name the
# method the script called.
def _wait_in(method, waiting, timeout) {
  var me = current_fiber()
  waiting.append(me)
  try {
    return suspend(timeout)
  } catch ValueError e {
    raise ValueError(e.message.replace('suspend()', method))
  } finally {
    waiting.remove(me)
  }
}
