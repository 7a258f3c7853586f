class Plain {}
echo [is_iterable('s'), is_iterable([]), is_iterable({})]  # expect: [true, true, true]
echo [is_iterable(bytes(1)), is_iterable(0..1)]            # expect: [true, true]
echo is_iterable(Plain())                                  # expect: false
echo [is_iterable(5), is_iterable(nil)]                    # expect: [false, false]
echo [is_callable(print), is_callable(@{}), is_callable(Plain)]  # expect: [true, true, true]
echo [is_callable(Plain()), is_callable('print')]          # expect: [false, false]
