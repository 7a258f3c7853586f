# when is only valid inside using.
when 1 { echo 1 }  # expect error: SyntaxError
