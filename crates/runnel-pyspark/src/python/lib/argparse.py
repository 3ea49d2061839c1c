# argparse: the common part of CPython's Lib/argparse.py — positional and optional
# arguments (`-x`, `--name`, `--name=value`, `-xVALUE`), type, default, required, choices,
# nargs (None, '?', '*', '+', N), const, dest, metavar, help, the actions store,
# store_const, store_true, store_false, append, append_const, count, version, help;
# `-h`/`--help`; errors on stderr with the usage and exit status 2, as CPython's.
import sys
import os

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'


class ArgumentError(Exception):
    pass


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for k in kwargs:
            setattr(self, k, kwargs[k])

    def __repr__(self):
        parts = []
        for k in self.__dict__:
            parts.append(k + '=' + repr(self.__dict__[k]))
        return 'Namespace(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        return isinstance(other, Namespace) and vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class _Action:
    def __init__(self, strings, dest, action, nargs, const, default, type, choices,
                 required, help, metavar, version):
        self.option_strings = strings
        self.dest = dest
        self.action = action
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.version = version

    def takes_value(self):
        return self.action in ('store', 'append')

    def name(self):
        if self.option_strings:
            return '/'.join(self.option_strings)
        if self.metavar is not None:
            return self.metavar
        return self.dest

    def metavar_text(self):
        if self.metavar is not None:
            return self.metavar
        if self.choices is not None:
            return '{' + ','.join([str(c) for c in self.choices]) + '}'
        if self.option_strings:
            return self.dest.upper()
        return self.dest

    def args_text(self):
        m = self.metavar_text()
        n = self.nargs
        if n is None:
            return m
        if n == '?':
            return '[' + m + ']'
        if n == '*':
            return '[' + m + ' ...]'
        if n == '+':
            return m + ' [' + m + ' ...]'
        return ' '.join([m] * n)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=None, formatter_class=None, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else 'python'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help',
                              help='show this help message and exit')
        for p in parents or []:
            for a in p._actions:
                if a.action != 'help':
                    self._actions.append(a)

    def add_argument(self, *names, action='store', nargs=None, const=None, default=None,
                     type=None, choices=None, required=None, help=None, metavar=None,
                     dest=None, version=None):
        if not names:
            raise ValueError('add_argument() needs a name or flags')
        strings = [n for n in names if n.startswith('-')]
        if strings and len(strings) != len(names):
            raise ValueError('invalid option string ' + repr(names[0]) + ': must start with a character \'-\'')
        if dest is None:
            if strings:
                longs = [s for s in strings if s.startswith('--')]
                dest = (longs[0] if longs else strings[0]).lstrip('-').replace('-', '_')
            else:
                dest = names[0]
        if action == 'store_true':
            const, default = True, False if default is None else default
        elif action == 'store_false':
            const, default = False, True if default is None else default
        elif action == 'count' and default is None:
            default = None
        if default is None and self.argument_default is not None:
            default = self.argument_default
        if action in ('store_true', 'store_false', 'store_const', 'append_const', 'count',
                      'help', 'version'):
            nargs = 0
        if required is None:
            required = not strings and nargs not in ('?', '*')
        if not strings and nargs == '*' and default is None:
            default = []
        a = _Action(strings, dest, action, nargs, const, default, type, choices,
                    required, help, metavar, version)
        self._actions.append(a)
        return a

    def set_defaults(self, **kwargs):
        for k in kwargs:
            self._defaults[k] = kwargs[k]
            for a in self._actions:
                if a.dest == k:
                    a.default = kwargs[k]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    def add_argument_group(self, title=None, description=None):
        return self

    def add_mutually_exclusive_group(self, required=False):
        return self

    # --- messages

    def format_usage(self):
        if self.usage is not None:
            return 'usage: ' + self.usage.replace('%(prog)s', self.prog) + '\n'
        opts = []
        for a in self._actions:
            if a.help == SUPPRESS:
                continue
            if a.option_strings:
                s = a.option_strings[0]
                if a.nargs != 0:
                    s = s + ' ' + a.args_text()
                opts.append(s if a.required else '[' + s + ']')
        pos = []
        for a in self._actions:
            if not a.option_strings and a.help != SUPPRESS:
                pos.append(a.args_text())
        prefix = 'usage: '
        usage = ' '.join([self.prog] + opts + pos)
        width = _text_width()
        if len(prefix) + len(usage) <= width:
            return prefix + usage + '\n'
        # Too long: options and positionals wrapped on lines of their own, as CPython's.
        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opts:
                lines = _lines([self.prog] + opts, indent, width, prefix)
                lines.extend(_lines(pos, indent, width))
            elif pos:
                lines = _lines([self.prog] + pos, indent, width, prefix)
            else:
                lines = [self.prog]
        else:
            indent = ' ' * len(prefix)
            lines = _lines(opts + pos, indent, width)
            lines = [self.prog] + lines
        return prefix + '\n'.join(lines) + '\n'

    def _invocation(self, a):
        if not a.option_strings:
            return a.metavar_text()
        if a.nargs == 0:
            return ', '.join(a.option_strings)
        return ', '.join([s + ' ' + a.args_text() for s in a.option_strings])

    def format_help(self):
        out = self.format_usage()
        if self.description:
            out += '\n' + self.description + '\n'
        positionals = [a for a in self._actions if not a.option_strings and a.help != SUPPRESS]
        optionals = [a for a in self._actions if a.option_strings and a.help != SUPPRESS]
        width = 0
        for a in positionals + optionals:
            width = max(width, len(self._invocation(a)))
        col = min(width + 4, 24)
        for title, group in (('positional arguments', positionals), ('options', optionals)):
            if not group:
                continue
            out += '\n' + title + ':\n'
            for a in group:
                inv = '  ' + self._invocation(a)
                text = a.help or ''
                if a.default is not None and '%(default)s' in text:
                    text = text.replace('%(default)s', str(a.default))
                text = text.replace('%(prog)s', self.prog)
                if not text:
                    out += inv + '\n'
                elif len(inv) + 2 <= col:
                    out += inv + ' ' * (col - len(inv)) + text + '\n'
                else:
                    out += inv + '\n' + ' ' * col + text + '\n'
        if self.epilog:
            out += '\n' + self.epilog + '\n'
        return out

    def print_usage(self, file=None):
        print(self.format_usage(), end='', file=file if file is not None else sys.stdout)

    def print_help(self, file=None):
        print(self.format_help(), end='', file=file if file is not None else sys.stdout)

    def exit(self, status=0, message=None):
        if message:
            print(message, end='', file=sys.stderr)
        sys.exit(status)

    def error(self, message):
        print(self.format_usage(), end='', file=sys.stderr)
        self.exit(2, self.prog + ': error: ' + message + '\n')

    # --- parsing

    def _convert(self, a, text):
        if a.type is None:
            v = text
        else:
            try:
                v = a.type(text)
            except ArgumentTypeError as e:
                self.error('argument ' + a.name() + ': ' + str(e))
            except (TypeError, ValueError):
                tname = getattr(a.type, '__name__', repr(a.type))
                self.error('argument ' + a.name() + ': invalid ' + tname + ' value: ' + repr(text))
        if a.choices is not None and v not in a.choices:
            choices = ', '.join([repr(c) for c in a.choices])
            self.error('argument ' + a.name() + ': invalid choice: ' + repr(v) + ' (choose from ' + choices + ')')
        return v

    def _find(self, s):
        for a in self._actions:
            if s in a.option_strings:
                return a
        # A unique prefix of a long option.
        if s.startswith('--'):
            hits = [a for a in self._actions for o in a.option_strings
                    if o.startswith('--') and o.startswith(s)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                opts = ', '.join([o for a in hits for o in a.option_strings if o.startswith(s)])
                self.error('ambiguous option: ' + s + ' could match ' + opts)
        return None

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.action in ('help', 'version'):
                continue
            if not hasattr(ns, a.dest):
                d = a.default
                if isinstance(d, str) and a.type is not None and a.option_strings:
                    d = self._convert(a, d)
                setattr(ns, a.dest, d)
        for k in self._defaults:
            if not hasattr(ns, k):
                setattr(ns, k, self._defaults[k])
        seen = []
        positionals = []
        extras = []
        i = 0
        only_positional = False
        while i < len(args):
            s = args[i]
            i += 1
            if only_positional or s == '-' or not s.startswith('-') or self._negative(s):
                positionals.append(s)
                continue
            if s == '--':
                only_positional = True
                continue
            value = None
            a = None
            if '=' in s:
                name, value = s.split('=', 1)
                a = self._find(name)
            if a is None:
                value = None
                a = self._find(s)
            if a is None and not s.startswith('--') and len(s) > 2:
                a = self._find(s[:2])
                if a is not None:
                    value = s[2:]
            if a is None:
                extras.append(s)
                continue
            seen.append(a)
            if a.action == 'help':
                self.print_help()
                sys.exit(0)
            if a.action == 'version':
                print((a.version or '').replace('%(prog)s', self.prog))
                sys.exit(0)
            if a.nargs == 0:
                if value is not None:
                    self.error('argument ' + a.name() + ': ignored explicit argument ' + repr(value))
                if a.action == 'count':
                    setattr(ns, a.dest, (getattr(ns, a.dest) or 0) + 1)
                elif a.action == 'append_const':
                    cur = getattr(ns, a.dest)
                    setattr(ns, a.dest, (list(cur) if cur else []) + [a.const])
                else:
                    setattr(ns, a.dest, a.const)
                continue
            values = []
            if value is not None:
                values.append(value)
            want = a.nargs
            if want is None or want == '?':
                if not values and i < len(args) and not self._is_option(args[i]):
                    values.append(args[i])
                    i += 1
            elif want in ('*', '+'):
                while i < len(args) and not self._is_option(args[i]):
                    values.append(args[i])
                    i += 1
            else:
                while len(values) < want and i < len(args) and not self._is_option(args[i]):
                    values.append(args[i])
                    i += 1
            if want is None and not values:
                self.error('argument ' + a.name() + ': expected one argument')
            if want == '+' and not values:
                self.error('argument ' + a.name() + ': expected at least one argument')
            if isinstance(want, int) and len(values) != want:
                self.error('argument ' + a.name() + ': expected ' + str(want) + ' arguments')
            conv = [self._convert(a, v) for v in values]
            if want is None:
                v = conv[0]
            elif want == '?':
                v = conv[0] if conv else a.const
            else:
                v = conv
            if a.action == 'append':
                cur = getattr(ns, a.dest)
                setattr(ns, a.dest, (list(cur) if cur else []) + [v])
            elif a.action == 'store_const':
                setattr(ns, a.dest, a.const)
            else:
                setattr(ns, a.dest, v)
        # Positionals, in order: each takes what its nargs asks, leaving enough for the rest.
        pos = [a for a in self._actions if not a.option_strings]
        k = 0
        for idx in range(len(pos)):
            a = pos[idx]
            left = len(positionals) - k
            need_after = 0
            for b in pos[idx + 1:]:
                if b.nargs is None:
                    need_after += 1
                elif b.nargs == '+':
                    need_after += 1
                elif isinstance(b.nargs, int):
                    need_after += b.nargs
            want = a.nargs
            if want is None:
                if left < 1:
                    continue
                setattr(ns, a.dest, self._convert(a, positionals[k]))
                seen.append(a)
                k += 1
            elif want == '?':
                if left - need_after >= 1:
                    setattr(ns, a.dest, self._convert(a, positionals[k]))
                    k += 1
                elif a.const is not None or a.default is None:
                    setattr(ns, a.dest, a.default if a.default is not None else a.const)
                seen.append(a)
            elif want in ('*', '+'):
                take = max(left - need_after, 0)
                if want == '+' and take < 1:
                    continue
                setattr(ns, a.dest, [self._convert(a, v) for v in positionals[k:k + take]])
                seen.append(a)
                k += take
            else:
                if left < want:
                    continue
                setattr(ns, a.dest, [self._convert(a, v) for v in positionals[k:k + want]])
                seen.append(a)
                k += want
        extras = extras + positionals[k:]
        missing = [a.name() for a in self._actions if a.required and a not in seen]
        if missing:
            self.error('the following arguments are required: ' + ', '.join(missing))
        return ns, extras

    def _is_option(self, s):
        return s.startswith('-') and s != '-' and not self._negative(s)

    def _negative(self, s):
        if len(s) < 2 or s[0] != '-':
            return False
        body = s[1:]
        try:
            float(body)
        except ValueError:
            return False
        for a in self._actions:
            for o in a.option_strings:
                if o[1:2].isdigit():
                    return False
        return True


def _text_width():
    try:
        columns = int(os.environ.get('COLUMNS', '80'))
    except ValueError:
        columns = 80
    return columns - 2


def _lines(parts, indent, width, prefix=None):
    lines = []
    line = []
    line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if line_len + 1 + len(part) > width and line:
            lines.append(indent + ' '.join(line))
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None:
        lines[0] = lines[0][len(indent):]
    return lines


class HelpFormatter:
    pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(HelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self.mode = mode

    def __call__(self, path):
        return open(path, self.mode)
