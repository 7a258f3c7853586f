# An uncaught AccessError for a module's private global names the member.
import ._lib.greetings
echo greetings.uses_private()   # expect: private helper sees hidden
echo greetings._secret          # expect error: AccessError
# expect error: _secret
