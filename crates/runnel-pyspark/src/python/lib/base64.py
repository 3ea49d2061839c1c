# base64: b64encode/b64decode (with altchars and validate), standard_ and urlsafe_ forms,
# b16encode/b16decode, as CPython's Lib/base64.py (errors as binascii.Error, a ValueError).

_STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


class Error(ValueError):
    pass


def _bytes_like(s, what='a bytes-like object'):
    if isinstance(s, str):
        raise TypeError(what + " is required, not 'str'")
    return bytes(s)


def _from_ascii(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeError:
            raise ValueError('string argument should contain only ASCII characters')
    return bytes(s)


def b64encode(s, altchars=None):
    data = _bytes_like(s)
    table = _STD
    if altchars is not None:
        alt = _bytes_like(altchars).decode()
        table = table[:62] + alt[0] + alt[1]
    out = []
    for i in range(0, len(data), 3):
        n = len(data) - i
        a = data[i]
        b = data[i + 1] if n > 1 else 0
        c = data[i + 2] if n > 2 else 0
        v = (a << 16) | (b << 8) | c
        out.append(table[(v >> 18) & 63])
        out.append(table[(v >> 12) & 63])
        out.append(table[(v >> 6) & 63] if n > 1 else '=')
        out.append(table[v & 63] if n > 2 else '=')
    return ''.join(out).encode('ascii')


def b64decode(s, altchars=None, validate=False):
    text = _from_ascii(s).decode('ascii')
    if altchars is not None:
        alt = _from_ascii(altchars).decode('ascii')
        text = text.replace(alt[0], '+').replace(alt[1], '/')
    values = []
    pad = 0
    for ch in text:
        if ch == '=':
            pad += 1
            continue
        k = _STD.find(ch)
        if k < 0 or pad:
            if validate:
                raise Error('Non-base64 digit found' if k < 0 else 'Excess data after padding')
            if k < 0:
                continue
            if pad:
                # Data after padding ends the quantum (as binascii in non-strict mode).
                pad = 0
        values.append(k)
    if len(values) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (' + str(len(values)) +
                    ') cannot be 1 more than a multiple of 4')
    if len(values) % 4 and len(values) % 4 + pad < 4 and (validate or pad < (4 - len(values) % 4)):
        raise Error('Incorrect padding')
    out = []
    for i in range(0, len(values), 4):
        q = values[i:i + 4]
        v = 0
        for j in range(4):
            v = (v << 6) | (q[j] if j < len(q) else 0)
        out.append((v >> 16) & 255)
        if len(q) > 2:
            out.append((v >> 8) & 255)
        if len(q) > 3:
            out.append(v & 255)
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def b16encode(s):
    return _bytes_like(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    text = _from_ascii(s).decode('ascii')
    if casefold:
        text = text.upper()
    for ch in text:
        if ch not in '0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    if len(text) % 2:
        raise Error('Odd-length string')
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))
