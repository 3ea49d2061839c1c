# csv: reader, writer, DictReader, DictWriter and the QUOTE_* constants with the excel
# dialect's rules (and excel-tab), as CPython's Modules/_csv.c reads and writes them.

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


class _Params:
    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                     'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            setattr(self, name, kw.pop(name) if name in kw else getattr(dialect, name))
        if kw:
            raise TypeError("'" + list(kw)[0] + "' is an invalid keyword argument for this function")
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _writer:
    def __init__(self, f, dialect, kw):
        self._f = f
        self.dialect = _Params(dialect, kw)

    def _field(self, v, only):
        d = self.dialect
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not numeric
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (s == '' and only) or any(
                c in s for c in (d.delimiter, d.quotechar or '', '\r', '\n')
                if c) or (s[:1] == ' ' and d.skipinitialspace)
        out = ''
        for c in s:
            if c == d.quotechar and d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    out += c + c
                    continue
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out += d.escapechar + c
                continue
            if (c == d.escapechar) or (d.quoting == QUOTE_NONE and (c == d.delimiter or c in '\r\n' or c == d.quotechar)):
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out += d.escapechar + c
                continue
            out += c
        if quote:
            return d.quotechar + out + d.quotechar
        return out

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not ' + type(row).__name__) from None
        line = self.dialect.delimiter.join(self._field(v, len(fields) == 1) for v in fields)
        return self._f.write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _writer(csvfile, dialect, fmtparams)


class _reader:
    def __init__(self, lines, dialect, kw):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = ''
        state = 'start'
        quoted = False
        while True:
            line = next(self._lines, None)
            if line is None:
                if state == 'quoted' or state == 'quoted_escape':
                    if d.strict:
                        raise Error('unexpected end of data')
                    fields.append(field)
                    return fields
                if state == 'start' and not fields:
                    raise StopIteration
                fields.append(self._value(field, quoted))
                return fields
            if not isinstance(line, str):
                raise Error('iterator should return strings, not ' + type(line).__name__ + ' (the file should be opened in text mode)')
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                i += 1
                if state == 'start' or state == 'field_start':
                    if c in '\r\n':
                        # An empty line is a record of no fields.
                        if state == 'start' and not fields:
                            return []
                        fields.append(self._value(field, quoted))
                        return fields
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted = True
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        state = 'field_start'
                    elif c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted, state = '', False, 'field_start'
                    else:
                        field += c
                        state = 'field'
                elif state == 'escape':
                    field += c
                    state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        fields.append(self._value(field, quoted))
                        return fields
                    if c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted, state = '', False, 'field_start'
                    else:
                        field += c
                elif state == 'quoted':
                    if c == d.escapechar:
                        state = 'quoted_escape'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'after_quote'
                    else:
                        field += c
                elif state == 'quoted_escape':
                    field += c
                    state = 'quoted'
                elif state == 'quote_in_quoted' or state == 'after_quote':
                    if c == d.quotechar and state == 'quote_in_quoted':
                        field += c
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._value(field, quoted))
                        field, quoted, state = '', False, 'field_start'
                    elif c in '\r\n':
                        fields.append(self._value(field, quoted))
                        return fields
                    elif d.strict:
                        raise Error("'" + d.delimiter + "' expected after '" + d.quotechar + "'")
                    else:
                        field += c
                        state = 'field'
            if state in ('field', 'field_start', 'quote_in_quoted', 'after_quote', 'escape'):
                if state == 'escape':
                    field += '\n'
                    state = 'field'
                    continue
                fields.append(self._value(field, quoted))
                return fields
            if state == 'start' and not fields:
                return []

    def _value(self, field, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            if field == '':
                return field
            return float(field)
        return field


def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', **kw):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **kw)
        self.dialect = dialect
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', **kw):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (" + extrasaction + ") must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **kw)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for r in rowdicts:
            self.writerow(r)
