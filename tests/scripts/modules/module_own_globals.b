# Functions of a module read the module's globals, not the importer's of the same name.
import ._lib.own_globals
var name = 'importer name'
var importer_only = 'only here'
echo own_globals.get_name()     # expect: module name
echo name                       # expect: importer name
catch { own_globals.get_importer_only() } as e
echo e.type                     # expect: UndefinedError
