# termios over a pseudo-terminal (os.openpty): attributes, raw mode with
# tty, window size, the errors; pty and tty import.
import termios, tty, pty, os
print(termios.TCSANOW, termios.B38400, termios.NCCS)
m, s = pty.openpty()
a = termios.tcgetattr(s); print(len(a), len(a[6]), a[4] == a[5])
tty.setraw(s); b = termios.tcgetattr(s); print(b[3] & termios.ICANON, b[6][termios.VMIN], b[6][termios.VTIME])
termios.tcsetattr(s, termios.TCSANOW, a); print(termios.tcgetattr(s) == a)
termios.tcsetwinsize(s, (24, 80)); print(termios.tcgetwinsize(s))
try: termios.tcgetattr(os.open('/dev/null', os.O_RDONLY))
except termios.error as e: print(e.args)
for bad in [(s, 0, [1]), (s, 0, a[:6] + [[b'x'] * 3]), (s, 9, a), (s, 0, a[:6] + [[1.5] * 32])]:
    try: termios.tcsetattr(*bad)
    except Exception as e: print(type(e).__name__, e)
termios.tcdrain(s); termios.tcflush(s, termios.TCIFLUSH)
os.write(m, b"hi\n"); print(os.read(s, 10))
print(os.isatty(s), os.ttyname(s).startswith('/dev/pts/') if hasattr(os, 'ttyname') else True)
