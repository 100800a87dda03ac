# logging: filtered-out calls, simple messages and formatted messages to a stream.
import io
import logging

FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'


def silent_logging(logger, n):
    for _ in range(n):
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)
        logger.debug(MESSAGE)


def simple_logging(logger, n):
    for _ in range(n):
        logger.warning(MESSAGE)
        logger.warning(MESSAGE)


def formatted_logging(logger, n):
    for _ in range(n):
        logger.warning(FORMAT, MESSAGE)
        logger.warning(FORMAT, MESSAGE)


stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
logger = logging.getLogger("benchlogger")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)

silent_logging(logger, 100_000)
simple_logging(logger, 20_000)
formatted_logging(logger, 20_000)
out = stream.getvalue()
print(len(out), out.count("\n"), out.splitlines()[0], out.splitlines()[-1])
child = logging.getLogger("benchlogger.child")
child.error("from child %d", 7)
print(stream.getvalue().splitlines()[-1], child.getEffectiveLevel(), child.parent.name)
