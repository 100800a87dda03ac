# The argument errors of _socket's functions and socket methods: CPython
# parses most with PyArg_ParseTuple (no keywords, "recv() takes at least 1
# argument (0 given)"), a few with PyArg_ParseTupleAndKeywords (recv_into),
# METH_NOARGS and METH_O ones name their type ("socket.fileno() takes no
# arguments (1 given)"). Through the descriptor (s.recv(x=1)) the keyword
# message names the type; through a bound method object it does not.
# No network: results other than TypeErrors print as "other".
import _socket
import socket

METHODS = ["fileno", "detach", "close", "_accept", "bind", "connect", "connect_ex", "listen", "getsockname",
           "getpeername", "setblocking", "getblocking", "settimeout", "gettimeout", "recv", "recv_into",
           "recvfrom", "recvfrom_into", "send", "sendall", "sendto", "shutdown", "getsockopt", "setsockopt"]
FUNCTIONS = ["getaddrinfo", "getnameinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getservbyname",
             "getservbyport", "getprotobyname", "socketpair", "gethostname", "getdefaulttimeout",
             "setdefaulttimeout", "htons", "htonl", "ntohs", "ntohl", "inet_aton", "inet_ntoa", "inet_pton",
             "inet_ntop", "if_nameindex", "if_nametoindex", "if_indextoname", "CMSG_LEN", "CMSG_SPACE"]
CALLS = [(), ("x",), (b"x", "y"), (1, 2, 3, 4), (1, 2, 3, 4, 5)]
KEYWORDS = [{"x": 1}, {"bufsize": 1}, {"flags": 0}, {"buffer": 1}, {"level": 1}, {"host": None}]


def show(label, call):
    try:
        with socket.socket() as keep:  # results closed at once
            r = call()
            if isinstance(r, tuple):
                for x in r:
                    if hasattr(x, "close"):
                        x.close()
        print(label, "other")
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception:
        print(label, "other")


def probe(label, f):
    for args in CALLS:
        show("%s%r" % (label, args), lambda: f(*args))
    for kw in KEYWORDS:
        show("%s(**%r)" % (label, kw), lambda: f(**kw))


s = _socket.socket()
s.settimeout(0.0)
for name in METHODS:
    probe("bound " + name, getattr(s, name))
    show("direct %s(x=1)" % name, lambda: getattr(_socket.socket, name)(s, x=1))
for name in FUNCTIONS:
    probe("_socket." + name, getattr(_socket, name))
s.close()

t = _socket.socket()
for call in ("t.recv(x=1)", "t.recv()", "t.recv(1, 2, 3)", "t.listen(x=1)", "t.sendto(b'', x=1)", "t.sendto(b'')",
             "t.setsockopt(x=1)", "t.setsockopt(1, 2)", "t.setsockopt(1, 2, 3, 4)", "t.setsockopt(1, 2, None, 'x')",
             "t.setsockopt(1, 2, None)", "t.setsockopt(1, 2, 2**40)", "t.recv_into()", "t.recv_into(1)",
             "t.recv_into(bytearray(1), x=1)", "t.fileno(1)", "t.fileno(x=1)", "t.bind()", "t.bind(x=1)",
             "t.getsockopt(1)", "_socket.socket.recv(t, x=1)", "socket.socket().recv(x=1)",
             "socket.socket().fileno(1)", "_socket.socket(1, 2, 3, 4, 5)", "_socket.socket(x=1)"):
    show(call, lambda: eval(call))
t.close()
