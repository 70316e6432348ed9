# Columns count characters and terminal cells: non-ASCII and wide characters before the span.
áóí = 20
说明说明 = 1
şçöğıĤellö = 0
try:
    print("Ĥellö", 10 + áóí / 0 + 30)
except ZeroDivisionError:
    try:
        x = 说明说明 / şçöğıĤellö
    except ZeroDivisionError:
        try:
            y = "✨🐍" + 说明说明
        except TypeError:
            try:
                z = ("é") + áóí
            except TypeError:
                my_dct = {"✨🚛✨": {"说明": {}}}
                w = my_dct["✨🚛✨"]["说明"]["🐍"]
