# Small realistic programs mixing classes, exceptions, closures and generators.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self.balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance:.2f})"

class SavingsAccount(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

accounts = [Account("ann", 100), SavingsAccount("bob", 250.5)]
accounts[0].deposit(50).withdraw(30)
for acct in accounts:
    acct.add_interest()
print(accounts)
sav = accounts[1]
for amount in (10, 20, 30, 1000):
    try:
        sav.withdraw(amount)
        print("withdrew", amount, "->", sav.balance)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed, e.available)
    except PermissionError as e:
        print("denied:", e)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(accounts[0].history, sav.history)

# Event system with decorators and closures
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers[event] = self.handlers[event] + [fn] if event in self.handlers else [fn]
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for fn in self.handlers[event] if event in self.handlers else []:
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results

bus = EventBus()
@bus.on("order")
def charge(item, qty):
    return f"charged {qty} x {item}"
@bus.on("order")
def ship(item, qty):
    if qty > 5:
        raise RuntimeError("too many to ship")
    return f"shipped {item}"
print(bus.emit("order", "book", 2))
print(bus.emit("order", "pen", 10))
print(bus.emit("refund"))

# Grade book with generators and comprehensions
students = [("ann", [90, 85, 77]), ("bob", [60, 72, 58]), ("cy", [100, 95, 98]), ("di", [])]
def averages(rows):
    for name, scores in rows:
        if not scores:
            yield name, None
            continue
        yield name, sum(scores) / len(scores)
def letter(avg):
    if avg is None:
        return "-"
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"
report = {name: (avg, letter(avg)) for name, avg in averages(students)}
for name in report:
    avg, grade = report[name]
    shown = f"{avg:6.2f}" if avg is not None else "   n/a"
    print(f"{name:<5}{shown} {grade}")
best = max((n for n in report if report[n][0] is not None), key=lambda n: report[n][0])
print("best:", best, "| passing:", sorted(n for n in report if report[n][1] in "ABCD"))

# State machine with a generator
def traffic(cycles):
    states = ("green", "yellow", "red")
    durations = {"green": 3, "yellow": 1, "red": 2}
    t = 0
    for _ in range(cycles):
        for s in states:
            yield t, s
            t += durations[s]
print(list(traffic(2)))

# Inventory with validation through __setitem__ and __missing__-like fallback
class Inventory:
    def __init__(self):
        self._stock = {}
    def __getitem__(self, item):
        return self._stock[item] if item in self._stock else 0
    def __setitem__(self, item, qty):
        if not isinstance(qty, int) or qty < 0:
            raise TypeError(f"bad quantity for {item}: {qty!r}")
        self._stock[item] = qty
    def __contains__(self, item):
        return self[item] > 0
    def __iter__(self):
        return iter(sorted(self._stock))
    def __len__(self):
        return sum(1 for k in self._stock if self._stock[k] > 0)

inv = Inventory()
inv["apple"] = 3
inv["pear"] += 2
inv["fig"] = 0
for bad in (-1, 2.5, "3"):
    try:
        inv["plum"] = bad
    except TypeError as e:
        print("TypeError:", e)
print(list(inv), len(inv), "fig" in inv, "apple" in inv, inv["kiwi"])
