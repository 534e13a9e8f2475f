"""Runs ./miniunix on a new pseudo-terminal (its controlling tty, 24x80) with TERM from the
environment and types each argument (Python escapes: \\x03 is Ctrl-C) after the output
settles; an argument ?TEXT waits instead until TEXT has appeared (up to 60 s) and a little
after. Then it types `exit` and prints all it read from the terminal and the session's exit
status. The keys go through the pty's line discipline as from a keyboard:
nothing here calls kill. With KEYS_IGNORE_SIGINT=1 in the environment the session starts
with SIGINT ignored, as a background job of a script starts (a CI runner's)."""
import fcntl, os, pty, select, signal, struct, sys, termios, time

launcher = sys.argv[1]
pid, fd = pty.fork()
if pid == 0:
    if os.environ.get('KEYS_IGNORE_SIGINT') == '1':
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.execv('/bin/bash', ['bash', launcher])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))


def drain(settle, limit):
    out, end, last = b'', time.time() + limit, time.time()
    while time.time() < end and time.time() - last < settle:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out, last = out + chunk, time.time()
    return out


out, end = b'', time.time() + 120
while b'$ ' not in out and time.time() < end:      # the first prompt
    out += drain(0.1, 0.5)
out += drain(0.5, 5)
typed = len(out)                                    # where the last key's output begins
for key in sys.argv[2:] + ['exit\\n']:
    if key.startswith('?'):
        end = time.time() + 60
        while key[1:].encode() not in out[typed:] and time.time() < end:
            out += drain(0.1, 0.5)
        out += drain(0.5, 5)
        continue
    typed = len(out)
    os.write(fd, key.encode().decode('unicode_escape').encode('latin-1'))
    out += drain(0.7, 30)
deadline = time.time() + 60
status = None
while time.time() < deadline:
    done, st = os.waitpid(pid, os.WNOHANG)
    if done:
        status = os.waitstatus_to_exitcode(st)
        break
    out += drain(0.2, 1)
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.stdout.write('\n[status %s]\n' % status)
