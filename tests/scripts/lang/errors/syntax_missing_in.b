# for needs 'in' after its variables.
for x [1, 2] {     # expect error: SyntaxError
}
