# A missing bare module name raises ImportError naming the module and where it looked.
import definitely_not_a_module_xyz   # expect error: Unhandled ImportError
# expect error: definitely_not_a_module_xyz
# expect error: stdlib/definitely_not_a_module_xyz.b
