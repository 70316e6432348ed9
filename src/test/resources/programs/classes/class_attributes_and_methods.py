# Class attributes shared by instances, mutable class attributes, methods reading them.
class Account:
    count = 0
    history = []
    rate = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
        self.history.append(owner)
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def interest(self):
        return round(self.balance * self.rate, 2)
a = Account("ann", 100)
b = Account("bob")
print(Account.count, a.count, Account.history, b.history is a.history)
print(a.deposit(50), b.deposit(20), a.interest(), b.interest())
b.rate = 0.5
print(a.interest(), b.interest(), Account.rate)
m = a.deposit
print(m(1), m(1), a.balance)
print(Account.deposit(b, 5), b.balance)
