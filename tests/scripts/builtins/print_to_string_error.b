# An exception raised by @to_string propagates out of print().
class Bad { @to_string() { raise ValueError('no text') } }
catch { print(Bad()) } as e
echo e.message  # expect: no text
# The trace starts in @to_string, so only the text is checked:
# expect error: Unhandled ValueError: no text
print(Bad())
