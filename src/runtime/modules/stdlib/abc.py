# `abc`: ABCMeta records a class's abstract methods in `__abstractmethods__` (the VM refuses
# to instantiate a class whose set is not empty, with CPython's message), and `register`
# makes other classes virtual subclasses for isinstance/issubclass.


def abstractmethod(function):
    function.__isabstractmethod__ = True
    return function


_token = [0]  # bumped by each register(): cached answers may change


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_cache, cls._abc_version = {}, _token[0]
        # The VM does not track `__subclasses__()`: each ABC lists its own.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        # Cached per class, as CPython's: walking the hooks and subclasses is slow.
        if cls._abc_version != _token[0]:
            cls._abc_cache, cls._abc_version = {}, _token[0]
        answer = cls._abc_cache.get(subclass)
        if answer is None:
            answer = cls._abc_cache[subclass] = cls._abc_check(subclass)
        return answer

    def _abc_check(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        if "__subclasshook__" in cls.__dict__:
            answer = cls.__subclasshook__(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        return any(issubclass(subclass, sub) for sub in cls._abc_subclasses)


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return _token[0]


def update_abstractmethods(cls):
    abstracts = set()
    for key in dir(cls):
        if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
