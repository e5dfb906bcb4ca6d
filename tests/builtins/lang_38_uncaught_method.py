# An uncaught exception raised deep inside methods of a class, after partial output.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance):
        self.accounts[owner] = Account(owner, balance)

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].balance += amount
        print(f"moved {amount} from {src} to {dst}")

bank = Bank()
bank.open("ann", 100)
bank.open("bob", 20)
bank.transfer("ann", "bob", 30)
bank.transfer("bob", "ann", 10)
bank.transfer("bob", "ann", 500)
print("unreachable")
