# Prints a greeting: the smallest Sabre program. Run: build/sabre examples/hello.b
var name = 'Sabre'
echo 'Hello from ${name}!'
