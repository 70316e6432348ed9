# String literal forms: quotes, escapes, raw strings, triple quotes, adjacent literals.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\tend', "back\\slash")
print("new\nline")
print(r"raw \n stays", R'raw \t too')
print("\x41\x42", "\u00e9", "\u20ac", "\101")
print("""line one
line two
  indented""")
print('''a 'quoted' "mix"''')
print("con" "cat" 'ena' """tion""")
print("é" + "ß" + "日本")
print(len("日本語"), len("\n"), len(r"\n"))
print("a\
b")
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr("tab\there"), repr("nl\n"), repr("\\"), repr("\x00\x7f"))
print(repr("é日本"), repr("\u200b"))
