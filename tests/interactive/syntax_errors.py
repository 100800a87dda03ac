x = (1,
     2,
     3)
x
1 +
def f(:
if x
for i in range(2):
print(i)
'''multi
line'''
print('still here')
