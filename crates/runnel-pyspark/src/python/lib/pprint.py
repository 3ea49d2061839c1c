# pprint: pprint, pformat, pp, saferepr and PrettyPrinter as CPython 3.11's Lib/pprint.py
# lays them out (dicts sorted by key unless sort_dicts=False, containers broken over lines
# past the width, long strings split at spaces).
import re
import sys


class _SafeKey:
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), repr(self.obj)) < (str(type(other.obj)), repr(other.obj))


def _safe_tuple(t):
    # A dict's keys differ, so its items sort by key alone.
    return _SafeKey(t[0])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        text = self.pformat(object) + '\n'
        if self._stream is not None:
            self._stream.write(text)
        else:
            print(text, end='')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, 0)
        return ''.join(out)

    def isreadable(self, object):
        return True

    def isrecursive(self, object):
        return False

    def _format(self, object, out, indent, allowance, level):
        rep = self._repr(object, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width and (self._depth is None or level < self._depth):
            if isinstance(object, dict) and not hasattr(object, 'most_common'):
                self._pprint_dict(object, out, indent, allowance, level + 1)
                return
            if isinstance(object, list):
                out.append('[')
                self._format_items(object, out, indent, allowance + 1, level + 1)
                out.append(']')
                return
            if isinstance(object, tuple) and type(object) is tuple:
                out.append('(')
                endchar = ',)' if len(object) == 1 else ')'
                self._format_items(object, out, indent, allowance + len(endchar), level + 1)
                out.append(endchar)
                return
            if isinstance(object, (set, frozenset)) and len(object):
                out.append('{')
                items = sorted(object, key=_SafeKey)
                self._format_items(items, out, indent, allowance + 1, level + 1)
                out.append('}')
                return
            if isinstance(object, str) and len(object):
                self._pprint_str(object, out, indent, allowance, level + 1)
                return
        out.append(rep)

    def _pprint_dict(self, object, out, indent, allowance, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if len(object):
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, out, indent, allowance + 1, level)
        out.append('}')

    def _format_dict_items(self, items, out, indent, allowance, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, level)
            out.append(rep)
            out.append(': ')
            self._format(ent, out, indent + len(rep) + 2, allowance if last else 1, level)
            if not last:
                out.append(delimnl)

    def _format_items(self, items, out, indent, allowance, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    out.append(delim)
                    delim = ', '
                    out.append(rep)
                    continue
            out.append(delim)
            delim = delimnl
            self._format(ent, out, indent, allowance if last else 1, level)

    def _pprint_str(self, object, out, indent, allowance, level):
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = re.findall(r'\S*\s*', line)
                if parts and not parts[-1]:
                    parts.pop()
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(rep)
        if level == 1:
            out.append(')')

    def _repr(self, object, level):
        return self._safe_repr(object, level)

    def _safe_repr(self, object, level):
        if isinstance(object, dict) and not hasattr(object, 'most_common') and type(object) is dict:
            if not object:
                return '{}'
            if self._depth is not None and level >= self._depth:
                return '{...}'
            items = list(object.items())
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return '{' + ', '.join(self._safe_repr(k, level + 1) + ': ' + self._safe_repr(v, level + 1)
                                   for k, v in items) + '}'
        if isinstance(object, list) or (isinstance(object, tuple) and type(object) is tuple):
            if not object:
                return repr(object)
            if self._depth is not None and level >= self._depth:
                return '[...]' if isinstance(object, list) else '(...)'
            inner = ', '.join(self._safe_repr(o, level + 1) for o in object)
            if isinstance(object, list):
                return '[' + inner + ']'
            if len(object) == 1:
                return '(' + inner + ',)'
            return '(' + inner + ')'
        if self._underscore_numbers and isinstance(object, int) and not isinstance(object, bool):
            return f'{object:_d}'
        return repr(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, 0)


def isreadable(object):
    return True


def isrecursive(object):
    return False
