class Account:
    """A bank account."""
    rate = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner, balance=100)

    def interest(self):
        return self.balance * self.rate


class BudgetError(Exception):
    pass


acct = Savings("ada").deposit(50)
m = acct.interest
print(m(), acct)
