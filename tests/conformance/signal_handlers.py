# signal: handlers run at the next safe point; SIGINT's default raises KeyboardInterrupt.
import signal
print(signal.SIGINT, signal.Signals.SIGTERM, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.SIG_DFL, signal.SIG_IGN, signal.NSIG)
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old, signal.getsignal(signal.SIGUSR1) is h)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGINT, h)
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
for bad in [lambda: signal.signal(0, h), lambda: signal.signal(signal.SIGUSR2, 5), lambda: signal.getsignal(100)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGSEGV), len(signal.valid_signals()) > 30)
def boom(sig, frame):
    raise RuntimeError("from handler")
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("caught", e)
print(signal.Handlers.SIG_DFL, signal.signal(signal.SIGUSR2, signal.SIG_IGN).__name__)
