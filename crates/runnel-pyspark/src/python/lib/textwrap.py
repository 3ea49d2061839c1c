# textwrap: dedent, indent, wrap, fill, shorten (CPython's rules for plain text: words
# split on whitespace, runs of whitespace collapse to one space).
def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)

def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)

def wrap(text, width=70, initial_indent='', subsequent_indent='', break_long_words=True):
    words = text.split()
    lines = []
    cur = initial_indent
    empty = True
    for w in words:
        ind = initial_indent if not lines else subsequent_indent
        if empty:
            cand = ind + w
        else:
            cand = cur + ' ' + w
        if len(cand) <= width or empty and not break_long_words:
            cur = cand
            empty = False
            continue
        if not empty:
            lines.append(cur)
            ind = subsequent_indent
            cur = ind + w
        else:
            cur = cand
        while break_long_words and len(cur) > width:
            lines.append(cur[:width])
            cur = subsequent_indent + cur[width:]
        empty = False
    if not empty:
        lines.append(cur)
    return lines

def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))

def shorten(text, width, placeholder=' [...]'):
    words = text.split()
    joined = ' '.join(words)
    if len(joined) <= width:
        return joined
    out = ''
    for w in words:
        cand = w if not out else out + ' ' + w
        if len(cand) + len(placeholder) > width:
            break
        out = cand
    return (out + placeholder).lstrip() if out else placeholder.lstrip()
