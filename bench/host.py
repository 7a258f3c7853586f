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


# A measurement with more stolen CPU time than this is reported as disturbed.
STEAL_WARN = 0.03


def disturbed_note(measurements):
    """The note naming measurements ('what share%' texts) during which the
    host took more than STEAL_WARN of the CPU time."""
    return ('note: the host took more than %.0f%% of the CPU time (steal) during %s: those '
            'rates are not the programs\' own; run again when it is quiet.'
            % (100 * STEAL_WARN, ', '.join(measurements)))


def steal_share(before, after):
    """The share of CPU time stolen between two cpu_ticks() readings."""
    total = after[1] - before[1]
    return (after[0] - before[0]) / total if total > 0 else 0.0
