# A string that C would cut at a NUL byte is refused (ValueError) rather
# than read as the shorter name: a path, a variable name, argv.
import os
catch { os.list_dir('/tmp\0garbage') } as e1
echo e1.type + ': ' + e1.message  # expect: ValueError: os.list_dir(): path must not contain NUL bytes
catch { os.env('HOME\0x') } as e2
echo e2.type + ': ' + e2.message  # expect: ValueError: os.env(): name must not contain NUL bytes
catch { os.exec(['ls\0x']) } as e3
echo e3.type + ': ' + e3.message  # expect: ValueError: os.exec(): each argv string must not contain NUL bytes
catch { os.exec(['sh', '-c\0x']) } as e4
echo e4.type                      # expect: ValueError
catch { os.exec(['sh', 1]) } as e5
echo e5.message                   # expect: os.exec(): argv[1] must be a string, got number
