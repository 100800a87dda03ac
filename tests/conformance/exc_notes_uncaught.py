class MyError(Exception):
    pass
e = MyError("custom message")
e.add_note("a note")
raise e
