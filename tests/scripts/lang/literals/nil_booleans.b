# The nil and boolean literals.
echo nil           # expect: nil
echo true          # expect: true
echo false         # expect: false
echo typeof(nil)   # expect: nil
echo typeof(true)  # expect: boolean
echo typeof(1.5)   # expect: number
echo typeof('s')   # expect: string
