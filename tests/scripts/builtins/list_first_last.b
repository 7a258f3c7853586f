echo [1, 2, 3].first()    # expect: 1
echo [1, 2, 3].last()     # expect: 3
echo [].first()           # expect: nil
echo [].last()            # expect: nil
echo [[9]].first()        # expect: [9]
