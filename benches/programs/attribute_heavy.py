# Attribute-heavy classes: objects with many fields read and written, with inheritance.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.deposits = 0
        self.withdrawals = 0
        self.history = 0


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def apply(self, amount):
        if amount >= 0:
            self.balance += amount
            self.deposits += 1
        else:
            self.balance += amount
            self.withdrawals += 1
        self.history = self.history + 1
        return self.balance * self.rate


def main():
    accounts = [Savings(f"owner{n}", n, 0.01 * (n % 3)) for n in range(100)]
    interest = 0.0
    for step in range(5_000):
        for account in accounts:
            interest += account.apply(step % 7 - 3)
    print(round(interest, 2), sum(a.deposits for a in accounts), accounts[5].history)


main()
