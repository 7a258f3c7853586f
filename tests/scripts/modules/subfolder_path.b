# import .a.b.c walks subfolders: a/b/c.b beside the importer; the binding is the last name.
import ._lib.deep.inner
import ._lib.deep.deeper.leaf
echo inner.where              # expect: deep/inner
echo inner.double(21)         # expect: 42
echo leaf.where               # expect: deep/deeper/leaf
