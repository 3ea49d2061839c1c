# fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) as CPython's Lib/fnmatch.py
# translates them into regular expressions.
import re


def _normcase(s):
    # POSIX: names compare as they are.
    return s


def translate(pat):
    i, n = 0, len(pat)
    res = ''
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if not res.endswith('.*'):
                res = res + '.*'
        elif c == '?':
            res = res + '.'
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res = res + '\\['
            else:
                stuff = pat[i:j].replace('\\', '\\\\').replace('[', '\\[')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res = res + '[' + stuff + ']'
        else:
            res = res + re.escape(c)
    return '(?s:' + res + ')\\Z'


def fnmatchcase(name, pat):
    return re.match(translate(pat), name) is not None


def fnmatch(name, pat):
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    rx = re.compile(translate(_normcase(pat)))
    return [n for n in names if rx.match(_normcase(n))]
