echo [is_string('a'), is_string(1)]      # expect: [true, false]
echo [is_number(1.5), is_number('1')]    # expect: [true, false]
echo [is_int(3), is_int(3.5), is_int(-0)]  # expect: [true, false, true]
echo [is_int(1 / 0), is_int('3')]        # expect: [false, false]
echo [is_bool(false), is_bool(nil)]      # expect: [true, false]
echo [is_list([]), is_list({})]          # expect: [true, false]
echo [is_dict({}), is_dict([])]          # expect: [true, false]
echo [is_bytes(bytes(0)), is_bytes('')]  # expect: [true, false]
is_int()                                 # expect error: ArgumentError
