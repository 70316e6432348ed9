# Attribute loads, stores and method calls, also over several lines.
class Thing:
    pass


thing = Thing()
number = 5
try:
    print(thing.name)
except AttributeError:
    try:
        number.colour = "red"
    except AttributeError:
        try:
            (None
                .method
            )()
        except AttributeError:
            try:
                (None.
                    method
                )()
            except AttributeError:
                value = (thing
                    . missing)
