# loop: sum of the integers 0 .. 10,000,000 (exclusive) in a while loop
# with local counter and accumulator. Measures the dispatch loop, local
# variable access, comparison and addition.
def main():
    n = 10000000
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    print(s)


main()
