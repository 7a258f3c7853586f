# With errors in both the condition and the step of an iter, the one in
# the condition (first in the source) is reported.
iter var i = 0; i < ; i += ) {   # expect error: SyntaxError: expected an expression, got ';'
}
