# logging: loggers by name under a root logger, levels, basicConfig, handlers that write
# to stderr (or a stream or file given), and the format's %(name)s fields, as CPython's
# Lib/logging (the common part: no filters, no config files, no logger hierarchy beyond
# the root).
import sys
import time
import datetime
import traceback

CRITICAL = 50
FATAL = 50
ERROR = 40
WARNING = 30
WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_names = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
_levels = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30,
           'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'


def getLevelName(level):
    if level in _names:
        return _names[level]
    if level in _levels:
        return _levels[level]
    return 'Level %s' % level


def _level(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str) and level in _levels:
        return _levels[level]
    raise ValueError('Unknown level: %r' % level)


class LogRecord:
    def __init__(self, name, level, msg, args, exc_text=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        self.args = args
        self.created = time.time()
        self.msecs = int(self.created * 1000) % 1000
        self.exc_text = exc_text
        self.filename = ''
        self.lineno = 0
        self.funcName = ''
        self.module = ''
        self.process = 0
        self.thread = 0
        self.threadName = 'MainThread'

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._fmt = fmt if fmt is not None else '%(message)s'
        self.datefmt = datefmt
        self.style = style

    def formatTime(self, record, datefmt=None):
        t = datetime.datetime.now()
        if datefmt:
            return t.strftime(datefmt)
        return t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % record.msecs

    def format(self, record):
        record.message = record.getMessage()
        fields = {
            'name': record.name,
            'levelno': record.levelno,
            'levelname': record.levelname,
            'message': record.message,
            'filename': record.filename,
            'lineno': record.lineno,
            'funcName': record.funcName,
            'module': record.module,
            'process': record.process,
            'thread': record.thread,
            'threadName': record.threadName,
            'created': record.created,
            'msecs': record.msecs,
        }
        if '%(asctime)' in self._fmt or '{asctime' in self._fmt:
            fields['asctime'] = self.formatTime(record, self.datefmt)
        if self.style == '{':
            s = self._fmt.format(**fields)
        else:
            s = self._fmt % fields
        if record.exc_text:
            s = s + '\n' + record.exc_text.rstrip('\n')
        return s


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _level(level)
        self.formatter = None

    def setLevel(self, level):
        self.level = _level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        f = self.formatter if self.formatter is not None else Formatter()
        return f.format(record)

    def handle(self, record):
        if record.levelno >= self.level:
            self.emit(record)

    def emit(self, record):
        pass

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream

    def emit(self, record):
        text = self.format(record)
        if self.stream is None:
            print(text, file=sys.stderr)
        else:
            self.stream.write(text + '\n')


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False):
        StreamHandler.__init__(self, open(filename, mode))
        self.baseFilename = filename

    def close(self):
        self.stream.close()


class NullHandler(Handler):
    pass


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _level(level)
        self.handlers = []
        self.propagate = True
        self.disabled = False
        self.parent = None

    def setLevel(self, level):
        self.level = _level(level)

    def getEffectiveLevel(self):
        if self.level != NOTSET or self.parent is None:
            return self.level
        return self.parent.getEffectiveLevel()

    def isEnabledFor(self, level):
        return not self.disabled and level >= self.getEffectiveLevel()

    def addHandler(self, h):
        if h not in self.handlers:
            self.handlers.append(h)

    def removeHandler(self, h):
        if h in self.handlers:
            self.handlers.remove(h)

    def hasHandlers(self):
        return bool(self.handlers) or (self.propagate and self.parent is not None and self.parent.hasHandlers())

    def getChild(self, suffix):
        return getLogger(self.name + '.' + suffix if self.name != 'root' else suffix)

    def log(self, level, msg, *args, exc_info=None, **kwargs):
        if not self.isEnabledFor(level):
            return
        exc_text = None
        if exc_info:
            exc_text = traceback.format_exc()
        record = LogRecord(self.name, level, msg, args, exc_text)
        logger = self
        handled = False
        while logger is not None:
            for h in logger.handlers:
                handled = True
                h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if not handled and level >= WARNING:
            # Python's last resort: the message alone, on stderr.
            print(record.getMessage(), file=sys.stderr)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical

    def __repr__(self):
        return '<Logger %s (%s)>' % (self.name, getLevelName(self.getEffectiveLevel()))


root = Logger('root', WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == 'root':
        return root
    if name not in _loggers:
        lg = Logger(name)
        lg.parent = root
        _loggers[name] = lg
    return _loggers[name]


def basicConfig(**kwargs):
    force = kwargs.get('force', False)
    if force:
        root.handlers = []
    if root.handlers:
        return
    if 'filename' in kwargs:
        h = FileHandler(kwargs['filename'], kwargs.get('filemode', 'a'))
    elif 'handlers' in kwargs:
        h = None
        for hh in kwargs['handlers']:
            if hh.formatter is None:
                hh.setFormatter(Formatter(kwargs.get('format', BASIC_FORMAT), kwargs.get('datefmt'), kwargs.get('style', '%')))
            root.addHandler(hh)
    else:
        h = StreamHandler(kwargs.get('stream'))
    if h is not None:
        h.setFormatter(Formatter(kwargs.get('format', BASIC_FORMAT), kwargs.get('datefmt'), kwargs.get('style', '%')))
        root.addHandler(h)
    if 'level' in kwargs:
        root.setLevel(kwargs['level'])


def _root_log(level, msg, args, kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_log(DEBUG, msg, args, kwargs)


def info(msg, *args, **kwargs):
    _root_log(INFO, msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _root_log(WARNING, msg, args, kwargs)


def warn(msg, *args, **kwargs):
    _root_log(WARNING, msg, args, kwargs)


def error(msg, *args, **kwargs):
    _root_log(ERROR, msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _root_log(ERROR, msg, args, dict(kwargs, exc_info=exc_info))


def critical(msg, *args, **kwargs):
    _root_log(CRITICAL, msg, args, kwargs)


def log(level, msg, *args, **kwargs):
    _root_log(level, msg, args, kwargs)


def disable(level=CRITICAL):
    pass


def shutdown():
    pass
