# Tracing turned off and on again from a call in the middle of a line:
# the frames on the stack take the instruction before where they resume
# as the one they executed last, so the line the call is on is not
# reported again and the next line is (as pdb's second set_trace in a
# loop stops on the line after it).
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "loop":
        events.append((event, frame.f_lineno))
    return tracer


def start():
    frame = sys._getframe(1)
    frame.f_trace = tracer
    sys.settrace(tracer)


def stop():
    sys.settrace(None)
    frame = sys._getframe(1)
    del frame.f_trace


def loop():
    i = 0
    while i < 2:
        start()
        i += 1
        stop()
    return i


print(loop(), events)
