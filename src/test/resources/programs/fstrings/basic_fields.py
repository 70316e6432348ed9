# f-strings: expressions, conversions !r !s, nested quotes, doubled braces, = is not used.
name = "Ada"
n = 3
items = [1, 2]
print(f"hello {name}")
print(f"{n} + {n} = {n + n}", f"{n * 2.5}", f"{items}", f"{items[0]}")
print(f"{name!r} {name!s} {items!r}")
print(f"{{literal}} {{{n}}}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{name.upper()} {len(name)} {name[::-1]}")
print(f"{n if n > 2 else 0} {[x * 2 for x in items]} {dict(a=1)}")
print(f"""triple {name}
second line {n}""")
print(F"capital F {n}", rf"raw \n {n}", fr"raw too \t{name}")
print(f"{None} {True} {3.0} {1e20} {-0.0}")
print(f"{'nested ' + f'{n}'}")
print(f"")
