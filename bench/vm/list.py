# list: append 0 .. 999,999 to a list, then sum it by iterating over the
# list. Measures list growth (append), method calls and list iteration.
def main():
    n = 1000000
    l = []
    for i in range(n):
        l.append(i)
    s = 0
    for v in l:
        s += v
    print(s)


main()
