# A subscript's value gets ~ and the brackets with what is inside ^.
some_dict = {'x': {'y': None}}
items = [1, 2, 3]
b = c = 1
try:
    some_dict['x']['y']['z']
except TypeError:
    try:
        value = items[10]
    except IndexError:
        try:
            value = b     [    items  ] + c
        except TypeError:
            try:
                value = some_dict["x"]["missing"]
            except KeyError:
                print(items[1:2], items[5 :  9 ] [0])
