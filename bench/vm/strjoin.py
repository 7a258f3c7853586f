# strjoin: build 200,000 small strings ('item0', 'item1', ...), join them
# with ',' and print the length of the result (2088889). Measures string
# allocation, number-to-string conversion, concatenation and join.
def main():
    n = 200000
    parts = []
    for i in range(n):
        parts.append('item' + str(i))
    s = ','.join(parts)
    print(len(s))


main()
