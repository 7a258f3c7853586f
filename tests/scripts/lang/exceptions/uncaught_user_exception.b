# An uncaught user exception reports its own class name.
class ConfigError < Exception {}
raise ConfigError('missing key')   # expect error: Unhandled ConfigError: missing key
