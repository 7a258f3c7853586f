# try needs a catch or a finally.
try {
  echo 1
}                  # expect error: SyntaxError
echo 2
