# An uncaught user exception: the last line names the class without a module prefix
# (__main__ is omitted) and its message.
class BudgetError(Exception):
    pass
spent = 0
for cost in (10, 20, 40):
    spent += cost
    print("spent", spent)
    if spent > 50:
        raise BudgetError("over budget by " + str(spent - 50))
