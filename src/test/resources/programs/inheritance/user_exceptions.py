# User exception classes: hierarchies, catching by base class, extra attributes, args.
class AppError(Exception):
    pass
class BudgetError(AppError):
    def __init__(self, needed, available):
        super().__init__("need " + str(needed) + ", have " + str(available))
        self.needed = needed
        self.available = available
class ConfigError(AppError):
    pass
def spend(amount, budget):
    if amount > budget:
        raise BudgetError(amount, budget)
    return budget - amount
for amount in (5, 50):
    try:
        print("left", spend(amount, 20))
    except AppError as e:
        print(type(e).__name__, str(e), e.needed, e.available, e.args)
try:
    raise ConfigError("bad key", 42)
except BudgetError:
    print("not this one")
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
print(issubclass(BudgetError, Exception), isinstance(BudgetError(1, 2), AppError))
print(repr(AppError()), str(AppError()), repr(ValueError("x", 1)), str(KeyError("k")))
