# glob: glob, iglob, escape and has_magic as CPython's Lib/glob.py (recursive ** included,
# hidden files skipped unless the pattern starts with a dot), over os.listdir.
import fnmatch
import os
import re

_magic_check = re.compile(r'([*?\[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def escape(pathname):
    drive, pathname = '', pathname
    return drive + _magic_check.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _listdir(dirname, root_dir, dironly):
    path = _join(root_dir, dirname) or '.'
    try:
        names = os.listdir(path)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(path, n))]
    return names


def _ishidden(name):
    return name[0] == '.'


def _lexists(p, root_dir):
    return os.path.exists(_join(root_dir, p))


def _isdir(p, root_dir):
    return os.path.isdir(_join(root_dir, p))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if recursive and pathname[:2] == '**' and not pathname[2:3].strip('/'):
        it = [x for x in it if x]
    return iter(list(it))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        else:
            if _isdir(dirname, root_dir):
                yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == '**':
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, None, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(os.path.join(dirname, basename), None):
            return [basename]
    else:
        if _isdir(dirname, None):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, None, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)
