# Line comments, block comments and doc comments are ignored.
# a line comment
echo 1             # expect: 1
/* a block comment
   spanning lines */
echo 2 /* inline */ + 3  # expect: 5
/**
 * a doc comment
 */
echo 'done'        # expect: done
