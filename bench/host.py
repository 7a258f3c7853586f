"""What the benchmark runners read of the host: the share of CPU time the
hypervisor gave to other guests (steal time, from /proc/stat) while a
measurement ran. On a shared VM a rate measured with much steal says
little about the program measured."""


def cpu_ticks():
    """(steal, total) clock ticks of all CPUs so far; (0, 0) where
    /proc/stat is missing."""
    try:
        with open('/proc/stat') as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    steal = fields[7] if len(fields) > 7 else 0
    return steal, sum(fields[:8])


def steal_share(before, after):
    """The share of CPU time stolen between two cpu_ticks() readings."""
    total = after[1] - before[1]
    return (after[0] - before[0]) / total if total > 0 else 0.0
