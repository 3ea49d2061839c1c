# contextlib: suppress, nullcontext, closing and ExitStack as CPython's. contextmanager
# needs a generator that pauses at its yield while the with-block runs; the runner runs a
# generator function to its end when called, so it is refused with the way around it.


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and any(issubclass(exctype, e) for e in self._exceptions)


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return False


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
        return False


class ExitStack:
    def __init__(self):
        self._callbacks = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = cm.__enter__()
        self._callbacks.append(cm.__exit__)
        return result

    def callback(self, fn, *args, **kwargs):
        self._callbacks.append(lambda *exc: fn(*args, **kwargs))
        return fn

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc):
        suppressed = False
        while self._callbacks:
            cb = self._callbacks.pop()
            if cb(*exc):
                suppressed = True
        return suppressed


def contextmanager(func):
    raise NotImplementedError(
        "contextlib.contextmanager is not supported by Runnel's runner: it runs a generator "
        "function to its end when called, so the with-block cannot run at the yield; write a "
        "class with __enter__ and __exit__ instead"
    )
