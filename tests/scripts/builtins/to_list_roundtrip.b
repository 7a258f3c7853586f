# to_list and the types' own to_list agree.
echo to_list('ab') == 'ab'.to_list()                  # expect: true
echo to_list(0..3) == (0..3).to_list()                # expect: true
echo to_list(bytes([7])) == bytes([7]).to_list()      # expect: true
echo to_list({'k': 1}) == {'k': 1}.items()            # expect: true
echo to_dict(to_list({'k': 1}))                       # expect: {0: ['k', 1]}
echo bytes(to_list(bytes([1, 2]))).to_list()          # expect: [1, 2]
