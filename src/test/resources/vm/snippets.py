try:
    print('1/0', '->', repr(1/0))
except BaseException as e:
    print('1/0', '!!', type(e).__name__ + ':', e)
try:
    print('1//0', '->', repr(1//0))
except BaseException as e:
    print('1//0', '!!', type(e).__name__ + ':', e)
try:
    print('1%0', '->', repr(1%0))
except BaseException as e:
    print('1%0', '!!', type(e).__name__ + ':', e)
try:
    print('1.0/0', '->', repr(1.0/0))
except BaseException as e:
    print('1.0/0', '!!', type(e).__name__ + ':', e)
try:
    print('1.0//0', '->', repr(1.0//0))
except BaseException as e:
    print('1.0//0', '!!', type(e).__name__ + ':', e)
try:
    print('1.0%0', '->', repr(1.0%0))
except BaseException as e:
    print('1.0%0', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(1,0)', '->', repr(divmod(1,0)))
except BaseException as e:
    print('divmod(1,0)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(1.0,0)', '->', repr(divmod(1.0,0)))
except BaseException as e:
    print('divmod(1.0,0)', '!!', type(e).__name__ + ':', e)
try:
    print('0**-1', '->', repr(0**-1))
except BaseException as e:
    print('0**-1', '!!', type(e).__name__ + ':', e)
try:
    print('0.0**-1', '->', repr(0.0**-1))
except BaseException as e:
    print('0.0**-1', '!!', type(e).__name__ + ':', e)
try:
    print("1+'a'", '->', repr(1+'a'))
except BaseException as e:
    print("1+'a'", '!!', type(e).__name__ + ':', e)
try:
    print("'a'+1", '->', repr('a'+1))
except BaseException as e:
    print("'a'+1", '!!', type(e).__name__ + ':', e)
try:
    print('[1]+(1,)', '->', repr([1]+(1,)))
except BaseException as e:
    print('[1]+(1,)', '!!', type(e).__name__ + ':', e)
try:
    print('(1,)+[1]', '->', repr((1,)+[1]))
except BaseException as e:
    print('(1,)+[1]', '!!', type(e).__name__ + ':', e)
try:
    print('[1]*1.5', '->', repr([1]*1.5))
except BaseException as e:
    print('[1]*1.5', '!!', type(e).__name__ + ':', e)
try:
    print("'a'*'b'", '->', repr('a'*'b'))
except BaseException as e:
    print("'a'*'b'", '!!', type(e).__name__ + ':', e)
try:
    print("-'a'", '->', repr(-'a'))
except BaseException as e:
    print("-'a'", '!!', type(e).__name__ + ':', e)
try:
    print('~1.5', '->', repr(~1.5))
except BaseException as e:
    print('~1.5', '!!', type(e).__name__ + ':', e)
try:
    print("1<'a'", '->', repr(1<'a'))
except BaseException as e:
    print("1<'a'", '!!', type(e).__name__ + ':', e)
try:
    print('1<<-1', '->', repr(1<<-1))
except BaseException as e:
    print('1<<-1', '!!', type(e).__name__ + ':', e)
try:
    print('10**400*1.0', '->', repr(10**400*1.0))
except BaseException as e:
    print('10**400*1.0', '!!', type(e).__name__ + ':', e)
try:
    print('float(10**400)', '->', repr(float(10**400)))
except BaseException as e:
    print('float(10**400)', '!!', type(e).__name__ + ':', e)
try:
    print("int('x')", '->', repr(int('x')))
except BaseException as e:
    print("int('x')", '!!', type(e).__name__ + ':', e)
try:
    print("int('1.5')", '->', repr(int('1.5')))
except BaseException as e:
    print("int('1.5')", '!!', type(e).__name__ + ':', e)
try:
    print('[].pop()', '->', repr([].pop()))
except BaseException as e:
    print('[].pop()', '!!', type(e).__name__ + ':', e)
try:
    print('[1].pop(5)', '->', repr([1].pop(5)))
except BaseException as e:
    print('[1].pop(5)', '!!', type(e).__name__ + ':', e)
try:
    print('[1][5]', '->', repr([1][5]))
except BaseException as e:
    print('[1][5]', '!!', type(e).__name__ + ':', e)
try:
    print('(1,)[5]', '->', repr((1,)[5]))
except BaseException as e:
    print('(1,)[5]', '!!', type(e).__name__ + ':', e)
try:
    print("'a'[5]", '->', repr('a'[5]))
except BaseException as e:
    print("'a'[5]", '!!', type(e).__name__ + ':', e)
try:
    print("{}['k']", '->', repr({}['k']))
except BaseException as e:
    print("{}['k']", '!!', type(e).__name__ + ':', e)
try:
    print('[].index(3)', '->', repr([].index(3)))
except BaseException as e:
    print('[].index(3)', '!!', type(e).__name__ + ':', e)
try:
    print('[1,2].index(3)', '->', repr([1,2].index(3)))
except BaseException as e:
    print('[1,2].index(3)', '!!', type(e).__name__ + ':', e)
try:
    print('len(5)', '->', repr(len(5)))
except BaseException as e:
    print('len(5)', '!!', type(e).__name__ + ':', e)
try:
    print('hash([])', '->', repr(hash([])))
except BaseException as e:
    print('hash([])', '!!', type(e).__name__ + ':', e)
try:
    print('{}.x', '->', repr({}.x))
except BaseException as e:
    print('{}.x', '!!', type(e).__name__ + ':', e)
try:
    print('(5).foo', '->', repr((5).foo))
except BaseException as e:
    print('(5).foo', '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.foo", '->', repr('abc'.foo))
except BaseException as e:
    print("'abc'.foo", '!!', type(e).__name__ + ':', e)
try:
    print('None+1', '->', repr(None+1))
except BaseException as e:
    print('None+1', '!!', type(e).__name__ + ':', e)
try:
    print("abs('x')", '->', repr(abs('x')))
except BaseException as e:
    print("abs('x')", '!!', type(e).__name__ + ':', e)
try:
    print('[1,2].remove(5)', '->', repr([1,2].remove(5)))
except BaseException as e:
    print('[1,2].remove(5)', '!!', type(e).__name__ + ':', e)
try:
    print('{1}.remove(2)', '->', repr({1}.remove(2)))
except BaseException as e:
    print('{1}.remove(2)', '!!', type(e).__name__ + ':', e)
try:
    print("sorted([1,'a'])", '->', repr(sorted([1,'a'])))
except BaseException as e:
    print("sorted([1,'a'])", '!!', type(e).__name__ + ':', e)
try:
    print('max([])', '->', repr(max([])))
except BaseException as e:
    print('max([])', '!!', type(e).__name__ + ':', e)
try:
    print('min(1)', '->', repr(min(1)))
except BaseException as e:
    print('min(1)', '!!', type(e).__name__ + ':', e)
try:
    print('int(None)', '->', repr(int(None)))
except BaseException as e:
    print('int(None)', '!!', type(e).__name__ + ':', e)
try:
    print("float('x')", '->', repr(float('x')))
except BaseException as e:
    print("float('x')", '!!', type(e).__name__ + ':', e)
try:
    print("'%d' % 'x'", '->', repr('%d' % 'x'))
except BaseException as e:
    print("'%d' % 'x'", '!!', type(e).__name__ + ':', e)
try:
    print("'{}'.format()", '->', repr('{}'.format()))
except BaseException as e:
    print("'{}'.format()", '!!', type(e).__name__ + ':', e)
try:
    print('chr(-1)', '->', repr(chr(-1)))
except BaseException as e:
    print('chr(-1)', '!!', type(e).__name__ + ':', e)
try:
    print("ord('ab')", '->', repr(ord('ab')))
except BaseException as e:
    print("ord('ab')", '!!', type(e).__name__ + ':', e)
try:
    print('list(5)', '->', repr(list(5)))
except BaseException as e:
    print('list(5)', '!!', type(e).__name__ + ':', e)
try:
    print('next(iter([]))', '->', repr(next(iter([]))))
except BaseException as e:
    print('next(iter([]))', '!!', type(e).__name__ + ':', e)
try:
    print('hash({})', '->', repr(hash({})))
except BaseException as e:
    print('hash({})', '!!', type(e).__name__ + ':', e)
try:
    print("sum(['a','b'])", '->', repr(sum(['a','b'])))
except BaseException as e:
    print("sum(['a','b'])", '!!', type(e).__name__ + ':', e)
try:
    print('[1,2,3][1:2:0]', '->', repr([1,2,3][1:2:0]))
except BaseException as e:
    print('[1,2,3][1:2:0]', '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.index('z')", '->', repr('abc'.index('z')))
except BaseException as e:
    print("'abc'.index('z')", '!!', type(e).__name__ + ':', e)
try:
    print("'a'.join([1])", '->', repr('a'.join([1])))
except BaseException as e:
    print("'a'.join([1])", '!!', type(e).__name__ + ':', e)
try:
    print('range(1.5)', '->', repr(range(1.5)))
except BaseException as e:
    print('range(1.5)', '!!', type(e).__name__ + ':', e)
try:
    print("int('')", '->', repr(int('')))
except BaseException as e:
    print("int('')", '!!', type(e).__name__ + ':', e)
try:
    print("int('12', 1)", '->', repr(int('12', 1)))
except BaseException as e:
    print("int('12', 1)", '!!', type(e).__name__ + ':', e)
try:
    print('undefined_name', '->', repr(undefined_name))
except BaseException as e:
    print('undefined_name', '!!', type(e).__name__ + ':', e)
try:
    print("[1,2] < 'a'", '->', repr([1,2] < 'a'))
except BaseException as e:
    print("[1,2] < 'a'", '!!', type(e).__name__ + ':', e)
try:
    print('{1:2} < {1:2}', '->', repr({1:2} < {1:2}))
except BaseException as e:
    print('{1:2} < {1:2}', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a, b: 0)(1)', '->', repr((lambda a, b: 0)(1)))
except BaseException as e:
    print('(lambda a, b: 0)(1)', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a: 0)(1, 2)', '->', repr((lambda a: 0)(1, 2)))
except BaseException as e:
    print('(lambda a: 0)(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a: 0)(b=1)', '->', repr((lambda a: 0)(b=1)))
except BaseException as e:
    print('(lambda a: 0)(b=1)', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a: 0)(1, a=2)', '->', repr((lambda a: 0)(1, a=2)))
except BaseException as e:
    print('(lambda a: 0)(1, a=2)', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a, b=1: 0)(1,2,3)', '->', repr((lambda a, b=1: 0)(1,2,3)))
except BaseException as e:
    print('(lambda a, b=1: 0)(1,2,3)', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda *, k: 0)()', '->', repr((lambda *, k: 0)()))
except BaseException as e:
    print('(lambda *, k: 0)()', '!!', type(e).__name__ + ':', e)
try:
    print('(lambda a, b, c: 0)()', '->', repr((lambda a, b, c: 0)()))
except BaseException as e:
    print('(lambda a, b, c: 0)()', '!!', type(e).__name__ + ':', e)
try:
    print('{}.popitem()', '->', repr({}.popitem()))
except BaseException as e:
    print('{}.popitem()', '!!', type(e).__name__ + ':', e)
try:
    print('set().pop()', '->', repr(set().pop()))
except BaseException as e:
    print('set().pop()', '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.split('')", '->', repr('abc'.split('')))
except BaseException as e:
    print("'abc'.split('')", '!!', type(e).__name__ + ':', e)
try:
    print("round(float('inf'))", '->', repr(round(float('inf'))))
except BaseException as e:
    print("round(float('inf'))", '!!', type(e).__name__ + ':', e)
try:
    print("'%s %s' % (1,)", '->', repr('%s %s' % (1,)))
except BaseException as e:
    print("'%s %s' % (1,)", '!!', type(e).__name__ + ':', e)
try:
    print("'%s' % (1, 2)", '->', repr('%s' % (1, 2)))
except BaseException as e:
    print("'%s' % (1, 2)", '!!', type(e).__name__ + ':', e)
try:
    print("'%z' % 1", '->', repr('%z' % 1))
except BaseException as e:
    print("'%z' % 1", '!!', type(e).__name__ + ':', e)
try:
    print('[1][1.0]', '->', repr([1][1.0]))
except BaseException as e:
    print('[1][1.0]', '!!', type(e).__name__ + ':', e)
try:
    print("'a' in 5", '->', repr('a' in 5))
except BaseException as e:
    print("'a' in 5", '!!', type(e).__name__ + ':', e)
try:
    print("5 in 'a'", '->', repr(5 in 'a'))
except BaseException as e:
    print("5 in 'a'", '!!', type(e).__name__ + ':', e)
try:
    print('(1).bit_length(1)', '->', repr((1).bit_length(1)))
except BaseException as e:
    print('(1).bit_length(1)', '!!', type(e).__name__ + ':', e)
try:
    print('print(sep=1)', '->', repr(print(sep=1)))
except BaseException as e:
    print('print(sep=1)', '!!', type(e).__name__ + ':', e)
try:
    print('dict([1,2])', '->', repr(dict([1,2])))
except BaseException as e:
    print('dict([1,2])', '!!', type(e).__name__ + ':', e)
try:
    print('dict([(1,2,3)])', '->', repr(dict([(1,2,3)])))
except BaseException as e:
    print('dict([(1,2,3)])', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(1, 2)', '->', repr(isinstance(1, 2)))
except BaseException as e:
    print('isinstance(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('getattr(1, 2)', '->', repr(getattr(1, 2)))
except BaseException as e:
    print('getattr(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('[].append()', '->', repr([].append()))
except BaseException as e:
    print('[].append()', '!!', type(e).__name__ + ':', e)
try:
    print('[].append(1, 2)', '->', repr([].append(1, 2)))
except BaseException as e:
    print('[].append(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('[].insert(1)', '->', repr([].insert(1)))
except BaseException as e:
    print('[].insert(1)', '!!', type(e).__name__ + ':', e)
try:
    print('len()', '->', repr(len()))
except BaseException as e:
    print('len()', '!!', type(e).__name__ + ':', e)
try:
    print('len(1, 2)', '->', repr(len(1, 2)))
except BaseException as e:
    print('len(1, 2)', '!!', type(e).__name__ + ':', e)
try:
    print("float('1e500')", '->', repr(float('1e500')))
except BaseException as e:
    print("float('1e500')", '!!', type(e).__name__ + ':', e)
try:
    print('1e308*10', '->', repr(1e308*10))
except BaseException as e:
    print('1e308*10', '!!', type(e).__name__ + ':', e)
try:
    print("int('0x1f', 16)", '->', repr(int('0x1f', 16)))
except BaseException as e:
    print("int('0x1f', 16)", '!!', type(e).__name__ + ':', e)
try:
    print("int('0b101', 0)", '->', repr(int('0b101', 0)))
except BaseException as e:
    print("int('0b101', 0)", '!!', type(e).__name__ + ':', e)
try:
    print("int(' -12_3 ')", '->', repr(int(' -12_3 ')))
except BaseException as e:
    print("int(' -12_3 ')", '!!', type(e).__name__ + ':', e)
try:
    print('str(2**10000)[:5]', '->', repr(str(2**10000)[:5]))
except BaseException as e:
    print('str(2**10000)[:5]', '!!', type(e).__name__ + ':', e)
try:
    print('repr(1e16)', '->', repr(repr(1e16)))
except BaseException as e:
    print('repr(1e16)', '!!', type(e).__name__ + ':', e)
try:
    print('repr(-0.0)', '->', repr(repr(-0.0)))
except BaseException as e:
    print('repr(-0.0)', '!!', type(e).__name__ + ':', e)
try:
    print('(2**63)//-1', '->', repr((2**63)//-1))
except BaseException as e:
    print('(2**63)//-1', '!!', type(e).__name__ + ':', e)
try:
    print('-7 % 3', '->', repr(-7 % 3))
except BaseException as e:
    print('-7 % 3', '!!', type(e).__name__ + ':', e)
try:
    print('7 % -3', '->', repr(7 % -3))
except BaseException as e:
    print('7 % -3', '!!', type(e).__name__ + ':', e)
try:
    print('-7 // 2', '->', repr(-7 // 2))
except BaseException as e:
    print('-7 // 2', '!!', type(e).__name__ + ':', e)
try:
    print('round(2.5)', '->', repr(round(2.5)))
except BaseException as e:
    print('round(2.5)', '!!', type(e).__name__ + ':', e)
try:
    print('round(0.125, 2)', '->', repr(round(0.125, 2)))
except BaseException as e:
    print('round(0.125, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('round(-1.5)', '->', repr(round(-1.5)))
except BaseException as e:
    print('round(-1.5)', '!!', type(e).__name__ + ':', e)
try:
    print('pow(2, -1, 7)', '->', repr(pow(2, -1, 7)))
except BaseException as e:
    print('pow(2, -1, 7)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(-7, 2)', '->', repr(divmod(-7, 2)))
except BaseException as e:
    print('divmod(-7, 2)', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(7.5, -2)', '->', repr(divmod(7.5, -2)))
except BaseException as e:
    print('divmod(7.5, -2)', '!!', type(e).__name__ + ':', e)
try:
    print('True + True', '->', repr(True + True))
except BaseException as e:
    print('True + True', '!!', type(e).__name__ + ':', e)
try:
    print("3 * 'ab'", '->', repr(3 * 'ab'))
except BaseException as e:
    print("3 * 'ab'", '!!', type(e).__name__ + ':', e)
try:
    print('[0] * -1', '->', repr([0] * -1))
except BaseException as e:
    print('[0] * -1', '!!', type(e).__name__ + ':', e)
try:
    print('f\'{1:>5}|{2.5:08.3f}|{"x":^5}|{10:,}|{255:#x}\'', '->', repr(f'{1:>5}|{2.5:08.3f}|{"x":^5}|{10:,}|{255:#x}'))
except BaseException as e:
    print('f\'{1:>5}|{2.5:08.3f}|{"x":^5}|{10:,}|{255:#x}\'', '!!', type(e).__name__ + ':', e)
try:
    print("'%5.2f|%-5d|%05d|%x|%r' % (3.14159, 42, 42, 255, 'a')", '->', repr('%5.2f|%-5d|%05d|%x|%r' % (3.14159, 42, 42, 255, 'a')))
except BaseException as e:
    print("'%5.2f|%-5d|%05d|%x|%r' % (3.14159, 42, 42, 255, 'a')", '!!', type(e).__name__ + ':', e)
try:
    print("'{0}{1}{0}'.format('a', 'b')", '->', repr('{0}{1}{0}'.format('a', 'b')))
except BaseException as e:
    print("'{0}{1}{0}'.format('a', 'b')", '!!', type(e).__name__ + ':', e)
try:
    print("'{:>{}}'.format('x', 4)", '->', repr('{:>{}}'.format('x', 4)))
except BaseException as e:
    print("'{:>{}}'.format('x', 4)", '!!', type(e).__name__ + ':', e)
try:
    print("'{k}'.format(k=1)", '->', repr('{k}'.format(k=1)))
except BaseException as e:
    print("'{k}'.format(k=1)", '!!', type(e).__name__ + ':', e)
try:
    print('sorted([3,1,2], reverse=True)', '->', repr(sorted([3,1,2], reverse=True)))
except BaseException as e:
    print('sorted([3,1,2], reverse=True)', '!!', type(e).__name__ + ':', e)
try:
    print("sorted(['b','A','c'], key=str.lower)", '->', repr(sorted(['b','A','c'], key=str.lower)))
except BaseException as e:
    print("sorted(['b','A','c'], key=str.lower)", '!!', type(e).__name__ + ':', e)
try:
    print('max([1,5,3], key=lambda v: -v)', '->', repr(max([1,5,3], key=lambda v: -v)))
except BaseException as e:
    print('max([1,5,3], key=lambda v: -v)', '!!', type(e).__name__ + ':', e)
try:
    print("min('bca')", '->', repr(min('bca')))
except BaseException as e:
    print("min('bca')", '!!', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v*2, range(3)))', '->', repr(list(map(lambda v: v*2, range(3)))))
except BaseException as e:
    print('list(map(lambda v: v*2, range(3)))', '!!', type(e).__name__ + ':', e)
try:
    print("list(filter(None, [0,1,2,'',3]))", '->', repr(list(filter(None, [0,1,2,'',3]))))
except BaseException as e:
    print("list(filter(None, [0,1,2,'',3]))", '!!', type(e).__name__ + ':', e)
try:
    print("list(zip('ab', range(3)))", '->', repr(list(zip('ab', range(3)))))
except BaseException as e:
    print("list(zip('ab', range(3)))", '!!', type(e).__name__ + ':', e)
try:
    print("list(enumerate('ab', 1))", '->', repr(list(enumerate('ab', 1))))
except BaseException as e:
    print("list(enumerate('ab', 1))", '!!', type(e).__name__ + ':', e)
try:
    print('list(reversed([1,2,3]))', '->', repr(list(reversed([1,2,3]))))
except BaseException as e:
    print('list(reversed([1,2,3]))', '!!', type(e).__name__ + ':', e)
try:
    print('any(x > 2 for x in range(5))', '->', repr(any(x > 2 for x in range(5))))
except BaseException as e:
    print('any(x > 2 for x in range(5))', '!!', type(e).__name__ + ':', e)
try:
    print('all([])', '->', repr(all([])))
except BaseException as e:
    print('all([])', '!!', type(e).__name__ + ':', e)
try:
    print('sum([0.1]*10)', '->', repr(sum([0.1]*10)))
except BaseException as e:
    print('sum([0.1]*10)', '!!', type(e).__name__ + ':', e)
try:
    print('sum(range(10), 100)', '->', repr(sum(range(10), 100)))
except BaseException as e:
    print('sum(range(10), 100)', '!!', type(e).__name__ + ':', e)
try:
    print('hex(-255)', '->', repr(hex(-255)))
except BaseException as e:
    print('hex(-255)', '!!', type(e).__name__ + ':', e)
try:
    print('bin(5)', '->', repr(bin(5)))
except BaseException as e:
    print('bin(5)', '!!', type(e).__name__ + ':', e)
try:
    print('oct(8)', '->', repr(oct(8)))
except BaseException as e:
    print('oct(8)', '!!', type(e).__name__ + ':', e)
try:
    print("'a,b,,c'.split(',')", '->', repr('a,b,,c'.split(',')))
except BaseException as e:
    print("'a,b,,c'.split(',')", '!!', type(e).__name__ + ':', e)
try:
    print("' a  b '.split()", '->', repr(' a  b '.split()))
except BaseException as e:
    print("' a  b '.split()", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.center(8, '*')", '->', repr('abc'.center(8, '*')))
except BaseException as e:
    print("'abc'.center(8, '*')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.zfill(6)", '->', repr('abc'.zfill(6)))
except BaseException as e:
    print("'abc'.zfill(6)", '!!', type(e).__name__ + ':', e)
try:
    print("'-5'.zfill(4)", '->', repr('-5'.zfill(4)))
except BaseException as e:
    print("'-5'.zfill(4)", '!!', type(e).__name__ + ':', e)
try:
    print("'Hello World'.title()", '->', repr('Hello World'.title()))
except BaseException as e:
    print("'Hello World'.title()", '!!', type(e).__name__ + ':', e)
try:
    print("'hello'.capitalize()", '->', repr('hello'.capitalize()))
except BaseException as e:
    print("'hello'.capitalize()", '!!', type(e).__name__ + ':', e)
try:
    print("'a-b-c'.rpartition('-')", '->', repr('a-b-c'.rpartition('-')))
except BaseException as e:
    print("'a-b-c'.rpartition('-')", '!!', type(e).__name__ + ':', e)
try:
    print("'abcabc'.replace('b', 'X', 1)", '->', repr('abcabc'.replace('b', 'X', 1)))
except BaseException as e:
    print("'abcabc'.replace('b', 'X', 1)", '!!', type(e).__name__ + ':', e)
try:
    print("'  x '.strip()", '->', repr('  x '.strip()))
except BaseException as e:
    print("'  x '.strip()", '!!', type(e).__name__ + ':', e)
try:
    print("'xxhixx'.strip('x')", '->', repr('xxhixx'.strip('x')))
except BaseException as e:
    print("'xxhixx'.strip('x')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.find('c', 1)", '->', repr('abc'.find('c', 1)))
except BaseException as e:
    print("'abc'.find('c', 1)", '!!', type(e).__name__ + ':', e)
try:
    print("'abcabc'.rfind('b')", '->', repr('abcabc'.rfind('b')))
except BaseException as e:
    print("'abcabc'.rfind('b')", '!!', type(e).__name__ + ':', e)
try:
    print("'abc'.startswith(('x','a'))", '->', repr('abc'.startswith(('x','a'))))
except BaseException as e:
    print("'abc'.startswith(('x','a'))", '!!', type(e).__name__ + ':', e)
try:
    print("'AbC'.swapcase()", '->', repr('AbC'.swapcase()))
except BaseException as e:
    print("'AbC'.swapcase()", '!!', type(e).__name__ + ':', e)
try:
    print("'12'.isdigit()", '->', repr('12'.isdigit()))
except BaseException as e:
    print("'12'.isdigit()", '!!', type(e).__name__ + ':', e)
try:
    print("'ab1'.isalpha()", '->', repr('ab1'.isalpha()))
except BaseException as e:
    print("'ab1'.isalpha()", '!!', type(e).__name__ + ':', e)
try:
    print('[1,2,3][::-1]', '->', repr([1,2,3][::-1]))
except BaseException as e:
    print('[1,2,3][::-1]', '!!', type(e).__name__ + ':', e)
try:
    print("'hello'[1:4]", '->', repr('hello'[1:4]))
except BaseException as e:
    print("'hello'[1:4]", '!!', type(e).__name__ + ':', e)
try:
    print('[1,2,3,4,5][::2]', '->', repr([1,2,3,4,5][::2]))
except BaseException as e:
    print('[1,2,3,4,5][::2]', '!!', type(e).__name__ + ':', e)
try:
    print('(1,2,3)[-2:]', '->', repr((1,2,3)[-2:]))
except BaseException as e:
    print('(1,2,3)[-2:]', '!!', type(e).__name__ + ':', e)
try:
    print("{'a':1}.get('b', 5)", '->', repr({'a':1}.get('b', 5)))
except BaseException as e:
    print("{'a':1}.get('b', 5)", '!!', type(e).__name__ + ':', e)
try:
    print('{1,2,3} & {2,3,4}', '->', repr({1,2,3} & {2,3,4}))
except BaseException as e:
    print('{1,2,3} & {2,3,4}', '!!', type(e).__name__ + ':', e)
try:
    print('{1,2} | {3}', '->', repr({1,2} | {3}))
except BaseException as e:
    print('{1,2} | {3}', '!!', type(e).__name__ + ':', e)
try:
    print('{1,2,3} - {2}', '->', repr({1,2,3} - {2}))
except BaseException as e:
    print('{1,2,3} - {2}', '!!', type(e).__name__ + ':', e)
try:
    print('{1,2} ^ {2,3}', '->', repr({1,2} ^ {2,3}))
except BaseException as e:
    print('{1,2} ^ {2,3}', '!!', type(e).__name__ + ':', e)
try:
    print('frozenset([1,2])', '->', repr(frozenset([1,2])))
except BaseException as e:
    print('frozenset([1,2])', '!!', type(e).__name__ + ':', e)
try:
    print('dict(a=1, b=2)', '->', repr(dict(a=1, b=2)))
except BaseException as e:
    print('dict(a=1, b=2)', '!!', type(e).__name__ + ':', e)
try:
    print("list(dict.fromkeys('aba'))", '->', repr(list(dict.fromkeys('aba'))))
except BaseException as e:
    print("list(dict.fromkeys('aba'))", '!!', type(e).__name__ + ':', e)
try:
    print("{**{'a':1}, 'b':2}", '->', repr({**{'a':1}, 'b':2}))
except BaseException as e:
    print("{**{'a':1}, 'b':2}", '!!', type(e).__name__ + ':', e)
try:
    print("[*range(3), *'ab']", '->', repr([*range(3), *'ab']))
except BaseException as e:
    print("[*range(3), *'ab']", '!!', type(e).__name__ + ':', e)
try:
    print('(*[1,2],)', '->', repr((*[1,2],)))
except BaseException as e:
    print('(*[1,2],)', '!!', type(e).__name__ + ':', e)
try:
    print('type(1).__name__', '->', repr(type(1).__name__))
except BaseException as e:
    print('type(1).__name__', '!!', type(e).__name__ + ':', e)
try:
    print('type([]) is list', '->', repr(type([]) is list))
except BaseException as e:
    print('type([]) is list', '!!', type(e).__name__ + ':', e)
try:
    print('isinstance(True, int)', '->', repr(isinstance(True, int)))
except BaseException as e:
    print('isinstance(True, int)', '!!', type(e).__name__ + ':', e)
try:
    print('issubclass(bool, int)', '->', repr(issubclass(bool, int)))
except BaseException as e:
    print('issubclass(bool, int)', '!!', type(e).__name__ + ':', e)
try:
    print('str(None)', '->', repr(str(None)))
except BaseException as e:
    print('str(None)', '!!', type(e).__name__ + ':', e)
try:
    print("repr('it''s')", '->', repr(repr('it''s')))
except BaseException as e:
    print("repr('it''s')", '!!', type(e).__name__ + ':', e)
try:
    print("repr('a\\nb')", '->', repr(repr('a\nb')))
except BaseException as e:
    print("repr('a\\nb')", '!!', type(e).__name__ + ':', e)
try:
    print("ascii('é')", '->', repr(ascii('é')))
except BaseException as e:
    print("ascii('é')", '!!', type(e).__name__ + ':', e)
try:
    print("ord('é')", '->', repr(ord('é')))
except BaseException as e:
    print("ord('é')", '!!', type(e).__name__ + ':', e)
try:
    print('chr(9731)', '->', repr(chr(9731)))
except BaseException as e:
    print('chr(9731)', '!!', type(e).__name__ + ':', e)
try:
    print("'%c' % 65", '->', repr('%c' % 65))
except BaseException as e:
    print("'%c' % 65", '!!', type(e).__name__ + ':', e)
try:
    print("f'{3.14159:.2f}'", '->', repr(f'{3.14159:.2f}'))
except BaseException as e:
    print("f'{3.14159:.2f}'", '!!', type(e).__name__ + ':', e)
try:
    print("f'{12345.678:,.1f}'", '->', repr(f'{12345.678:,.1f}'))
except BaseException as e:
    print("f'{12345.678:,.1f}'", '!!', type(e).__name__ + ':', e)
try:
    print("f'{0.5:%}'", '->', repr(f'{0.5:%}'))
except BaseException as e:
    print("f'{0.5:%}'", '!!', type(e).__name__ + ':', e)
try:
    print("f'{1e20}'", '->', repr(f'{1e20}'))
except BaseException as e:
    print("f'{1e20}'", '!!', type(e).__name__ + ':', e)
try:
    print("format(3, 'b')", '->', repr(format(3, 'b')))
except BaseException as e:
    print("format(3, 'b')", '!!', type(e).__name__ + ':', e)
try:
    print('int(2.9)', '->', repr(int(2.9)))
except BaseException as e:
    print('int(2.9)', '!!', type(e).__name__ + ':', e)
try:
    print('int(-2.9)', '->', repr(int(-2.9)))
except BaseException as e:
    print('int(-2.9)', '!!', type(e).__name__ + ':', e)
try:
    print("float('  1.5  ')", '->', repr(float('  1.5  ')))
except BaseException as e:
    print("float('  1.5  ')", '!!', type(e).__name__ + ':', e)
try:
    print("float('inf')", '->', repr(float('inf')))
except BaseException as e:
    print("float('inf')", '!!', type(e).__name__ + ':', e)
try:
    print("bool('')", '->', repr(bool('')))
except BaseException as e:
    print("bool('')", '!!', type(e).__name__ + ':', e)
try:
    print('1 == 1.0', '->', repr(1 == 1.0))
except BaseException as e:
    print('1 == 1.0', '!!', type(e).__name__ + ':', e)
try:
    print('hash(1) == hash(1.0)', '->', repr(hash(1) == hash(1.0)))
except BaseException as e:
    print('hash(1) == hash(1.0)', '!!', type(e).__name__ + ':', e)
try:
    print('0.1 + 0.2', '->', repr(0.1 + 0.2))
except BaseException as e:
    print('0.1 + 0.2', '!!', type(e).__name__ + ':', e)
try:
    print('1/3', '->', repr(1/3))
except BaseException as e:
    print('1/3', '!!', type(e).__name__ + ':', e)
try:
    print('2**100', '->', repr(2**100))
except BaseException as e:
    print('2**100', '!!', type(e).__name__ + ':', e)
try:
    print('-2**63', '->', repr(-2**63))
except BaseException as e:
    print('-2**63', '!!', type(e).__name__ + ':', e)
try:
    print('10**20 // 3', '->', repr(10**20 // 3))
except BaseException as e:
    print('10**20 // 3', '!!', type(e).__name__ + ':', e)
try:
    print('(10**20) % 7', '->', repr((10**20) % 7))
except BaseException as e:
    print('(10**20) % 7', '!!', type(e).__name__ + ':', e)
try:
    print('abs(-10**20)', '->', repr(abs(-10**20)))
except BaseException as e:
    print('abs(-10**20)', '!!', type(e).__name__ + ':', e)
try:
    print('1_000_000', '->', repr(1_000_000))
except BaseException as e:
    print('1_000_000', '!!', type(e).__name__ + ':', e)
try:
    print('0xff', '->', repr(0xff))
except BaseException as e:
    print('0xff', '!!', type(e).__name__ + ':', e)
try:
    print('0o17', '->', repr(0o17))
except BaseException as e:
    print('0o17', '!!', type(e).__name__ + ':', e)
try:
    print('0b101', '->', repr(0b101))
except BaseException as e:
    print('0b101', '!!', type(e).__name__ + ':', e)
try:
    print('3 < 4 < 5', '->', repr(3 < 4 < 5))
except BaseException as e:
    print('3 < 4 < 5', '!!', type(e).__name__ + ':', e)
try:
    print('1 if 0 else 2', '->', repr(1 if 0 else 2))
except BaseException as e:
    print('1 if 0 else 2', '!!', type(e).__name__ + ':', e)
try:
    print('not []', '->', repr(not []))
except BaseException as e:
    print('not []', '!!', type(e).__name__ + ':', e)
try:
    print("[] or 'x'", '->', repr([] or 'x'))
except BaseException as e:
    print("[] or 'x'", '!!', type(e).__name__ + ':', e)
try:
    print('0 and 1', '->', repr(0 and 1))
except BaseException as e:
    print('0 and 1', '!!', type(e).__name__ + ':', e)
try:
    print('divmod(10**20, 7)', '->', repr(divmod(10**20, 7)))
except BaseException as e:
    print('divmod(10**20, 7)', '!!', type(e).__name__ + ':', e)
