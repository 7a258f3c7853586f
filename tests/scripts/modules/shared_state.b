# Module-level state is shared by everyone who imports the module.
import ._lib.state
import ._lib.state_user
state.add(1)
echo state_user.add_twice(10)   # expect: 21
echo state.total                # expect: 21
echo state.items                # expect: [1, 10, 10]
echo state.get_total()          # expect: 21
echo state_user.state == state  # expect: true
