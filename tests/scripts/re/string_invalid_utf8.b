# With the u flag, a subject that is not UTF-8 raises RegexError from the string method.
echo 'a\xffb'.matches('/b/')     # expect: true
catch { 'a\xffb'.matches('/b/u') } as e
echo e.type                      # expect: RegexError
echo e.message.starts_with('string.matches(): the subject is not valid UTF-8')   # expect: true
