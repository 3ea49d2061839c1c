# abc: ABC as a plain base class and abstractmethod as the function itself (a class with
# abstract methods left is not refused when instantiated, as CPython does).
class ABC:
    pass

class ABCMeta:
    pass

def abstractmethod(f):
    return f
