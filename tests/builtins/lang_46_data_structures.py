# Classic data structures as classes: linked list, BST, queue, graph search, LRU by hand.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) if False else repr(list(self))

ll = LinkedList()
for v in range(5):
    ll.push_front(v)
print(ll, len(ll))
ll.reverse()
print(ll, 3 in ll, 9 in ll)

class BST:
    def __init__(self):
        self.root = None
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def insert(self, key):
        def _insert(node, key):
            if node is None:
                return BST._Node(key)
            if key < node.key:
                node.left = _insert(node.left, key)
            elif key > node.key:
                node.right = _insert(node.right, key)
            return node
        self.root = _insert(self.root, key)
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))
    def height(self, node="start"):
        if node == "start":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    tree.insert(k)
print(tree.inorder(), tree.height())

class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in[-1])
                del self._in[-1]
        if not self._out:
            raise IndexError("get from empty queue")
        x = self._out[-1]
        del self._out[-1]
        return x
    def __len__(self):
        return len(self._in) + len(self._out)

q = Queue()
for i in range(3):
    q.put(i)
print(q.get(), len(q))
q.put(3)
print([q.get() for _ in range(3)], len(q))
try:
    q.get()
except IndexError as e:
    print("IndexError:", e)

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier[0]
        frontier = frontier[1:]
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(bfs("A", "F"), dfs("A"), bfs("F", "A"))

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
    def get(self, key):
        if key not in self.data:
            return -1
        value = self.data[key]
        del self.data[key]
        self.data[key] = value
        return value
    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

cache = LRU(2)
cache.put(1, "one"); cache.put(2, "two")
print(cache.get(1))
cache.put(3, "three")
print(cache.get(2), cache.get(3), list(cache.data))

# Min-heap by hand
class MinHeap:
    def __init__(self):
        self.a = []
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0 and a[(i - 1) // 2] > a[i]:
            p = (i - 1) // 2
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        a[0] = a[-1]
        del a[-1]
        i = 0
        while True:
            l, r, s = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[s]:
                s = l
            if r < len(a) and a[r] < a[s]:
                s = r
            if s == i:
                return top
            a[s], a[i] = a[i], a[s]
            i = s
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, (0, "tuple")[0]]:
    h.push(x)
print([h.pop() for _ in range(7)])
