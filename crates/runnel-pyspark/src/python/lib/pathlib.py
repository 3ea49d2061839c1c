# pathlib: PurePath/Path (POSIX) over os and os.path — joining with /, the parts of a
# path, and the file operations scripts use (exists, mkdir, iterdir, glob, read/write
# text, unlink), as CPython's Lib/pathlib.py.
import os
import re


def _norm(s):
    if not s:
        return '.'
    lead = '/' if s.startswith('/') else ''
    if s.startswith('//') and not s.startswith('///'):
        lead = '//'
    parts = [p for p in s.split('/') if p and p != '.']
    body = '/'.join(parts)
    if lead:
        return lead + body
    return body or '.'


def _join(parts):
    s = ''
    for p in parts:
        if isinstance(p, PurePath):
            p = p._path
        elif not isinstance(p, str):
            raise TypeError('argument should be a str or an os.PathLike object, not ' + repr(type(p).__name__))
        if p.startswith('/') or not s or s == '.':
            s = p
        elif p:
            s = s + '/' + p
    return _norm(s)


def _fnmatch(name, pattern):
    rx = ''
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            rx += '[^/]*'
        elif c == '?':
            rx += '[^/]'
        elif c == '[':
            j = pattern.find(']', i)
            if j < 0:
                rx += '\\['
            else:
                body = pattern[i:j]
                if body.startswith('!'):
                    body = '^' + body[1:]
                rx += '[' + body + ']'
                i = j + 1
        else:
            rx += re.escape(c)
    return re.fullmatch(rx, name) is not None


class PurePath:
    def __init__(self, *args):
        self._path = _join(args) if args else '.'

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self._path) + ')'

    def __eq__(self, other):
        return isinstance(other, PurePath) and self._path == other._path

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __hash__(self):
        return hash(self._path)

    def __truediv__(self, other):
        return self._make(self._path, other)

    def __rtruediv__(self, other):
        return self._make(other, self._path)

    def _make(self, *parts):
        return type(self)(*parts)

    def as_posix(self):
        return self._path

    @property
    def parts(self):
        if self._path == '.':
            return ()
        if self._path.startswith('/'):
            return tuple(['/'] + [p for p in self._path.split('/') if p])
        return tuple(self._path.split('/'))

    @property
    def anchor(self):
        return '/' if self._path.startswith('/') else ''

    @property
    def root(self):
        return self.anchor

    @property
    def drive(self):
        return ''

    @property
    def name(self):
        if self._path in ('.', '/'):
            return ''
        return self._path.rsplit('/', 1)[-1]

    @property
    def suffix(self):
        n = self.name
        i = n.rfind('.')
        if 0 < i < len(n) - 1:
            return n[i:]
        return ''

    @property
    def suffixes(self):
        n = self.name
        if n.endswith('.'):
            return []
        n = n.lstrip('.')
        return ['.' + s for s in n.split('.')[1:]]

    @property
    def stem(self):
        n = self.name
        i = n.rfind('.')
        if 0 < i < len(n) - 1:
            return n[:i]
        return n

    @property
    def parent(self):
        p = self._path
        if p in ('.', '/'):
            return self
        if '/' not in p:
            return self._make('.')
        head = p.rsplit('/', 1)[0]
        return self._make(head if head else '/')

    @property
    def parents(self):
        out = []
        p = self.parent
        prev = self
        while p != prev:
            out.append(p)
            prev = p
            p = p.parent
        return tuple(out)

    def is_absolute(self):
        return self._path.startswith('/')

    def joinpath(self, *others):
        return self._make(self._path, *others)

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + ' has an empty name')
        return self.parent / name

    def with_suffix(self, suffix):
        if suffix and not suffix.startswith('.'):
            raise ValueError('Invalid suffix ' + repr(suffix))
        return self.with_name(self.stem + suffix)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def relative_to(self, other):
        o = other._path if isinstance(other, PurePath) else _norm(str(other))
        if self._path == o:
            return self._make('.')
        prefix = o if o.endswith('/') else o + '/'
        if o == '.' and not self.is_absolute():
            return self._make(self._path)
        if not self._path.startswith(prefix):
            raise ValueError(repr(self._path) + ' is not in the subpath of ' + repr(o))
        return self._make(self._path[len(prefix):])

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pp = [p for p in pattern.split('/') if p]
        mine = [p for p in self._path.split('/') if p]
        if pattern.startswith('/'):
            if not self.is_absolute() or len(pp) != len(mine):
                return False
        elif len(pp) > len(mine):
            return False
        for a, b in zip(reversed(mine), reversed(pp)):
            if not _fnmatch(a, b):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __repr__(self):
        return 'PosixPath(' + repr(self._path) + ')'

    def _make(self, *parts):
        return Path(*parts)

    @classmethod
    def cwd(cls):
        return Path(os.getcwd())

    @classmethod
    def home(cls):
        return Path(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return Path(os.getcwd(), self._path)

    def resolve(self, strict=False):
        return Path(os.path.abspath(self._path))

    def expanduser(self):
        return Path(os.path.expanduser(self._path))

    def exists(self):
        return os.path.exists(self._path)

    def is_dir(self):
        return os.path.isdir(self._path)

    def is_file(self):
        return os.path.isfile(self._path)

    def mkdir(self, mode=511, parents=False, exist_ok=False):
        if self.exists():
            if exist_ok and self.is_dir():
                return
            raise FileExistsError("[Errno 17] File exists: '" + self._path + "'")
        if not parents and not self.parent.exists():
            raise FileNotFoundError("[Errno 2] No such file or directory: '" + self._path + "'")
        os.makedirs(self._path, exist_ok=True)

    def iterdir(self):
        return iter([self / n for n in sorted(os.listdir(self._path))])

    def glob(self, pattern):
        return iter(sorted(self._glob(pattern.split('/'))))

    def rglob(self, pattern):
        return iter(sorted(self._glob(['**'] + pattern.split('/'))))

    def _glob(self, parts):
        if not parts:
            return [self]
        first, rest = parts[0], parts[1:]
        out = []
        if first == '**':
            for d in self._walk_dirs():
                out.extend(d._glob(rest))
            return out
        if not self.is_dir():
            return out
        for n in sorted(os.listdir(self._path)):
            if n.startswith('.') and not first.startswith('.'):
                continue
            if _fnmatch(n, first):
                p = self / n
                if rest:
                    if p.is_dir():
                        out.extend(p._glob(rest))
                else:
                    out.append(p)
        return out

    def _walk_dirs(self):
        out = [self]
        if self.is_dir():
            for n in sorted(os.listdir(self._path)):
                p = self / n
                if p.is_dir() and not n.startswith('.'):
                    out.extend(p._walk_dirs())
        return out

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._path, mode)

    def read_text(self, encoding=None, errors=None):
        with open(self._path) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        with open(self._path, 'w') as f:
            f.write(data)
        return len(data)

    def touch(self, mode=438, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError("[Errno 17] File exists: '" + self._path + "'")
            return
        with open(self._path, 'a') as f:
            pass

    def unlink(self, missing_ok=False):
        try:
            os.remove(self._path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self._path)

    def rename(self, target):
        os.rename(self._path, str(target))
        return Path(str(target))

    def replace(self, target):
        os.replace(self._path, str(target))
        return Path(str(target))


PosixPath = Path
