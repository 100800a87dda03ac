# IndentationError after a compound statement header: one caret, as CPython prints it.
for i in range(2):
print(i)
