# Helper module: imports the native os module under another name.
import os as system

def platform() {
  return system.platform
}
var os_module = system
