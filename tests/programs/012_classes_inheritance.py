# Classes and inheritance: __init__, instance and class attributes, method
# overriding, super() calls, __repr__ versus __str__, isinstance and
# issubclass, and a small class hierarchy of model clients.

class ModelClient:
    created = 0

    def __init__(self, name, cost_per_call):
        self.name = name
        self.cost_per_call = cost_per_call
        self.calls = 0
        ModelClient.created += 1

    def complete(self, prompt):
        self.calls += 1
        return f"{self.name} says: {self.answer(prompt)}"

    def answer(self, prompt):
        return prompt.upper()

    def bill(self):
        return self.calls * self.cost_per_call

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.cost_per_call})"

    def __str__(self):
        return f"<{self.name}: {self.calls} calls>"


class EchoClient(ModelClient):
    def answer(self, prompt):
        return prompt


class CachedClient(ModelClient):
    def __init__(self, name, cost_per_call):
        super().__init__(name, cost_per_call)
        self.cache = {}

    def complete(self, prompt):
        if prompt in self.cache:
            return self.cache[prompt] + " (cached)"
        reply = super().complete(prompt)
        self.cache[prompt] = reply
        return reply

    def __repr__(self):
        return super().__repr__() + f"+cache[{len(self.cache)}]"


clients = [ModelClient("base", 0.5), EchoClient("echo", 0.1), CachedClient("cached", 1.0)]
for client in clients:
    print(client.complete("hello there"))
print(clients[2].complete("hello there"))
for client in clients:
    print(repr(client), str(client), f"bill={client.bill():.2f}")
print(clients)
print("created:", ModelClient.created, clients[0].created)
print(isinstance(clients[2], ModelClient), isinstance(clients[1], CachedClient))
print(issubclass(CachedClient, ModelClient), issubclass(bool, int))
print(type(clients[1]).__name__, CachedClient.__mro__[1].__name__)
print(getattr(clients[0], "name"), hasattr(clients[0], "cache"), hasattr(clients[2], "cache"))
