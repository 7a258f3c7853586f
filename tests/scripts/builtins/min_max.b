echo min(3, 1, 2)        # expect: 1
echo max(3, 1, 2)        # expect: 3
echo min([5, -2, 7])     # expect: -2
echo max([5, -2, 7])     # expect: 7
echo max(4)              # expect: 4
echo min(1.5, 1.25)      # expect: 1.25
catch { max([]) } as e
echo e.message           # expect: max(): the list is empty
catch { min(1, 'a') } as e
echo e.message           # expect: min(): argument 2 (value) must be a number, got string
catch { max([1, nil]) } as e
echo e.message           # expect: max(): item 1 of the list must be a number, got nil
max()                    # expect error: ArgumentError
