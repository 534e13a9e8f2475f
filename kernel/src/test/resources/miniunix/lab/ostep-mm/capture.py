#!/usr/bin/env python3
"""Captures OSTEP's own simulators on seeded random inputs, for OstepMemoryCapturesTest.

    capture.py OSTEP_DIR OUT_DIR [--limit N]

Runs paging-policy.py (vm-beyondphys-policy) and malloc.py (vm-freespace) from OSTEP_DIR, the
extracted remzi-arpacidusseau/ostep-homework, on CASES generated inputs each (the first N with
--limit), and writes OUT_DIR/paging-policy.txt and OUT_DIR/malloc.txt: one case per line,
`miniunix arguments<TAB>the simulator's answer`, the answer rewritten mechanically into the
JSON miniunix prints for those arguments (shared/EXPERIMENTS.md 5 and 6). Only the
simulators compute; this script parses their printed output. Same seed, same files.
"""
import random
import re
import subprocess
import sys

SEED = 20261205
CASES = 300

PAGING_POLICIES = ['FIFO', 'LRU', 'OPT', 'UNOPT', 'MRU']
FITS = ['FIRST', 'BEST', 'WORST']
ORDERS = {'ADDRSORT': 'addr', 'SIZESORT+': 'size-asc', 'SIZESORT-': 'size-desc',
          'INSERT-FRONT': 'insert-front', 'INSERT-BACK': 'insert-back'}

ACCESS = re.compile(r'Access: (\d+)  (HIT |MISS) \S+ +-> +(\[.*\]) <- \S+ +Replaced:(\S+) '
                    r'\[Hits:(\d+) Misses:(\d+)\]')


def run(args, cwd):
    return subprocess.run([sys.executable] + args, cwd=cwd, capture_output=True, text=True)


def paging_case(rnd, ostep):
    policy = rnd.choice(PAGING_POLICIES)
    frames = rnd.randint(1, 6)
    maxpage = rnd.randint(2, 12)
    refs = [rnd.randrange(maxpage) for _ in range(rnd.randint(1, 40))]
    refs_text = ','.join(map(str, refs))
    p = run(['paging-policy.py', '-a', refs_text, '-p', policy, '-C', str(frames), '-c'],
            ostep + '/vm-beyondphys-policy')
    if p.returncode != 0:
        raise SystemExit('paging-policy.py failed: ' + p.stderr)
    trace = []
    hits = misses = 0
    for line in p.stdout.splitlines():
        m = ACCESS.match(line)
        if m:
            page, hm, memory, victim, hits, misses = m.groups()
            evicted = 'null' if victim == '-' else victim
            resident = memory.replace(' ', '')
            trace.append('{"page":%s,"hit":%s,"evicted":%s,"resident":%s}'
                         % (page, 'true' if hm == 'HIT ' else 'false', evicted, resident))
    if len(trace) != len(refs):
        raise SystemExit('paging-policy.py printed %d accesses for %d references' % (
            len(trace), len(refs)))
    args = '--policy %s --frames %d --refs %s' % (policy.lower(), frames, refs_text)
    answer = '{"policy":"%s","frames":%d,"hits":%s,"misses":%s,"trace":[%s]}' % (
        policy.lower(), frames, hits, misses, ','.join(trace))
    return args + '\t' + answer


def free_list(line):
    return '[' + ','.join('[%s,%s]' % c for c in re.findall(r'addr:(-?\d+) sz:(\d+)', line)) + ']'


def malloc_case(rnd, ostep):
    """One random op list malloc.py can run (it crashes freeing a failed allocation: retry)."""
    while True:
        fit = rnd.choice(FITS)
        order = rnd.choice(list(ORDERS))
        coalesce = rnd.random() < 0.5
        heap = rnd.randint(20, 200)
        base = rnd.choice([0, 1000, rnd.randint(1, 5000)])
        header = rnd.choice([0, 0, rnd.randint(1, 8)])
        align = rnd.choice([-1, -1, rnd.randint(1, 8)])
        ops, allocs = [], 0
        for _ in range(rnd.randint(1, 30)):
            if rnd.random() < 0.55:
                ops.append('+%d' % rnd.randint(1, 40))
                allocs += 1
            else:
                ops.append('-%d' % rnd.randrange(allocs + 2))
        ops_text = ','.join(ops)
        cmd = ['malloc.py', '-S', str(heap), '-b', str(base), '-H', str(header), '-a', str(align),
               '-p', fit, '-l', order, '--allocList=' + ops_text, '-c']
        if coalesce:
            cmd.append('-C')
        p = run(cmd, ostep + '/vm-freespace')
        if p.returncode == 0:
            break
    out = []
    lines = p.stdout.splitlines()
    current = '[[%d,%d]]' % (base, heap)
    i = 0
    index = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'ptr\[(\d+)\] = Alloc\((\d+)\) returned (-?\d+) \(searched (\d+) elements\)',
                     line)
        if m:
            current = free_list(lines[i + 1])
            out.append('{"op":"alloc","index":%s,"size":%s,"ptr":%s,"searched":%s,"freeList":%s}'
                       % (m.group(1), m.group(2), m.group(3), m.group(4), current))
            i += 2
            continue
        m = re.match(r'Free\(ptr\[(\d+)\]\)', line)
        if m:
            rc = lines[i + 1].split()[1]
            current = free_list(lines[i + 2])
            out.append('{"op":"free","index":%s,"result":%s,"freeList":%s}'
                       % (m.group(1), rc, current))
            i += 3
            continue
        if line == 'Invalid Free: Skipping':
            out.append('{"op":"free","index":%s,"skipped":true,"freeList":%s}'
                       % (skipped_index(ops, len(out)), current))
        i += 1
    if len(out) != len(ops):
        raise SystemExit('malloc.py printed %d operations for %d' % (len(out), len(ops)))
    args = ('--policy %s --order %s%s --heap %d --base %d --header %d --align=%d --ops=%s'
            % (fit.lower(), ORDERS[order], ' --coalesce' if coalesce else '', heap, base, header,
               align, ops_text))
    answer = ('{"policy":"%s","order":"%s","coalesce":%s,"heap":%d,"base":%d,"header":%d,'
              '"align":%d,"ops":[%s],"freeList":%s}'
              % (fit.lower(), ORDERS[order], 'true' if coalesce else 'false', heap, base, header,
                 align, ','.join(out), current))
    return args + '\t' + answer


def skipped_index(ops, n):
    """malloc.py does not print which index it skipped: it is the n-th op's."""
    return ops[n][1:]


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    ostep, out_dir = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == '--limit' else CASES
    rnd = random.Random(SEED)
    with open(out_dir + '/paging-policy.txt', 'w') as f:
        for _ in range(limit):
            f.write(paging_case(rnd, ostep) + '\n')
    rnd = random.Random(SEED + 1)
    with open(out_dir + '/malloc.txt', 'w') as f:
        for _ in range(limit):
            f.write(malloc_case(rnd, ostep) + '\n')


if __name__ == '__main__':
    main()
