# A function prints as <function name>.
def my_func() {}
echo my_func       # expect: <function my_func>
echo to_string(my_func)  # expect: <function my_func>
echo [my_func]     # expect: [<function my_func>]
echo '${my_func}'  # expect: <function my_func>
