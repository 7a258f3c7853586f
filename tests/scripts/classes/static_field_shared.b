# A static field belongs to the class: every method sees the same value, read through the class.
class Config {
  static var level = 1
  read() { return Config.level }
  raise_level() { Config.level += 1 }
}
var a = Config()
var b = Config()
a.raise_level()
echo b.read()          # expect: 2
echo Config.level      # expect: 2
Config.level = 10
echo a.read()          # expect: 10
