#!/usr/bin/env python3
"""Captures what OSTEP's simulators print for a few hundred seeded random inputs per
experiment, as the expected outputs that OstepCapturesTest compares miniunix against.

    capture.py OSTEP_DIR [OUT_DIR]

OSTEP_DIR holds remzi-arpacidusseau/ostep-homework (cpu-api/fork.py,
cpu-intro/process-run.py, cpu-sched/scheduler.py, cpu-sched-mlfq/mlfq.py). Each output file
is a list of cases:

    ### <the miniunix command line>
    $ <the simulator's command line, relative to OSTEP_DIR>
    <what the simulator printed>

Same seed, same cases: rerun it to recapture after a simulator changes.
"""
import os
import random
import subprocess
import sys

SEED = 20261205
CASES = 300


def simulate(ostep, script, args):
    out = subprocess.run([sys.executable, os.path.join(ostep, script)] + args,
                         capture_output=True, text=True, check=True)
    return out.stdout


def write(path, cases):
    with open(path, 'w') as f:
        for ours, script, args, output in cases:
            f.write('### ' + ' '.join(ours) + '\n')
            f.write('$ ' + ' '.join([script] + args) + '\n')
            f.write(output)


def fork_cases(ostep, rng):
    cases = []
    for _ in range(CASES):
        alive, names, actions = ['a'], iter('bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), []
        for _ in range(rng.randint(1, 12)):
            if len(alive) == 1 or rng.random() < 0.65:
                child = next(names)
                actions.append(rng.choice(alive) + '+' + child)
                alive.append(child)
            else:
                x = rng.choice(alive[1:])
                actions.append(x + '-')
                alive.remove(x)
        local, leaf = rng.random() < 0.4, rng.random() < 0.3
        ours = ['forktree', '--actions', ','.join(actions)]
        ours += ['--local-reparent'] if local else ['--flatten']
        ours += ['--leaf-only'] if leaf else []
        args = ['-A', ','.join(actions), '-c', '-P', 'basic']
        args += ['-R'] if local else []
        args += ['-L'] if leaf else []
        # With -L a refused exit leaves the process alive; fork.py's own list stays in step.
        cases.append((ours, 'cpu-api/fork.py', args, simulate(ostep, 'cpu-api/fork.py', args)))
    return cases


def states_cases(ostep, rng):
    cases = []
    for _ in range(CASES):
        programs = []
        for _ in range(rng.randint(1, 4)):
            items = []
            for _ in range(rng.randint(1, 4)):
                items.append('i' if rng.random() < 0.4 else 'c%d' % rng.randint(1, 5))
            programs.append(','.join(items))
        length = rng.randint(0, 6)
        switch = rng.choice(['on-io', 'on-end'])
        done = rng.choice(['later', 'immediate'])
        ours = ['sched', 'states', '--programs', ':'.join(programs), '--io-length', str(length),
                '--switch', switch, '--io-done', done]
        args = ['-P', ':'.join(programs), '-L', str(length),
                '-S', 'SWITCH_ON_IO' if switch == 'on-io' else 'SWITCH_ON_END',
                '-I', 'IO_RUN_LATER' if done == 'later' else 'IO_RUN_IMMEDIATE', '-c', '-p']
        cases.append((ours, 'cpu-intro/process-run.py', args,
                      simulate(ostep, 'cpu-intro/process-run.py', args)))
    return cases


def sched_cases(ostep, rng):
    cases = []
    for _ in range(CASES):
        policy = rng.choice(['fifo', 'sjf', 'rr'])
        jobs = [str(rng.randint(1, 40)) for _ in range(rng.randint(1, 6))]
        quantum = rng.randint(1, 12)
        ours = ['sched', 'run', '--policy', policy, '--jobs', ','.join(jobs)]
        ours += ['--quantum', str(quantum)] if policy == 'rr' else []
        args = ['-p', policy.upper(), '-l', ','.join(jobs), '-q', str(quantum), '-c']
        cases.append((ours, 'cpu-sched/scheduler.py', args,
                      simulate(ostep, 'cpu-sched/scheduler.py', args)))
    return cases


def mlfq_cases(ostep, rng):
    cases = []
    while len(cases) < CASES:
        levels = rng.randint(1, 4)
        quanta = [str(rng.randint(1, 6)) for _ in range(levels)]
        allots = [str(rng.randint(1, 3)) for _ in range(levels)]
        n = rng.randint(1, 4)
        arrivals = [str(rng.choice([0, 0, rng.randint(0, 30)])) for _ in range(n)]
        lengths = [str(rng.randint(1, 30)) for _ in range(n)]
        every = [str(rng.choice([0, 0, rng.randint(1, 8)])) for _ in range(n)]
        boost = rng.choice([0, 0, rng.randint(5, 40)])
        io_time = rng.randint(0, 8)
        stay, front = rng.random() < 0.25, rng.random() < 0.25
        ours = ['sched', 'run', '--policy', 'mlfq', '--queues', str(levels),
                '--quantum', ','.join(quanta), '--allotment', ','.join(allots),
                '--boost', str(boost), '--jobs', ','.join(lengths),
                '--arrivals', ','.join(arrivals), '--io-every', ','.join(every),
                '--io-time', str(io_time)]
        ours += ['--io-stay'] if stay else []
        ours += ['--io-front'] if front else []
        jlist = ':'.join('%s,%s,%s' % job for job in zip(arrivals, lengths, every))
        args = ['-l', jlist, '-Q', ','.join(quanta), '-A', ','.join(allots), '-B', str(boost),
                '-i', str(io_time), '-c']
        args += ['-S'] if stay else []
        args += ['-I'] if front else []
        try:
            output = simulate(ostep, 'cpu-sched-mlfq/mlfq.py', args)
        except subprocess.CalledProcessError:
            continue      # the simulator aborted on its own consistency check: not a case
        cases.append((ours, 'cpu-sched-mlfq/mlfq.py', args, output))
    return cases


def main():
    ostep = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    for name, make in [('forktree', fork_cases), ('states', states_cases),
                       ('sched', sched_cases), ('mlfq', mlfq_cases)]:
        write(os.path.join(out, name + '.txt'), make(ostep, random.Random(SEED)))


if __name__ == '__main__':
    main()
