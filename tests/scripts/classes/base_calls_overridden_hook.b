# A template method in the base class calls hooks the subclass overrides; parent hooks still reachable.
class Job {
  run() { return [self.setup(), self.work(), self.teardown()] }
  setup() { return 'base setup' }
  work() { return 'base work' }
  teardown() { return 'base teardown' }
}
class Backup < Job {
  work() { return 'backup work' }
  setup() { return 'backup setup after ' + parent.setup() }
}
echo Backup().run()   # expect: ['backup setup after base setup', 'backup work', 'base teardown']
