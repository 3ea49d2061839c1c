//! The Python that PySpark scripts use beyond expressions: classes, exceptions,
//! `with`, `*args`/`**kwargs`, `global`, `del`, `assert` and the standard modules.
//! Each script's expected output is what CPython 3.11 prints for it.

use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_core::io::file::MemoryFileSystem;
use runnel_pyspark::{Interpreter, RunAvailable};

/// Runs a script over in-memory files; what it printed, then its error if any.
fn run_with(script: &str, files: &[(&str, &str)]) -> (String, Rc<MemoryFileSystem>) {
    let fs = Rc::new(MemoryFileSystem::new());
    for (p, d) in files {
        fs.put(p, d.as_bytes().to_vec());
    }
    let session = SparkSession::new();
    session.set_file_system(fs.clone());
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    let r = it.run(script, "job.py");
    let mut text = out.borrow().clone();
    if let Err(e) = r {
        text.push_str(&format!("error: {e}\n"));
    }
    (text, fs)
}

fn run(script: &str) -> String {
    run_with(script, &[]).0
}

#[test]
fn classes_with_inheritance_super_and_decorated_methods() {
    let out = run(r#"
class Base(object):
    kind = "base"
    def __init__(self, name, n=1):
        self.name = name
        self.n = n
    def describe(self):
        return f"{self.kind}:{self.name}:{self.n}"
    def __str__(self):
        return "Base(" + self.name + ")"

class Child(Base):
    kind = "child"
    count = 0
    def __init__(self, name, *extra, **opts):
        super().__init__(name, n=len(extra))
        self.opts = opts
        Child.count += 1
    def describe(self):
        return "child/" + super().describe()
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def make(cls, name):
        return cls(name, 1, 2, flag=True)
    @property
    def upper(self):
        return self.name.upper()

c = Child.make("x")
print(c.describe(), c.opts, c.upper, Child.helper(21))
print(isinstance(c, Base), isinstance(c, (int, Child)), isinstance(Base("b"), Child))
print(str(c), Base.kind, c.kind, Child.count, type(c).__name__, hasattr(c, "opts"), getattr(c, "nope", 5))
c.n += 10
print(c.n)
"#);
    assert_eq!(
        out,
        "child/child:x:2 {'flag': True} X 42\nTrue True False\nBase(x) base child 1 Child True 5\n12\n"
    );
}

#[test]
fn exceptions_raise_except_else_finally() {
    let out = run(r#"
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("boom", 7)
except (KeyError, MyError) as e:
    print("caught", e, e.code, isinstance(e, ValueError), type(e).__name__)

try:
    {}["missing"]
except LookupError as e:
    print("lookup", repr(str(e)))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print("reraised", e)
else:
    print("not here")
finally:
    print("finally")

try:
    pass
except Exception:
    print("not here")
else:
    print("else")

try:
    int("x")
except TypeError:
    print("not here")
except ValueError as e:
    print("value error:", e)

try:
    raise ValueError
except ValueError as e:
    print("bare class", repr(e))
raise RuntimeError("the end")
"#);
    assert_eq!(
        out,
        "caught boom 7 True MyError\nlookup \"'missing'\"\nreraised division by zero\nfinally\nelse\nvalue error: invalid literal for int() with base 10: 'x'\nbare class ValueError()\nerror: job.py:47:1: RuntimeError: the end\n"
    );
}

#[test]
fn parameters_globals_del_and_assert() {
    let out = run(r#"
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1), f(1, 5, 6, 7, c=9, z=1), f(*[1, 2], **{"c": 4}))

counter = 0
def bump(by=1):
    global counter
    counter += by
bump(); bump(by=5)
print("counter", counter)

def make_adder(n):
    return lambda x, y=0: x + n + y
print(make_adder(3)(4), make_adder(3)(4, y=10))

x = [1, 2, 3]
del x[0]
d = {"a": 1, "b": 2}
del d["a"]
tmp = 1
del tmp
print(x, d, "tmp" in globals() if False else "deleted")
assert counter == 6, "counter"
try:
    assert counter == 7, "counter is %d" % counter
except AssertionError as e:
    print("assert:", e)
try:
    f()
except TypeError as e:
    print(e)
f(1, 2, b=3)
"#);
    assert_eq!(
        out,
        "(1, 2, (), 3, {}) (1, 5, (6, 7), 9, {'z': 1}) (1, 2, (), 4, {})\ncounter 6\n7 17\n[2, 3] {'b': 2} deleted\nassert: counter is 6\nf() missing 1 required positional argument: 'a'\nerror: job.py:33:1: TypeError: f() got multiple values for argument 'b'\n"
    );
}

/// `open(path, "w").write(text)` without a close writes the file, as CPython does when
/// the file object's last reference goes (a script writing its input that way).
#[test]
fn a_file_left_open_is_written_when_it_goes() {
    let (out, fs) = run_with(
        "import os\nopen('/d/a.csv', 'w').write('ann;31\\n')\nprint(os.path.exists('/d/a.csv'))\nf = open('/d/b.txt', 'w')\nf.write('x')\nprint(os.path.exists('/d/b.txt'))\ndel f\nprint(os.path.exists('/d/b.txt'))\n",
        &[],
    );
    assert_eq!(out, "True\nFalse\nTrue\n");
    use runnel_core::io::fs::FileSystem;
    assert_eq!(fs.read("/d/a.csv").unwrap(), b"ann;31\n");
}

#[test]
fn with_blocks_open_files_and_context_managers() {
    let (out, fs) = run_with(
        r#"
import os
with open("/data/out.txt", "w") as fh:
    fh.write("line1\n")
    fh.write("line2\n")
with open("/data/out.txt") as fh:
    print([l.strip() for l in fh])
with open("/data/out.txt", "a") as fh:
    fh.write("line3\n")
with open("/data/out.txt") as fh:
    print(fh.read().splitlines())
with open("/data/in.json") as fh:
    import json
    print(json.load(fh)["k"])

class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow
with Ctx(True) as cx, Ctx(True):
    raise RuntimeError("inside")
print("after with")
try:
    open("/nope.txt")
except FileNotFoundError as e:
    print("missing:", e)
with Ctx(False):
    x = 1 / 0
"#,
        &[("/data/in.json", "{\"k\": [1, 2]}")],
    );
    assert_eq!(
        out,
        "['line1', 'line2']\n['line1', 'line2', 'line3']\n[1, 2]\nenter\nenter\nexit RuntimeError inside\nexit None None\nafter with\nmissing: [Errno 2] No such file or directory: '/nope.txt'\nenter\nexit ZeroDivisionError division by zero\nerror: job.py:33:9: ZeroDivisionError: division by zero\n"
    );
    use runnel_core::io::fs::FileSystem;
    assert_eq!(fs.read("/data/out.txt").unwrap(), b"line1\nline2\nline3\n");
}

#[test]
fn temporary_directories_and_shutil() {
    let session = SparkSession::new();
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    // Natively: the local disk (runnel submit sets it too).
    session.set_file_system(Rc::new(LocalFs));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    it.run(
        r#"
import tempfile, shutil, os
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f.txt")
    with open(p, "w") as fh:
        fh.write("hi")
    print(os.path.exists(p), os.path.basename(p))
    saved = tmp
print(os.path.exists(saved))
d = tempfile.mkdtemp()
with open(os.path.join(d, "a.txt"), "w") as fh:
    fh.write("x")
shutil.rmtree(d)
print(os.path.exists(d))
"#,
        "job.py",
    )
    .unwrap();
    assert_eq!(*out.borrow(), "True f.txt\nFalse\nFalse\n");
}

/// The local disk, as `runnel submit` has it (runnel-connectors' is not a dependency here).
struct LocalFs;
impl runnel_core::io::fs::FileSystem for LocalFs {
    fn list(
        &self,
        _path: &str,
        _recursive: bool,
    ) -> runnel_core::Result<Vec<runnel_core::io::fs::FileEntry>> {
        Ok(vec![])
    }
    fn read(&self, path: &str) -> runnel_core::Result<Vec<u8>> {
        std::fs::read(path).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn write(&self, path: &str, data: &[u8]) -> runnel_core::Result<()> {
        std::fs::write(path, data).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn create_dir_all(&self, path: &str) -> runnel_core::Result<()> {
        std::fs::create_dir_all(path).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn remove_dir_all(&self, path: &str) -> runnel_core::Result<()> {
        std::fs::remove_dir_all(path).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn remove_file(&self, path: &str) -> runnel_core::Result<()> {
        std::fs::remove_file(path).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn rename(&self, from: &str, to: &str) -> runnel_core::Result<()> {
        std::fs::rename(from, to).map_err(|e| runnel_core::RunnelError::io(e.to_string()))
    }
    fn kind(&self, path: &str) -> runnel_core::io::fs::PathKind {
        use runnel_core::io::fs::PathKind;
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }
    fn read_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let mut names = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<std::io::Result<Vec<String>>>()?;
        names.sort();
        Ok(names)
    }
    fn remove_dir(&self, path: &str) -> std::io::Result<()> {
        std::fs::remove_dir(path)
    }
}

#[test]
fn standard_modules() {
    let out = run(r##"
import math, json, re, random, uuid
from datetime import datetime, timedelta, date
from collections import Counter, defaultdict
from typing import List, Optional, Dict
print(math.sqrt(16), math.floor(2.5), math.ceil(2.1), round(math.pi, 4), math.log(math.e), math.isnan(float("nan")))
print(json.dumps({"a": 1, "b": [1, 2.5, None, True], "c": "é"}))
print(json.dumps({"b": 1, "a": {"x": []}}, indent=2, sort_keys=True))
print(json.loads('{"x": [1, 2.0, "s", null, false], "y": {"z": 1}}'))
dt = datetime(2024, 1, 31, 23, 30, 5)
print(dt, dt + timedelta(hours=1), repr(dt), dt.strftime("%Y/%m/%d %H:%M %a %b"), dt.isoformat())
print(date(2024, 2, 28) + timedelta(days=2), (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, timedelta(minutes=90), timedelta(days=1, seconds=5).total_seconds())
print(datetime.strptime("2024-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.fromisoformat("2024-05-06T07:08:09").year, dt.date(), dt > datetime(2020, 1, 1))
print(re.sub(r"\d+", "#", "a12b3"), re.findall(r"(\w)(\d)", "a1 b2"), re.match(r"(?P<w>\w+) (\w+)", "hello world").group("w"))
m = re.search(r"o(r)", "hello world")
print(m.group(0), m.group(1), m.start(), m.span(), m.groups())
pat = re.compile(r"\s+")
print(pat.split("a  b c"), pat.sub("_", "a  b c"), re.fullmatch(r"\d+", "123") is not None, re.match("b", "ab"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.sub(r"x", lambda m: m.group(0).upper(), "axbx"))
random.seed(1)
r = random.random()
print(0 <= r < 1, random.randint(1, 3) in [1, 2, 3], random.choice(["a"]), len(str(uuid.uuid4())))
cnt = Counter("abracadabra")
print(cnt["a"], cnt["z"], cnt.most_common(2))
dd = defaultdict(list)
dd["k"].append(1)
dd["k"].append(2)
di = defaultdict(int)
for w in "a b a".split():
    di[w] += 1
print(dict(dd), dict(di))
def typed(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {"n": len(x)}
print(typed([1, 2]))
"##);
    assert_eq!(
        out,
        r#"4.0 2 3 3.1416 1.0 True
{"a": 1, "b": [1, 2.5, null, true], "c": "\u00e9"}
{
  "a": {
    "x": []
  },
  "b": 1
}
{'x': [1, 2.0, 's', None, False], 'y': {'z': 1}}
2024-01-31 23:30:05 2024-02-01 00:30:05 datetime.datetime(2024, 1, 31, 23, 30, 5) 2024/01/31 23:30 Wed Jan 2024-01-31T23:30:05
2024-03-01 29 1:30:00 86405.0
2024-05-06 07:08:09 2024 2024-01-31 True
a#b# [('a', '1'), ('b', '2')] hello
or r 7 (7, 9) ('r',)
['a', 'b', 'c'] a_b_c True None
host at me aXbX
True True a 36
5 0 [('a', 5), ('b', 2)]
{'k': [1, 2]} {'a': 2, 'b': 1}
{'n': 2}
"#
    );
}

#[test]
fn what_is_left_is_refused_at_its_line() {
    assert_eq!(
        run("import collections\nq = collections.ChainMap()\n"),
        "error: job.py:2:17: collections.ChainMap is not supported by Runnel's PySpark runner; use a dict, a list or a class\n"
    );
    assert_eq!(
        run("import re\nre.search(r\"(?<=a)b\", \"ab\")\n"),
        "error: job.py:2:4: re.error: [INVALID_PARAMETER_VALUE.PATTERN] The value of parameter `regexp` is invalid: \"(?<=a)b\" (regex parse error:\n    (?<=a)b\n    ^^^^\nerror: look-around, including look-ahead and look-behind, is not supported). Fix the regular expression. (Runnel's runner uses Rust's regex syntax, Python's without look-around and backreferences)\n"
            .replace("[INVALID_PARAMETER_VALUE.PATTERN] ", "")
    );
}

/// Runs a script on a thread with `runnel submit`'s 1 GiB stack (deep inputs), as `run`.
fn run_deep(script: String) -> String {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(&script))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn two_to_the_64_and_ints_beyond_64_bits_as_python() {
    // Each line as CPython 3.11 prints it.
    let out = run_deep(
        r#"
print(2**64, -2**63 - 1, 2**64 // 3, 2**64 % 7, -(2**64) // 7, divmod(-2**70, 3))
print(int("123456789012345678901234567890"), int(" -1_000_000_000_000_000_000_000 "))
x = 123456789012345678901234567890
print(x * x, x == x + 0, x > 1e29, x < 1.2345678901234569e29, 2**53 + 1 == 2.0**53, True + 1, True == 1)
d = {2**64: "big", 1: "one"}
print(d[2**64], d[True], d[18446744073709551616], 0xFFFF_FFFF_FFFF_FFFF_FF)
print(2**64 / 2**60, 1 << 100, (1 << 100) >> 98, ~(2**64), abs(-2**64), -(-2**63))
print(pow(3, 200, 1000), pow(2, -1, 7), float(2**64), int(1e30), round(2**70))
print(f"{2**64:,}", "{:,}".format(-2**64), str(2**64), repr(2**100), [2**64])
import math, json
print(math.factorial(30), math.gcd(2**80, 6**40), json.dumps({"a": 2**70}), math.prod([2**40, 2**40]))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25), sorted([2**65, -2**64, 1.5, 3]), max(2**64, 1e19), 9223372036854775807 + 1)
"#
        .into(),
    );
    assert_eq!(
        out,
        "18446744073709551616 -9223372036854775809 6148914691236517205 2 -2635249153387078803 (-393530540239137101142, 2)
123456789012345678901234567890 -1000000000000000000000
15241578753238836750495351562536198787501905199875019052100 True True True False 2 True
big one big 4722366482869645213695
16.0 1267650600228229401496703205376 4 -18446744073709551617 18446744073709551616 9223372036854775808
1 4 1.8446744073709552e+19 1000000000000000019884624838656 1180591620717411303424
18,446,744,073,709,551,616 -18,446,744,073,709,551,616 18446744073709551616 1267650600228229401496703205376 [18446744073709551616]
265252859812191058636308480000000 1099511627776 {\"a\": 1180591620717411303424} 1208925819614629174706176
15511210043330985984000000 [-18446744073709551616, 1.5, 3, 36893488147419103232] 18446744073709551616 9223372036854775808
"
    );
}

#[test]
fn one_over_zero_and_other_bad_arithmetic_raise_python_errors() {
    let cases = [
        ("1/0", "ZeroDivisionError division by zero"),
        (
            "1//0",
            "ZeroDivisionError integer division or modulo by zero",
        ),
        (
            "1%0",
            "ZeroDivisionError integer division or modulo by zero",
        ),
        (
            "divmod(1, 0)",
            "ZeroDivisionError integer division or modulo by zero",
        ),
        (
            "2**64 // 0",
            "ZeroDivisionError integer division or modulo by zero",
        ),
        ("1.0/0.0", "ZeroDivisionError float division by zero"),
        ("1/0.0", "ZeroDivisionError float division by zero"),
        ("1.0//0.0", "ZeroDivisionError float floor division by zero"),
        ("1.0%0.0", "ZeroDivisionError float modulo"),
        (
            "0.0**-1",
            "ZeroDivisionError 0.0 cannot be raised to a negative power",
        ),
        (
            "[1][2**64]",
            "IndexError cannot fit 'int' into an index-sized integer",
        ),
        (
            "'a'*2**64",
            "OverflowError cannot fit 'int' into an index-sized integer",
        ),
        (
            "float(2**2000)",
            "OverflowError int too large to convert to float",
        ),
        (
            "2**2000 / 3",
            "OverflowError integer division result too large for a float",
        ),
        (
            "str(10**5000)",
            "ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "int('1'*5000)",
            "ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
        ),
        ("1 << -1", "ValueError negative shift count"),
        (
            "int(float('inf'))",
            "OverflowError cannot convert float infinity to integer",
        ),
        (
            "int(float('nan'))",
            "ValueError cannot convert float NaN to integer",
        ),
        ("pow(2, 3, 0)", "ValueError pow() 3rd argument cannot be 0"),
        (
            "int('12x')",
            "ValueError invalid literal for int() with base 10: '12x'",
        ),
        // Beyond CPython: the runner's bounds on what would exhaust memory.
        (
            "2**10**10",
            "MemoryError the int would have about 10000000000 bits; Runnel's runner makes ints of at most 16777216 bits",
        ),
        (
            "'x' * 10**10",
            "MemoryError a sequence of 1 repeated 10000000000 times; Runnel's runner makes sequences of at most 1073741824 items",
        ),
        (
            "list(range(10**12))",
            "MemoryError range() of 1000000000000 numbers; Runnel's runner makes a range as a list, of at most 10000000 numbers (loop with while, or compute it in the query with spark.range)",
        ),
    ];
    let mut script = String::from("import math\n");
    let mut want = String::new();
    for (expr, err) in cases {
        script.push_str(&format!(
            "try:\n    print({expr})\nexcept Exception as e:\n    print({expr:?}, type(e).__name__, e)\n"
        ));
        want.push_str(&format!("{expr} {err}\n"));
    }
    assert_eq!(run(&script), want);
    // Uncaught: the error names the place, as every Python exception.
    assert_eq!(
        run("x = 1\nprint(x / 0)\n"),
        "error: job.py:2:7: ZeroDivisionError: division by zero\n"
    );
    assert_eq!(
        run("print(10**5000)\n"),
        "error: job.py:1:1: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"
    );
}

#[test]
fn lit_of_2_to_the_64_fails_as_in_pyspark() {
    // PySpark 4.3: lit(2**64) and col < 2**64 fail in the JVM (NumberFormatException);
    // lit(2**63 - 1) is a bigint.
    let out = run(r#"
from pyspark.sql.functions import lit, col
print(spark.range(1).select(lit(2**63 - 1).alias("x")).collect())
for make in [lambda: lit(2**64), lambda: col("id") < 2**64]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, str(e)[:60], isinstance(e, ValueError))
# createDataFrame and UDFs as PySpark 4.3: VALUE_OUT_OF_BOUNDS; NULL for an integral
# return type, the digits for a string one.
for v, ddl in [(2**64, "a BIGINT"), (2**40, "a INT")]:
    try:
        spark.createDataFrame([(v,)], ddl)
    except Exception as e:
        print(type(e).__name__, e)
from pyspark.sql.functions import udf
from pyspark.sql.types import LongType, StringType
for t in [LongType(), StringType()]:
    print(spark.range(1).select(udf(lambda x: 2**64 + x, t)("id").alias("u")).collect())
"#);
    assert_eq!(
        out,
        "[Row(x=9223372036854775807)]\n".to_string()
            + &"NumberFormatException For input string: \"18446744073709551616\" (a Python int beyon True\n"
                .repeat(2)
            + "PySparkValueError [VALUE_OUT_OF_BOUNDS] Value for `obj` must be between -9223372036854775808 and 9223372036854775807 (inclusive), got 18446744073709551616\n"
            + "PySparkValueError [VALUE_OUT_OF_BOUNDS] Value for `obj` must be between -2147483648 and 2147483647 (inclusive), got 1099511627776\n"
            + "[Row(u=None)]\n[Row(u='18446744073709551616')]\n"
    );
}

#[test]
fn recursive_def_is_a_catchable_recursion_error() {
    let out = run_deep(
        r#"
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
import sys
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
sys.setrecursionlimit(2500)
print(count(2000))
sys.setrecursionlimit(1000000)
try:
    count(100000)
except RecursionError as e:
    print("caught", e)
sys.setrecursionlimit(1000)
f(0)
"#
        .into(),
    );
    assert_eq!(
        out,
        "caught RecursionError True\n900\n1000 4300\n2000\ncaught maximum recursion depth exceeded (15000 expressions and statements nested across calls)\nerror: job.py:3:12: RecursionError: maximum recursion depth exceeded in f() (1000 calls deep); make the function loop instead of calling itself\n"
    );
}

#[test]
fn chains_of_100000_additions_nots_minuses_and_2000_method_calls_are_recursion_errors() {
    let err = |line: &str| {
        format!(
            "error: job.py:1:{line}: RecursionError: maximum recursion depth exceeded during compilation (the expression or blocks nest more than 3000 levels deep; split the expression over several statements with names)\n"
        )
    };
    // Refused before parsing (the parser would recurse as deep).
    assert_eq!(
        run_deep(format!("x = 1{}\nprint(x)\n", " + 1".repeat(100_000))),
        err("12003")
    );
    assert_eq!(
        run_deep(format!("x = {}1\nprint(x)\n", "not ".repeat(100_000))),
        err("12001")
    );
    assert_eq!(
        run_deep(format!("x = {}1\nprint(x)\n", "-".repeat(100_000))),
        err("3004")
    );
    // The tree checked after parsing: 2000 calls of methods are 4000 levels.
    assert_eq!(
        run_deep(format!("x = 'a'{}\nprint(x)\n", ".upper()".repeat(2000))),
        err("5")
    );
    // What CPython compiles runs: 2500 additions, 1400 method calls, a long flat list.
    assert_eq!(
        run_deep(format!(
            "x = 1{}\nprint(x, len('a'{}))\nprint(len([{}]))\n",
            " + 1".repeat(2500),
            ".upper()".repeat(1400),
            "-1.5, ".repeat(100_000)
        )),
        "2501 1\n100000\n"
    );
}

#[test]
fn a_deep_expression_in_a_function_that_recurses_is_a_recursion_error() {
    // 2900 nested additions in each of up to 13 calls: more than the runner evaluates
    // at once (this overflowed a 1 GiB stack).
    let out = run_deep(format!(
        "def f(n):\n    return (0 if n == 0 else f(n - 1)){}\nprint(f(3))\ntry:\n    f(13)\nexcept RecursionError as e:\n    print('caught', e)\n",
        " + 1".repeat(2900)
    ));
    assert_eq!(
        out,
        "11600\ncaught maximum recursion depth exceeded (15000 expressions and statements nested across calls)\n"
    );
}

#[test]
fn a_list_that_holds_itself_and_a_list_nested_100000_deep() {
    let out = run_deep(
        r#"
a = [1]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d, a == a)
x = []
for i in range(100000):
    x = [x]
try:
    print(x)
except RecursionError as e:
    print("caught", e)
"#
        .into(),
    );
    assert_eq!(
        out,
        "[1, [...]] {'k': 1, 'self': {...}} True\ncaught maximum recursion depth exceeded while getting the repr of an object\n"
    );
}

#[test]
fn nonlocal_shares_the_enclosing_functions_name_as_cpython() {
    let out = run(r#"
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print("count", inc(), get())

def outer():
    total = []
    x = "a"
    def middle():
        def inner():
            nonlocal x
            x = x + "b"
        inner()
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def later():
    def setit():
        nonlocal v
        v = 42
    v = 1
    setit()
    return v
print(later())

def shadow():
    y = 1
    def mid():
        y = 10
        def inner():
            nonlocal y
            y += 1
        inner()
        return y
    return mid(), y
print(shadow())

def with_class():
    hits = 0
    class Listener:
        def on(self):
            nonlocal hits
            hits += 1
    l = Listener()
    l.on(); l.on()
    return hits
print(with_class())

def loop_closures():
    fs = []
    acc = 0
    for i in range(3):
        def add(i=i):
            nonlocal acc
            acc += i
        fs.append(add)
    for f in fs:
        f()
    return acc
print(loop_closures())

def deleting():
    z = 1
    def d():
        nonlocal z
        del z
    d()
    try:
        return z
    except NameError as e:
        return "NameError"
print(deleting())
"#);
    assert_eq!(
        out,
        "count 7 7\n('abb', 'abb')\n42\n(11, 1)\n2\n3\nNameError\n"
    );
}

/// The programming guide's blocks that are not valid Python fail before anything runs,
/// named with CPython's exception and words: its trigger example without backslashes
/// (`df.writeStream` then `  .format("console")`), and its continuous Kafka example
/// (`\     # only change in query`).
#[test]
fn the_guides_invalid_blocks_are_cpythons_errors_before_anything_runs() {
    let out = run("print('ran')\ndf = 1\ndf.writeStream\n  .format(\"console\")\n");
    assert!(
        out.starts_with("error: job.py:4:1: IndentationError: unexpected indent"),
        "{out}"
    );
    // A bracket left open: CPython names it (the guide's `q = (df.groupBy("key")...
    // .writeStream...`).
    let out = run("print('ran')\nq = (df.groupBy(\"key\")\n  .writeStream...\n  \n");
    assert!(
        out.starts_with("error: job.py:2:5: SyntaxError: '(' was never closed"),
        "{out}"
    );
    let out = run("print('ran')\nx = (1) \\     # only change in query\n");
    assert!(
        out.starts_with(
            "error: job.py:2:9: SyntaxError: unexpected character after line continuation character"
        ),
        "{out}"
    );
}

/// A NameError carries CPython's hint (the guide's `.option("readChangeFeed", true)`).
#[test]
fn name_errors_suggest_the_close_name_as_cpython() {
    assert!(
        run("x = 1\nprint(true)\n")
            .ends_with("NameError: name 'true' is not defined. Did you mean: 'True'?\n")
    );
    assert!(
        run("counter = 1\ndef f():\n    total = 2\n    return totl + countr\nf()\n")
            .ends_with("NameError: name 'totl' is not defined. Did you mean: 'total'?\n")
    );
    assert!(run("print(zzqqxx)\n").ends_with("NameError: name 'zzqqxx' is not defined\n"));
}

#[test]
fn nonlocal_without_a_binding_is_cpythons_syntax_error_before_anything_runs() {
    let cases = [
        (
            "print('ran')\nnonlocal x\n",
            "error: job.py:2:1: SyntaxError: nonlocal declaration not allowed at module level\n",
        ),
        (
            "print('ran')\ndef f():\n    nonlocal x\n    x = 1\n",
            "error: job.py:3:5: SyntaxError: no binding for nonlocal 'x' found\n",
        ),
        (
            "def f(a):\n    def g(a):\n        nonlocal a\n    return g\n",
            "error: job.py:3:9: SyntaxError: name 'a' is parameter and nonlocal\n",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n    g()\n",
            "error: job.py:5:9: SyntaxError: name 'x' is used prior to nonlocal declaration\n",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n    g()\n",
            "error: job.py:5:9: SyntaxError: name 'x' is assigned to before nonlocal declaration\n",
        ),
        (
            "x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n    g()\n",
            "error: job.py:5:9: SyntaxError: no binding for nonlocal 'x' found\n",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
            "error: job.py:5:9: SyntaxError: name 'x' is nonlocal and global\n",
        ),
    ];
    for (script, want) in cases {
        assert_eq!(run(script), want, "{script}");
    }
    // A class body's nonlocal refers to the function around it, as in Python.
    assert_eq!(
        run(
            "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\nprint(f())\n"
        ),
        "2\n"
    );
}

/// `lit()` and comparisons of Python's `date`, `datetime` and `timedelta` values, and
/// dates in `createDataFrame`: the output is PySpark 4.3's for the same script (UTC).
#[test]
fn datetime_values_are_spark_literals() {
    let out = run(r#"
import datetime
from pyspark.sql import SparkSession
from pyspark.sql.functions import lit, col
spark = SparkSession.builder.getOrCreate()
df = spark.createDataFrame([(1, datetime.date(2024, 2, 29)), (2, datetime.date(2024, 3, 1))], "id INT, d DATE")
out = df.select("id", (col("d") >= datetime.date(2024, 3, 1)).alias("late"), lit(datetime.date(2024, 1, 2)).alias("day"),
    lit(datetime.datetime(2024, 1, 2, 3, 4, 5, 6)).alias("ts"), lit(datetime.timedelta(hours=1, seconds=2)).alias("dt"))
out.printSchema()
out.show(truncate=False)
"#);
    assert_eq!(
        out,
        "root
 |-- id: integer (nullable = true)
 |-- late: boolean (nullable = true)
 |-- day: date (nullable = false)
 |-- ts: timestamp (nullable = false)
 |-- dt: interval day to second (nullable = false)

+---+-----+----------+--------------------------+-----------------------------------+
|id |late |day       |ts                        |dt                                 |
+---+-----+----------+--------------------------+-----------------------------------+
|1  |false|2024-01-02|2024-01-02 03:04:05.000006|INTERVAL '0 01:00:02' DAY TO SECOND|
|2  |true |2024-01-02|2024-01-02 03:04:05.000006|INTERVAL '0 01:00:02' DAY TO SECOND|
+---+-----+----------+--------------------------+-----------------------------------+

"
    );
}

/// Sets as CPython's: literals, `set()`, comprehensions, methods and operators, equality
/// regardless of order, ints printed in CPython's order (the expected text is what
/// CPython 3.11 printed for the same script).
#[test]
fn sets_are_pythons_sets() {
    let script = r#"
s = {3, 1, 3}
t = set([1, 2])
print(s, t, set(), type(s).__name__, isinstance(s, set), len(s), 3 in s, 4 in s)
s.add(5); s.discard(9); t.update([7, 7])
print(sorted(s), sorted(t), s | t == t | s, sorted(s & t), sorted(s - t), sorted(s ^ t))
print({x % 3 for x in range(7)} == {0, 1, 2}, s.issubset({1, 3, 5, 8}), frozenset([1]) == {1})
print(sorted(s.union([10], {11})), bool(set()), {1, 2} == {2, 1}, [1, 2] == {1, 2})
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
"#;
    assert_eq!(
        run(script),
        "{1, 3} {1, 2} set() set True 2 True False
[1, 3, 5] [1, 2, 7] True [1] [3, 5] [2, 3, 5, 7]
True True True
[1, 3, 5, 10, 11] False True False
KeyError 1
"
    );
}

/// Generator functions, `yield from`, bytes from `str.encode()`, and
/// hashlib's digests (the core's digest functions), as CPython 3.11 prints them.
#[test]
fn generators_bytes_and_hashlib() {
    let out = run(r#"import hashlib
def count(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * 10
    yield from ["end", "!"]
def nested():
    def inner():
        return [1]
    x = yield inner()
    print("after yield", x)
print(list(count(5)), len(list(count(4))), [v for v in count(3)])
print(list(nested()))
b = "héllo".encode()
print(b, len(b), b.decode(), b.hex(), b == "héllo".encode("utf-8"), list("ab".encode()))
h = hashlib.sha256("abc".encode())
h.update("def".encode())
print(h.hexdigest() == hashlib.sha256("abcdef".encode()).hexdigest(), h.name, h.digest_size)
print(hashlib.md5("".encode()).hexdigest(), hashlib.sha1("x".encode()).hexdigest()[:10], hashlib.new("sha224", "x".encode()).hexdigest()[:10])
print(hashlib.sha384("x".encode()).digest()[:4], isinstance(b, bytes))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
"#);
    assert_eq!(
        out,
        "[0, 20, 40, 'end', '!'] 4 [0, 20, 'end', '!']\nafter yield None\n[[1]]\nb'h\\xc3\\xa9llo' 6 héllo 68c3a96c6c6f True [97, 98]\nTrue sha256 32\nd41d8cd98f00b204e9800998ecf8427e 11f6ad8ec5 54a2f7f92a\nb'\\xd7R\\xc2\\xc5' True\nTypeError Strings must be encoded before hashing\n"
    );
}

/// A generator whose `yield` sits inside an expression (here a call's argument) runs to
/// its end when called: an endless one is refused at its `yield` once it passes the
/// runner's bound, never a hang.
#[test]
fn endless_generator_is_refused_at_its_yield() {
    let out = run(r#"
def forever():
    i = 0
    while True:
        ignored = [(yield i)]
        i += 1
for x in forever():
    if x > 3:
        break
"#);
    assert!(
        out.starts_with("error: job.py:5:21: ") && out.contains("yields more than 5000000 values"),
        "{out}"
    );
}

#[test]
fn a_key_error_holds_its_key_object() {
    // The runner's KeyError (dict lookup, pop, del, set.remove) holds the key itself, and
    // shows it by its class's __repr__: CPython 3.11's output.
    let out = run(r#"class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return "K(%d)" % self.n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
d = {K(1): "a"}
try:
    d[K(2)]
except KeyError as e:
    print(repr(e), type(e.args[0]).__name__, e.args[0].n)
for key in [(1, "x"), "s", 3.5, None]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), e.args[0] == key)
try:
    {1}.remove(2)
except KeyError as e:
    print(repr(e), e.args)
try:
    {}.pop(K(3))
except KeyError as e:
    print(e.args[0].n, str(e))
try:
    del d[K(9)]
except KeyError as e:
    print(e.args[0].n)
"#);
    assert_eq!(
        out,
        "KeyError(K(2)) K 2\nKeyError((1, 'x')) True\nKeyError('s') True\nKeyError(3.5) True\nKeyError(None) True\nKeyError(2) (2,)\n3 K(3)\n9\n"
    );
}

#[test]
fn frozen_dataclasses_as_cpython() {
    // @dataclass(frozen=True): assigning, deleting or setattr of a field raises
    // FrozenInstanceError (an AttributeError); object.__setattr__ in __post_init__ sets it:
    // CPython 3.11's output.
    let out = run(
        r#"from dataclasses import dataclass, field, FrozenInstanceError, replace
import dataclasses

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        object.__setattr__(self, "norm", self.x + self.y)

p = P(1, 2)
print(p, p.norm)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, "x", 3)
except dataclasses.FrozenInstanceError as e:
    print("setattr", e)
p.tags.append("ok")
print(p.tags, p == P(1, 2, ["ok"]))

@dataclass
class M:
    a: int
m = M(1)
m.a = 2
print(m)
"#,
    );
    assert_eq!(
        out,
        "P(x=1, y=2, tags=[]) 3\nFrozenInstanceError cannot assign to field 'x' True\nFrozenInstanceError cannot delete field 'y'\nsetattr cannot assign to field 'x'\n['ok'] True\nM(a=2)\n"
    );
}

#[test]
fn pprint_fnmatch_base64_as_cpython() {
    // pprint (a progress dict, widths, compact, depth, sort_dicts), fnmatch, base64 (its errors raised inside the runner's own
    // Python, after non-ASCII text in the script: placing them panicked): CPython 3.11's output.
    // (Nested Python calls of a debug build: a test thread's 2 MiB stack is too small.)
    let out = run_deep(include_str!("python/modules.py").to_string());
    assert_eq!(out, include_str!("python/modules.out"));
}

#[test]
fn match_statements_as_cpython() {
    // `match` with literal, singleton, capture, `as`, `|`, sequence (with `*rest`),
    // mapping (with `**rest`), class (keywords, `__match_args__` of dataclasses and
    // namedtuples, `str(x)`), dotted-value patterns and guards: CPython 3.11's output.
    let out = run(include_str!("python/match.py"));
    assert_eq!(out, include_str!("python/match.out"));
}

#[test]
fn a_streaming_aggregations_columns_print_nullable_as_sparks() {
    // Spark 4.3 reports a streaming aggregation's output nullable (fields and elements
    // too), while a projection of a stream keeps its expressions' nullability: what
    // PySpark 4.3 printed for this script.
    let (out, _) = run_with(
        r#"from pyspark.sql import SparkSession
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
s = spark.readStream.format("json").schema("a STRING, n INT").load("/in")
s.select(concat_ws("-", "a"), lit(1).alias("one"), struct(lit(1)).alias("st"), array(lit(1)).alias("ar"), coalesce("n", lit(0)).alias("c")).printSchema()
s.groupBy("a").agg(count("*").alias("cnt"), sum("n").alias("s"), collect_list("n").alias("cl"), max(lit(1)).alias("m")).printSchema()
s.groupBy().count().printSchema()
s.dropDuplicates(["a"]).select(lit(1).alias("one")).printSchema()
"#,
        &[("/in/f.json", "{\"a\": \"x\", \"n\": 1}\n")],
    );
    assert_eq!(
        out,
        "root\n |-- concat_ws(-, a): string (nullable = false)\n |-- one: integer (nullable = false)\n |-- st: struct (nullable = false)\n |    |-- col1: integer (nullable = false)\n |-- ar: array (nullable = false)\n |    |-- element: integer (containsNull = false)\n |-- c: integer (nullable = false)\n\nroot\n |-- a: string (nullable = true)\n |-- cnt: long (nullable = true)\n |-- s: long (nullable = true)\n |-- cl: array (nullable = true)\n |    |-- element: integer (containsNull = true)\n |-- m: integer (nullable = true)\n\nroot\n |-- count: long (nullable = true)\n\nroot\n |-- one: integer (nullable = false)\n\n"
    );
}

#[test]
fn nested_data_types_repr_as_pyspark() {
    // repr() of nested StructType/ArrayType/MapType/DecimalType: PySpark 4.3's output.
    let out = run(
        "from pyspark.sql.types import *\ns = StructType([StructField('a', StructType([StructField('b', IntegerType())])), StructField('c', ArrayType(StringType(), False)), StructField('m', MapType(StringType(), DecimalType(10, 2)))])\nprint(s)\nprint(repr(ArrayType(LongType())))\n",
    );
    assert_eq!(
        out,
        "StructType([StructField('a', StructType([StructField('b', IntegerType(), True)]), True), StructField('c', ArrayType(StringType(), False), True), StructField('m', MapType(StringType(), DecimalType(10,2), True), True)])\nArrayType(LongType(), True)\n"
    );
}

#[test]
fn show_vertical_as_pyspark() {
    // show(vertical=True): `-RECORD i-` blocks, cut cells, wide characters, `(0 rows)`,
    // "only showing top N rows": what PySpark 4.3 printed.
    let out = run(r#"from pyspark.sql import SparkSession
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
print("[start]")
spark.range(3).show(vertical=True)
print("[next]")
spark.range(30).withColumn("name", lit("a rather long value that gets cut")).show(2, vertical=True)
print("[next]")
spark.range(0).show(vertical=True)
print("[next]")
spark.range(1).select(lit("日本語").alias("k"), lit(None).cast("string").alias("a_long_column_name")).show(vertical=True, truncate=3)
print("[next]")
spark.range(2).select(array(lit(1), lit(2)).alias("arr"), struct(lit("x").alias("s")).alias("st")).show(1, 5, True)
print("[end]")
"#);
    assert_eq!(
        out,
        "[start]\n-RECORD 0--\n id  | 0   \n-RECORD 1--\n id  | 1   \n-RECORD 2--\n id  | 2   \n\n[next]\n-RECORD 0--------------------\n id   | 0                    \n name | a rather long val... \n-RECORD 1--------------------\n id   | 1                    \n name | a rather long val... \nonly showing top 2 rows\n[next]\n(0 rows)\n[next]\n-RECORD 0--------------------\n k                  | 日本語 \n a_long_column_name | NUL    \n\n[next]\n-RECORD 0----\n arr | [1... \n st  | {x}   \nonly showing top 1 row\n[end]\n"
    );
}

#[test]
fn csv_io_future_and_walrus_as_cpython() {
    // csv (writer/reader/DictReader/DictWriter, quoting, dialects), io.StringIO,
    // print(file=...) and json.dump into file objects, open()'s universal newlines and
    // newline="", `from __future__ import annotations`, `:=`: CPython 3.11's output.
    let out = run(include_str!("python/csv_io.py"));
    assert_eq!(out, include_str!("python/csv_io.out"));
}

/// Generators pause at their `yield` as CPython's: endless ones give what is taken,
/// side effects interleave with the consumer, send/throw/close, `yield from` with a
/// return value, try/except/else/finally and loops' `else` blocks around a `yield`,
/// PEP 479, `generator already executing`, and contextlib.contextmanager. The expected
/// output is CPython 3.11's for the same script.
#[test]
fn generators_pause_at_their_yield() {
    let out = run(include_str!("python/generators.py"));
    assert_eq!(out, include_str!("python/generators.out"));
}

#[test]
fn bytes_of_a_huge_or_negative_count_raise_as_python() {
    // CPython: MemoryError for bytes(10**12) on this machine, ValueError for a negative
    // count; the runner must not try to allocate a terabyte.
    let out = run(
        "try:\n    bytes(10**12)\nexcept MemoryError:\n    print('mem')\ntry:\n    bytes(-1)\nexcept ValueError as e:\n    print(e)\nprint(len(bytes(3)))\n",
    );
    assert_eq!(out, "mem\nnegative count\n3\n");
}

#[test]
fn slices_with_a_step_as_python() {
    // What CPython 3.11 prints for the same lines.
    let out = run(r#"
a = [0, 1, 2, 3, 4]
print(a[::2], a[1::2], a[::-1], a[::-2], "abcdef"[::2], "abcdef"[::-1], (1, 2, 3, 4)[::2], a[4:0:-2])
print(a[10:], a[-10:2], a[::-10], a[-1:-6:-1], a[3:1], a[1:-1:3], "héllo"[::-2], a[::3][::-1], a[True::2])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
"#);
    assert_eq!(
        out,
        "[0, 2, 4] [1, 3] [4, 3, 2, 1, 0] [4, 2, 0] ace fedcba (1, 3) [4, 2]\n\
         [] [0, 1] [4] [4, 3, 2, 1, 0] [] [1] olh [3, 0] [1, 3]\n\
         ValueError slice step cannot be zero\n"
    );
}

#[test]
fn for_over_range_counts_without_a_list_and_range_errors_are_pythons() {
    // range(10**12) is past the runner's 10M-number list: a for loop counts instead.
    let out = run(r#"
for i in range(5, 0, -2):
    print(i, end=" ")
print()
for i in range(True, 3):
    print("b", i)
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    for i in range(1, 2, 0):
        pass
except ValueError as e:
    print("ValueError", e)
range = lambda n: [7]
for i in range(3):
    print("shadowed", i)
del range
for i in range(10**12):
    if i == 3:
        print("counted to", i)
        break
"#);
    assert_eq!(
        out,
        "5 3 1 \nb 1\nb 2\nTypeError 'float' object cannot be interpreted as an integer\n\
         ValueError range() arg 3 must not be zero\nshadowed 7\ncounted to 3\n"
    );
}

#[test]
fn slice_assignment_and_deletion_as_python() {
    // What CPython 3.11 prints for the same lines.
    let out = run(r#"
a = [0, 1, 2, 3, 4]
a[1:3] = [9]
print(a)
b = [0, 1, 2, 3, 4]
b[::2] = [7, 7, 7]
print(b)
c = list(range(6))
del c[::2]
print(c)
d = [1, 2, 3]
d[2:0] = "xy"
d[:0] = (0,)
d[len(d):] = [5]
print(d)
e = list(range(10))
del e[-3:]
del e[8:2:-2]
print(e)
try:
    e[::2] = [1]
except ValueError as x:
    print("ValueError", x)
try:
    t = (1, 2)
    t[0:1] = [3]
except TypeError as x:
    print("TypeError", x)
f = [1, 2, 3]
f[:] = []
print(f)
"#);
    assert_eq!(
        out,
        "[0, 9, 3, 4]\n[7, 1, 7, 3, 7]\n[1, 3, 5]\n[0, 1, 2, 'x', 'y', 3, 5]\n[0, 1, 2, 3, 5]\n\
         ValueError attempt to assign sequence of size 1 to extended slice of size 3\n\
         TypeError 'tuple' object does not support item assignment\n[]\n"
    );
}

#[test]
fn functools_operator_itertools_and_unbound_methods_as_python_and_pyspark() {
    // What PySpark 4.3 (CPython 3.11) printed for the same script: reduce over Columns and
    // DataFrames (`reduce(and_, conditions)`, `reduce(DataFrame.unionByName, frames)`).
    let out = run(r#"
import functools, operator, itertools
from functools import reduce
from operator import add, and_
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(add, [1, 2, 3], 10), functools.reduce(operator.mul, range(1, 6)))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError", e)
print(operator.eq(1, 1), operator.contains([1, 2], 2), operator.not_(0), operator.concat([1], [2]), and_(6, 3), operator.lt(1, 2))
print(list(itertools.chain([1], (2, 3), "ab")), list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.accumulate([1, 2], initial=100)))
from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.getOrCreate()
df = spark.createDataFrame([(1, 2), (3, 4), (5, 6)], ["a", "b"])
conds = [F.col("a") > 1, F.col("b") < 6]
print(df.filter(reduce(and_, conds)).collect())
print(df.filter(reduce(lambda x, y: x | y, [F.col("a") == 1, F.col("a") == 5])).count())
from pyspark.sql import DataFrame
print(reduce(DataFrame.unionByName, [df, df, df]).count())
print(df.select(reduce(add, [F.col(c) for c in df.columns]).alias("s")).collect())
print(list(map(str.upper, ["a", "b"])), str.join("-", ["x", "y"]), dict.get({"a": 1}, "a"), dict.fromkeys(["a", "a"], 0))
"#);
    assert_eq!(
        out,
        "24 16 120\nTypeError reduce() of empty iterable with no initial value\nTrue True True [1, 2] 2 True\n[1, 2, 3, 'a', 'b'] [('a', 1), ('a', 2), ('b', 1), ('b', 2)] [(0, 0), (0, 1), (1, 0), (1, 1)]\n[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)] [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]\n[1, 3, 6, 10] [1, 2, 6] [100, 101, 103]\n[Row(a=3, b=4)]\n2\n9\n[Row(s=3), Row(s=7), Row(s=11)]\n['A', 'B'] x-y 1 {'a': 0}\n"
    );
}

#[test]
fn everyday_python_of_scripts_as_cpython() {
    // Classes with properties, itertools/functools/collections, %-formatting, format specs,
    // sorted/max/min with key, comprehensions, str methods (startswith with a tuple), re,
    // json, math (round of 2.675), datetime, global, try/finally, generators, int(x, 16),
    // enumerate's start, hex/bin/oct: what CPython 3.11 printed for the same script.
    let out = run(r##"
import json, math, re, datetime, itertools, functools, collections, os, sys, random, string, time
from collections import OrderedDict, Counter, defaultdict
from typing import List, Dict, Optional
from functools import reduce, partial

class Acc:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    def __repr__(self):
        return f"Acc({self._v})"
    def __len__(self):
        return self._v
    def __eq__(self, o):
        return isinstance(o, Acc) and o._v == self._v
a = Acc(); a._v = 4
print(a, a.v, len(a), a == Acc())
print(list(itertools.chain([1], [2, 3])), list(itertools.product("ab", [1, 2])))
print([(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]))
print(Counter("abracadabra").most_common(2), sorted(defaultdict(int, {"a": 1}).items()))
print("%s is %d years, %.2f%%" % ("x", 3, 12.345), "{:>8}|{:<4}|{:^6}".format("r", "l", "c"), f"{3.14159:.3f} {42:05d} {1234567:,} {'s'!r}")
print(sorted([("b", 2), ("a", 3)], key=lambda t: t[1], reverse=True), max([3, 1, 2], key=lambda v: -v), min("bca"))
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, [y for x in [[1, 2], [3]] for y in x if y > 1])
print(" a,b ,c ".strip().split(","), "-".join(["x", "y"]), "Hello".upper().lower().title(), "abc".replace("b", "B"), "a b".split(), "abc".startswith(("x", "a")))
print(re.sub(r"(\d+)", r"<\1>", "a1b22"), re.findall(r"\w+", "hi there"), bool(re.match("a.c", "abc")), re.split(r"[,;]", "a,b;c"))
print(json.dumps({"a": [1, 2.5, None, True]}, sort_keys=True), json.loads('{"x": 1}')["x"], json.dumps({"b": 1, "a": 2}, indent=2))
print(math.floor(2.7), math.ceil(2.1), math.sqrt(16), round(2.675, 2), round(3.5), round(4.5), divmod(7, 2), abs(-3), pow(2, 10), 7 / 2, 7 // 2, -7 // 2, 2 ** -1)
dt = datetime.datetime(2024, 3, 1, 12, 30)
print(dt, dt + datetime.timedelta(days=1, hours=2), dt.strftime("%Y-%m-%d %H:%M"), dt.isoformat(), datetime.date(2024, 2, 29).weekday())
x = 5
def outer():
    global x
    x += 1
    def inner():
        nonlocal_v = 1
        return nonlocal_v
    return inner()
print(outer(), x)
try:
    try:
        raise ValueError("bad")
    finally:
        print("finally")
except ValueError as err:
    print("caught", err, type(err).__name__, repr(err))
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)), sum(gen(4)), any(v > 5 for v in gen(4)), all([]))
print(isinstance(3, (int, float)), type(3.0).__name__, str(None), int("12"), float("1e3"), bool(""), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(sorted({"b": 1, "a": 2}), list(reversed([1, 2, 3])), list(enumerate("ab", 1)), "abc"[1], "abc".find("c"), "abc".index("b"), "a" in "abc")
s = "x=1;y=2"
print(dict(kv.split("=") for kv in s.split(";")))
print(*[1, 2, 3], sep="-")
print(hash("a") == hash("a"), id(x) == id(x), chr(65), ord("A"), hex(255), bin(5), oct(8), int("ff", 16))

"##);
    assert_eq!(
        out,
        "Acc(4) 4 4 False\n[1, 2, 3] [('a', 1), ('a', 2), ('b', 1), ('b', 2)]\n[('a', 2), ('b', 3), ('c', 1)]\n24\n[('a', 5), ('b', 2)] [('a', 1)]\nx is 3 years, 12.35%        r|l   |  c    3.142 00042 1,234,567 's'\n[('a', 3), ('b', 2)] 1 a\n{'a': 0, 'b': 1, 'c': 2} {0, 1, 2} [2, 3]\n['a', 'b ', 'c'] x-y Hello aBc ['a', 'b'] True\na<1>b<22> ['hi', 'there'] True ['a', 'b', 'c']\n{\"a\": [1, 2.5, null, true]} 1 {\n  \"b\": 1,\n  \"a\": 2\n}\n2 3 4.0 2.67 4 4 (3, 1) 3 1024 3.5 3 -4 0.5\n2024-03-01 12:30:00 2024-03-02 14:30:00 2024-03-01 12:30 2024-03-01T12:30:00 3\n1 6\nfinally\ncaught bad ValueError ValueError('bad')\n[0, 1, 4, 9] 14 True True\nTrue float None 12 1000.0 False ['1', '2'] [1, 2]\n['a', 'b'] [3, 2, 1] [(1, 'a'), (2, 'b')] b 2 1 True\n{'x': '1', 'y': '2'}\n1-2-3\nTrue True A 65 0xff 0b101 0o10 255\n"
    );
}

#[test]
fn format_specs_as_cpython() {
    // Python's format mini-language: fill/align/sign/#/0/width/grouping/precision/type, for
    // ints, floats (g and the typeless precision, e, %, inf/nan) and strings.
    let out = run(r##"
for x, s in [(1234.5, ".4"), (123.0, ".4"), (123.0, ".3"), (0.0001, ".2"), (0.00001, ".2"), (3.0, ".3"), (1e16, ""), (1234.5, ".4g"), (123.0, ".3g"), (100.0, ".3g"), (0.0, ".3g"), (0.0, ".3"), (1.5, "#.3g"), (2.5, ".0f"), (1e-5, "g"), (123456789.0, "g"), (0.1, ".1"), (9.99, ".2"), (99.99, ".3g"), (3.0, ".1"), (0.0, ".1")]:
    print(repr(format(x, s)), end=" ")
print()
print(f"{42:05d}|{-42:05d}|{42:+d}|{42: d}|{255:x}|{255:#X}|{5:#b}|{8:o}|{1234567:,}|{1234567:_}|{65:c}|{7:>4}|{7:<4}|{7:^5}|{7:*^7}|{-7:=6}")
print(f"{3.14159:.2f}|{-3.14159:08.3f}|{1234.5:,.2f}|{0.256:.1%}|{12345.678:e}|{12345.678:.2E}|{1e-7:g}|{float('inf'):f}|{float('nan'):>5}|{2.0:+}|{1e300*1e10:F}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':.2}|{'abc':*>6}|{'x':05}|{True}|{None!s:>6}|{True:>5}|{1.5:10}|{10:10}|{'s':10}|")
print("{:>8}|{:<4}|{:^6}|{:08.2f}|{:,d}".format("r", "l", "c", 3.14159, 1234567), format(12.5, "08.3f"), format(255, "x"), format(0.5, "%"))

"##);
    assert_eq!(
        out,
        "'1.234e+03' '123.0' '1.23e+02' '0.0001' '1e-05' '3.0' '1e+16' '1234' '123' '100' '0' '0.0' '1.50' '2' '1e-05' '1.23457e+08' '0.1' '1e+01' '100' '3e+00' '0e+00' \n00042|-0042|+42| 42|ff|0XFF|0b101|10|1,234,567|1_234_567|A|   7|7   |  7  |***7***|-    7\n3.14|-003.142|1,234.50|25.6%|1.234568e+04|1.23E+04|1e-07|inf|  nan|+2.0|INF\n   abc|abc   |  abc  |ab|***abc|x0000|True|  None|    1|       1.5|        10|s         |\n       r|l   |  c   |00003.14|1,234,567 0012.500 ff 50.000000%\n"
    );
}

#[test]
fn property_setters_as_cpython() {
    // `@name.setter` runs on assignment (inside __init__ too); a property without one is
    // Python's AttributeError (it was silently shadowed by an instance attribute).
    let out = run(r#"
class Acc:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        if x < 0:
            raise ValueError("negative")
        self._v = x
    @property
    def double(self):
        return self._v * 2
a = Acc()
a.v = 4
print(a.v, a.double, a._v)
try:
    a.v = -1
except ValueError as e:
    print("ValueError", e)
try:
    a.double = 3
except AttributeError as e:
    print("AttributeError", e)
print(a.v)
"#);
    assert_eq!(
        out,
        "4 8 4\nValueError negative\nAttributeError property 'double' of 'Acc' object has no setter\n4\n"
    );
}

#[test]
fn objects_with_iter_getitem_contains_and_rich_comparisons_as_cpython() {
    // `__iter__` (unpacking, for, comprehensions, list/tuple/sorted/sum/zip...), `__getitem__`,
    // `in` through `__contains__` or `__iter__`, `__eq__`/`__lt__` in comparisons, sorted and
    // max: what CPython 3.11 printed for the same script.
    let out = run(r#"
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __iter__(self):
        return iter((self.x, self.y))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __len__(self):
        return 2
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return tuple(self) < tuple(o)
p = P(1, 2)
a, b = p
print(a, b, p[0], p[-1], list(p), tuple(p), p == P(1, 2), p == (1, 2), len(p), sorted([P(3, 1), P(1, 5)])[0].x, {p: 1}[P(1, 2)] if False else 0, max(P(1, 2), P(2, 0)).x)
for v in p:
    print("it", v)
print([v * 2 for v in p], sum(p), "x" if 1 in p else "y")
class P:
    def __init__(self):
        self.x = 1
    def __iter__(self):
        return iter((1, 2))
p = P()
print(list(p))
print(tuple(p), sorted(p), sum(p), 1 in p)
"#);
    assert_eq!(
        out,
        "1 2 1 2 [1, 2] (1, 2) True True 2 1 0 2\nit 1\nit 2\n[2, 4] 3 x\n[1, 2]\n(1, 2) [1, 2] 3 True\n"
    );
}

#[test]
fn namedtuples_as_cpython() {
    // collections.namedtuple (a list or a string of names, defaults=, _fields, _asdict,
    // _replace, _make, indexing, unpacking, equality with tuples, order, repr inside
    // containers): what CPython 3.11 printed for the same script.
    let out = run(r#"
from collections import namedtuple
import collections
P = namedtuple("P", ["x", "y"])
p = P(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=5), p[0], p[-1], len(p), list(p), tuple(p))
a, b = p
print(a, b, p == P(1, 2), p == (1, 2), p != P(2, 1), sorted([P(2, 0), P(1, 9)]), max([P(2, 0), P(1, 9)]), P._fields)
Q = collections.namedtuple("Q", "name, count total", defaults=[0, 1])
q = Q("a")
print(q, Q("b", 5), Q._make(["c", 2, 3]), q.total, [f for f in Q._fields])
for v in P(7, 8):
    print("v", v)
print({"k": P(1, 2)}, [P(0, 0)], str(P(3, 4)), repr(P("s", None)))
try:
    namedtuple("Bad", ["ok", "1x"])
except ValueError as e:
    print("ValueError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError")
"#);
    assert_eq!(
        out,
        "P(x=1, y=2) 3 {'x': 1, 'y': 2} P(x=5, y=2) 1 2 2 [1, 2] (1, 2)\n1 2 True True True [P(x=1, y=9), P(x=2, y=0)] P(x=2, y=0) ('x', 'y')\nQ(name='a', count=0, total=1) Q(name='b', count=5, total=1) Q(name='c', count=2, total=3) 1 ['name', 'count', 'total']\nv 7\nv 8\n{'k': P(x=1, y=2)} [P(x=0, y=0)] P(x=3, y=4) P(x='s', y=None)\nValueError Type names and field names must be valid identifiers: '1x'\nTypeError\n"
    );
}

#[test]
fn dataclasses_as_cpython() {
    // @dataclass and @dataclass(order=True): __init__ from the annotated names with
    // defaults and field(default_factory=...), __repr__, __eq__, ordering, __post_init__,
    // inheritance, asdict/astuple/is_dataclass: what CPython 3.11 printed for the script.
    let out = run(r#"
from dataclasses import dataclass, field, asdict
import dataclasses
@dataclass
class Ev:
    name: str
    n: int = 0
    tags: list = field(default_factory=list)
    def total(self):
        return self.n * 2
e = Ev("a", 3)
print(e, e.total(), e == Ev("a", 3), e == Ev("a", 4), asdict(e), Ev("b"), Ev(name="c", tags=[1]))
e.tags.append("x")
print(e.tags, Ev("d").tags)
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    def __post_init__(self):
        self.label = str(self.major) + "." + str(self.minor)
print(sorted([V(2, 1), V(1, 5), V(1, 2)]), V(1) < V(2), V(3, 4).label, dataclasses.is_dataclass(V(1)), dataclasses.astuple(V(7, 8)))
try:
    Ev()
except TypeError as x:
    print("TypeError", x)
@dataclass
class P(V):
    patch: int = 0
print(P(1, 2, 3), P(1, 2, 3).label)
"#);
    assert_eq!(
        out,
        "Ev(name='a', n=3, tags=[]) 6 True False {'name': 'a', 'n': 3, 'tags': []} Ev(name='b', n=0, tags=[]) Ev(name='c', n=0, tags=[1])\n['x'] []\n[V(major=1, minor=2), V(major=1, minor=5), V(major=2, minor=1)] True 3.4 True (7, 8)\nTypeError Ev.__init__() missing 1 required positional argument: 'name'\nP(major=1, minor=2, patch=3) 1.2\n"
    );
}

#[test]
fn deque_and_partial_as_cpython() {
    // collections.deque (both ends, maxlen, rotate, IndexError) and functools.partial
    // (positional and keyword arguments, map over it): CPython 3.11's output.
    let out = run(r#"
from collections import deque
from functools import partial
import functools
d = deque([1, 2])
d.appendleft(0); d.append(3)
print(d, d.popleft(), list(d), len(d), d[0], d[-1], 2 in d)
w = deque(maxlen=3)
for i in range(5):
    w.append(i)
print(w, sum(w), list(w))
r = deque([1, 2, 3, 4, 5]); r.rotate(2); print(r); r.rotate(-1); print(r)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
def power(base, exp, scale=1):
    return scale * base ** exp
sq = partial(power, exp=2)
print(sq(5), partial(power, 2)(10), partial(power, 3, 2, scale=10)(), functools.partial(int, base=2)("101"), list(map(partial(power, exp=3), [1, 2])))
"#);
    assert_eq!(
        out,
        "deque([1, 2, 3]) 0 [1, 2, 3] 3 1 3 True\ndeque([2, 3, 4], maxlen=3) 9 [2, 3, 4]\ndeque([4, 5, 1, 2, 3])\ndeque([5, 1, 2, 3, 4])\nIndexError pop from an empty deque\n25 1024 90 5 [1, 8]\n"
    );
}

#[test]
fn iterators_next_and_itertools_as_cpython() {
    // iter()/next() with a default and StopIteration, generators and generator
    // expressions consumed by next() then list(), a for loop that breaks leaving the rest,
    // zip/map/enumerate/reversed as one-pass iterators, an iterator class (__iter__ returning
    // self, __next__ raising StopIteration), itertools' endless count/cycle/repeat taken by
    // islice, zip and a for loop with break, and the other itertools: CPython 3.11's output.
    let out = run(r#"
it = iter([1, 2, 3])
print(next(it), next(it))
print(next(it, 'x'), next(it, 'end'))
def gen():
    yield 1
    yield 2
g = gen()
print(next(g))
print(list(g))
import itertools
print(list(itertools.islice(itertools.count(5), 3)))
print(list(zip(itertools.count(), 'abc')))
print(list(itertools.islice(itertools.cycle('ab'), 5)))
print(list(itertools.repeat(7, 3)))
print(list(itertools.zip_longest([1,2],[3], fillvalue=0)))
print(list(itertools.starmap(pow, [(2,3)])))
print(list(itertools.takewhile(lambda x: x<3, [1,2,3,1])))
print(list(itertools.dropwhile(lambda x: x<3, [1,2,3,1])))
print(list(itertools.compress('abc',[1,0,1])))
print(list(itertools.pairwise([1,2,3])))
print(list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.filterfalse(lambda x: x%2, range(5))))
print(list(itertools.tee([1,2])[1]))
print(list(itertools.chain.from_iterable([[1],[2,3]])))
g = (x*x for x in range(4))
print(next(g), list(g), list(g))
print(next((x for x in [1,2,3] if x > 1), None), next((x for x in [] if x), 'none'))
print(sum(x for x in range(5)), ', '.join(str(x) for x in range(3)), sorted(x for x in [3,1]))
print(dict(zip('ab', range(2))), list(enumerate('ab', 1)), list(map(str, [1,2])))
print(type(iter([])).__name__, type(gen()).__name__, type(map(str, [])).__name__)
z = zip([1,2],[3,4])
for a, b in z: print(a, b)
print(list(z))
it = iter(range(10))
for x in it:
    if x == 3: break
print(list(it))
for i in itertools.count(10, 5):
    if i > 20: break
    print(i)
class C:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(C()), [x for x in C()], next(C()))
c = C()
print(next(iter(c)), next(c))
try:
    next(iter([]))
except StopIteration:
    print('stop')
print(len(list(itertools.combinations_with_replacement('abc', 2))), list(itertools.islice('abcdefg', 2, None, 2)))
print(any(x > 2 for x in range(5)), all(x < 10 for x in range(5)), max(x for x in [1, 5, 2]))
print(set(x % 2 for x in range(5)), tuple(x for x in 'ab'))
l = [1]; l.extend(x for x in [2, 3]); print(l)
print(repr(map(str, []))[:13])
"#);
    assert_eq!(
        out,
        "1 2\n3 end\n1\n[2]\n[5, 6, 7]\n[(0, 'a'), (1, 'b'), (2, 'c')]\n['a', 'b', 'a', 'b', 'a']\n[7, 7, 7]\n[(1, 3), (2, 0)]\n[8]\n[1, 2]\n[3, 1]\n['a', 'c']\n[(1, 2), (2, 3)]\n[('a', 'a'), ('a', 'b'), ('b', 'b')]\n[0, 2, 4]\n[1, 2]\n[1, 2, 3]\n0 [1, 4, 9] []\n2 none\n10 0, 1, 2 [1, 3]\n{'a': 0, 'b': 1} [(1, 'a'), (2, 'b')] ['1', '2']\nlist_iterator generator map\n1 3\n2 4\n[]\n[4, 5, 6, 7, 8, 9]\n10\n15\n20\n[1, 2, 3] [1, 2, 3] 1\n1 2\nstop\n6 ['c', 'e', 'g']\nTrue True 5\n{0, 1} ('a', 'b')\n[1, 2, 3]\n<map object a\n"
    );
}

#[test]
fn an_endless_iterator_taken_whole_is_an_error_not_a_hang() {
    let out = run("import itertools\nprint(list(itertools.count()))\n");
    assert!(
        out.starts_with("error: ") && out.contains("itertools.count never ends"),
        "{out}"
    );
    let out = run("import itertools\nprint(sorted(map(str, itertools.cycle('ab'))))\n");
    assert!(out.contains("map never ends"), "{out}");
}

#[test]
fn format_percent_and_str_format_as_cpython() {
    // format() of a datetime/date with strftime codes, the errors of a spec a type cannot
    // take, printf-style `%` (flags, width, precision, mapping keys, %c, errors), and
    // str.format's fields (attributes, indexes, keys, !r/!a, nested specs, numbering
    // errors): CPython 3.11's output.
    let out = run(r#"
import datetime
d = datetime.datetime(2024, 3, 5, 7, 8, 9)
print(f"{d:%Y-%m-%d %H:%M}", f"{d.date():%d/%m/%Y}", "{:%H}".format(d), format(d, '%Y'))
for spec in ['>5', 'd']:
    for v in [None, [1], 'abc', 1.5]:
        try:
            print(repr(format(v, spec)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%X|%o|%#o|%.3d|%5.1f|%-8.2f|%e|%g|%10s|%-10s|%.2s|%r|%c|%c|%%|%i|%u" % (3, 3, -3, 3, 3, 255, 255, 255, 8, 8, 5, 3.14159, 2.5, 12345.678, 0.0001, 'hi', 'hi', 'hello', 'x', 65, 'z', 7.9, 2))
print("%(a)s and %(b)05.1f" % {'a': 'A', 'b': 2.25}, "%s" % {'k': 1}, "%s" % [1, 2], "%s %s" % (1, (2,)))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%f", "x"), ("%x", 1.5), ("%y", 1), ("%", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class P:
    def __init__(self): self.x = 3; self.l = [10, 20]; self.d = {'k': 'v'}
    def __repr__(self): return 'P()'
p = P()
print("{0.x} {0.l[1]} {0.d[k]} {p!r} {p} {w:>{n}} {1:>{2}}|{3!r:^7}|{4:,}|{5:_x}".format(p, "ab", 4, "é", 1234567, 255, p=p, w="z", n=3))
print("{:>{}}|{!r:^7}|{:,}|{:_x}".format("ab", 4, "é", 1234567, 255))
print("{} {}".format(1, 2), "{1} {0} {1}".format('a', 'b'), "{x}{{}}".format(x=1), "{!a}".format('é'))
for bad in ["{} {}", "{0} {}", "{z}", "{", "}", "{!x}"]:
    try:
        print(bad.format(1))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
"#);
    assert_eq!(
        out,
        "2024-03-05 07:08 05/03/2024 07 2024\nTypeError unsupported format string passed to NoneType.__format__\nTypeError unsupported format string passed to list.__format__\n'  abc'\n'  1.5'\nTypeError unsupported format string passed to NoneType.__format__\nTypeError unsupported format string passed to list.__format__\nValueError Unknown format code 'd' for object of type 'str'\nValueError Unknown format code 'd' for object of type 'float'\n    3|3    |-0003|+3| 3|ff|0xff|FF|10|0o10|005|  3.1|2.50    |1.234568e+04|0.0001|        hi|hi        |he|'x'|A|z|%|7|2\nA and 002.2 {'k': 1} [1, 2] 1 (2,)\nTypeError %d format: a real number is required, not str\nTypeError not enough arguments for format string\nTypeError not all arguments converted during string formatting\nTypeError must be real number, not str\nTypeError %x format: an integer is required, not float\nValueError unsupported format character 'y' (0x79) at index 1\nValueError incomplete format\n3 20 v P() P()   z   ab|  'é'  |1,234,567|ff\n  ab|  'é'  |1,234,567|ff\n1 2 b a b 1{} '\\xe9'\nIndexError Replacement index 1 out of range for positional args tuple\nValueError cannot switch from manual field specification to automatic field numbering\nKeyError 'z'\nValueError Single '{' encountered in format string\nValueError Single '}' encountered in format string\nValueError Unknown conversion specifier x\n"
    );
}

#[test]
fn modules_the_runner_writes_in_python_as_cpython() {
    // heapq, bisect, statistics, textwrap, abc and argparse (src/python/lib/*.py, run on
    // first import): CPython 3.11's output for the same script named job.py (stderr
    // between, as `python -u` interleaves it).
    let out = run(r#"
import argparse, sys
import heapq, bisect, statistics, textwrap
from abc import ABC, abstractmethod
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nlargest(2, [3, 9, 1]), heapq.nsmallest(2, [3, 9, 1]))
l = [3, 1, 2]; heapq.heapify(l); print(l)
a = [1, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4); print(a)
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.median([3, 1, 2, 4]), statistics.mode([1, 2, 2]), round(statistics.stdev([1, 2, 3, 4]), 6), statistics.pvariance([1, 2, 3]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(textwrap.dedent("""
    hello
      world
    """))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.indent("a\nb\n", "> "), textwrap.shorten("Hello  world, this is long", width=15))
class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 'ran'
print(Impl().run())
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
p = argparse.ArgumentParser(description="Stream job.")
p.add_argument("input", help="where the files are")
p.add_argument("--n", type=int, default=3, help="how many")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("--mode", choices=["append", "update"], default="append")
p.add_argument("--tag", action="append")
p.add_argument("--rate", type=float)
p.add_argument("--dry-run", action="store_true", dest="dry")
p.add_argument("rest", nargs="*")
args = p.parse_args(["--n", "5", "-v", "--tag", "a", "--tag=b", "--rate=1.5", "in/", "x", "y"])
print(args.input, args.n, args.verbose, args.mode, args.tag, args.rate, args.dry, args.rest)
print(args)
print(vars(args))
a2 = p.parse_args(["only"])
print(a2)
print(p.format_usage(), end='')
print(p.format_help())
ns, extra = p.parse_known_args(["i", "--zzz"])
print(ns.input, extra)
q = argparse.ArgumentParser(prog="job")
q.add_argument("host"); q.add_argument("port", type=int)
print(q.parse_args(["localhost", "9999"]))
for bad in [["localhost"], ["h", "notint"], ["h", "1", "--x"]]:
    try:
        q.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
"#);
    assert_eq!(
        out,
        "[2, 3, 4, 5] 1 [2, 3, 4, 5] [9, 3] [1, 3]\n[1, 3, 2]\n1 2 2\n[1, 3, 4, 5]\n2 1.5 2.5 2 1.290994 0.6666666666666666\n[2.25, 4.5, 6.75]\n\nhello\n  world\n\nThe quick brown fox jumps over\nthe lazy dog The quick brown\nfox jumps over the lazy dog\nThe quick brown fox jumps over\nthe lazy dog\n> a\n> b\n Hello [...]\nran\nStatisticsError mean requires at least one data point\nin/ 5 True append ['a', 'b'] 1.5 False ['x', 'y']\nNamespace(input='in/', n=5, verbose=True, mode='append', tag=['a', 'b'], rate=1.5, dry=False, rest=['x', 'y'])\n{'input': 'in/', 'n': 5, 'verbose': True, 'mode': 'append', 'tag': ['a', 'b'], 'rate': 1.5, 'dry': False, 'rest': ['x', 'y']}\nNamespace(input='only', n=3, verbose=False, mode='append', tag=None, rate=None, dry=False, rest=[])\nusage: job.py [-h] [--n N] [-v] [--mode {append,update}] [--tag TAG]\n              [--rate RATE] [--dry-run]\n              input [rest ...]\nusage: job.py [-h] [--n N] [-v] [--mode {append,update}] [--tag TAG]\n              [--rate RATE] [--dry-run]\n              input [rest ...]\n\nStream job.\n\npositional arguments:\n  input                 where the files are\n  rest\n\noptions:\n  -h, --help            show this help message and exit\n  --n N                 how many\n  -v, --verbose\n  --mode {append,update}\n  --tag TAG\n  --rate RATE\n  --dry-run\n\ni ['--zzz']\nNamespace(host='localhost', port=9999)\nusage: job [-h] host port\njob: error: the following arguments are required: port\nexit 2\nusage: job [-h] host port\njob: error: argument port: invalid int value: 'notint'\nexit 2\nusage: job [-h] host port\njob: error: unrecognized arguments: --x\nexit 2\n"
    );
}

#[test]
fn copy_and_traceback_as_cpython() {
    // copy.copy/deepcopy (shared and self-holding values copied once, objects of the
    // script's classes) and traceback.format_exc in and out of an except block.
    let out = run(r#"
import copy, traceback, warnings
a = {'k': [1, [2, 3]], 't': (1, [4])}
b = copy.copy(a); c = copy.deepcopy(a)
a['k'][1].append(9); a['t'][1].append(5)
print(a, b, c)
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m[0])
class P:
    def __init__(self): self.items = [1]
p = P(); q = copy.deepcopy(p); r = copy.copy(p)
p.items.append(2)
print(q.items, r.items, q is p, type(q).__name__)
shared = [0]; pair = [shared, shared]; d = copy.deepcopy(pair); print(d[0] is d[1])
try:
    1 / 0
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
print(traceback.format_exc())
"#);
    assert_eq!(
        out,
        "{'k': [1, [2, 3, 9]], 't': (1, [4, 5])} {'k': [1, [2, 3, 9]], 't': (1, [4, 5])} {'k': [1, [2, 3]], 't': (1, [4])}\nTrue 1\n[1] [1, 2] False P\nTrue\nTraceback (most recent call last): ZeroDivisionError: division by zero\nNoneType: None\n\n"
    );
}

#[test]
fn everyday_script_python_as_cpython() {
    // __file__, os.path/os.getcwd/os.sep, sys.version_info/maxsize, f"{x=}", starred
    // assignment, KeyError's args and str, issubclass of builtins, and the everyday
    // expressions around them: CPython 3.11's output for the script named job.py.
    let out = run(r#"
import os, sys, json, time, datetime
print(os.path.basename(__file__), os.path.dirname(os.path.abspath(__file__)) == os.getcwd())
print(os.path.splitext("a/b.json"), os.path.join("a", "b", "c.txt"), os.sep, os.path.isabs("/x"))
print(os.getcwd() == os.path.abspath("."))
now = datetime.datetime.now()
print(type(now).__name__)
print(datetime.datetime.fromisoformat("2024-01-02T03:04:05").isoformat(), datetime.datetime.strptime("2024-01-02", "%Y-%m-%d").date())
print(datetime.datetime(2024,1,1) + datetime.timedelta(days=1, hours=2))
print(json.dumps({"a": [1, 2]}, indent=2, sort_keys=True))
print(sys.version_info[0], sys.version_info >= (3, 8), sys.maxsize)
print(round(3.14159, 2), abs(-2), divmod(7, 2), 7 // 2, -7 // 2, 2 ** 10, 10 / 4)
print("{:.1%}".format(0.25), f"{1e6:,.0f}", "x".center(5, "*"), "a,b,,c".split(","), "  x ".strip())
print(any([]), all([]), list(zip(*[(1, 'a'), (2, 'b')])))
print(dict(sorted({'b': 1, 'a': 2}.items())), {**{'a': 1}, 'b': 2}, [*range(3), 5])
x = 5
print(f"{x=}", f"{x!r:>4}", f"{'nested ' + str(x)}")
a, *rest = [1, 2, 3]; print(a, rest)
print((lambda *a, **k: (a, k))(1, b=2))
print(isinstance(1, (int, float)), issubclass(bool, int))
print(sum([0.1] * 10), 0.1 + 0.2, 1e-7, 1e16, 123456789.0 * 10, float('nan') != float('nan'))
print(sorted(["b", "A", "c"], key=str.lower), max({"a": 1, "b": 3}, key=lambda k: {"a": 1, "b": 3}[k]))
print(", ".join(map(str, range(3))), "%s-%s" % ("a", 1), "abc"[::-1], "abc"[-2:])
print(bytes([65, 66]).decode(), "é".encode("utf-8"), len("é".encode()))
try:
    {}["x"]
except KeyError as e:
    print("KeyError", e, repr(e))
global_list = []
def add(v, acc=global_list):
    acc.append(v); return acc
add(1); print(add(2))
print(int("0x10", 16), int("10", 2), float("1e3"), str(1.0), str(10**20), 2**64)
try:
    raise KeyError('x')
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {}[('a', 1)]
except KeyError as e:
    print(e, repr(e), e.args)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int))
"#);
    assert_eq!(
        out,
        "job.py True\n('a/b', '.json') a/b/c.txt / True\nTrue\ndatetime\n2024-01-02T03:04:05 2024-01-02\n2024-01-02 02:00:00\n{\n  \"a\": [\n    1,\n    2\n  ]\n}\n3 True 9223372036854775807\n3.14 2 (3, 1) 3 -4 1024 2.5\n25.0% 1,000,000 **x** ['a', 'b', '', 'c'] x\nFalse True [(1, 2), ('a', 'b')]\n{'a': 2, 'b': 1} {'a': 1, 'b': 2} [0, 1, 2, 5]\nx=5    5 nested 5\n1 [2, 3]\n((1,), {'b': 2})\nTrue True\n0.9999999999999999 0.30000000000000004 1e-07 1e+16 1234567890.0 True\n['A', 'b', 'c'] b\n0, 1, 2 a-1 cba bc\nAB b'\\xc3\\xa9' 2\nKeyError 'x' KeyError('x')\n[1, 2]\n16 2 1000.0 1.0 100000000000000000000 18446744073709551616\n'x' KeyError('x') ('x',)\n('a', 1) KeyError(('a', 1)) (('a', 1),)\nTrue True True\n"
    );
}

#[test]
fn logging_decorators_and_getattr_as_cpython() {
    // logging (basicConfig's format, named loggers, levels, the root's functions; on
    // stderr), functools.wraps/lru_cache, __getattr__, a custom exception with
    // super().__init__, a context manager class, and the everyday idioms around them:
    // CPython 3.11's output (stderr between, as `python -u` interleaves it).
    let out = run_deep(
        r#"
import logging, functools, time, json
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("job")
log.info("starting %s with %d", "x", 3)
log.warning("warn")
log.debug("hidden")
logging.info("root info")
class JobError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
try:
    raise JobError("bad thing", code=7)
except JobError as e:
    print("caught", e, e.code, e.args, isinstance(e, Exception))
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@timed
def work(x):
    """doc"""
    return x * 2
print(work(4), work.__name__, work.__doc__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30))
class Cfg:
    defaults = {"a": 1}
    def __init__(self, **kw):
        self.values = {**self.defaults, **kw}
    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name)
    @property
    def size(self): return len(self.values)
    def __len__(self): return len(self.values)
    def __repr__(self): return f"Cfg({self.values})"
c = Cfg(b=2)
print(c.a, c.b, c.size, len(c), c, str(c))
try:
    c.zzz
except AttributeError as e:
    print("AttributeError", e)
class Timer:
    def __enter__(self):
        self.t = 1; return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None); return False
with Timer() as t:
    print("in", t.t)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
from collections import Counter, defaultdict, OrderedDict
print(Counter("abracadabra").most_common(2))
dd = defaultdict(list); dd["x"].append(1); print(dict(dd))
print(json.loads('{"a": [1, 2.5, null, true]}'), json.dumps([1, "x", None]))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f())
print([x * y for x in range(3) for y in range(3) if x != y][:4], {k: v for k, v in zip("ab", [1, 2])})
print("Hello {name}, you are {age}".format(name="A", age=3), "%-5s|" % "ab", "abc".upper().lower().title())
print(list(filter(None, [0, 1, "", "a"])), list(map(lambda x: x ** 2, [1, 2])))
print(max([3, 1, 2]), min("bca"), sorted({3, 1, 2}, reverse=True))
s = "key=value; other=thing"
print(dict(p.strip().split("=") for p in s.split(";")))
print(isinstance(c, Cfg), type(c) is Cfg, hasattr(c, "values"), getattr(c, "nope", "dflt"))
print(str(None), repr("a'b"), "tab\there", r"raw\n", "multi\nline".splitlines())
"#
            .to_string(),
    );
    assert_eq!(
        out,
        "INFO job: starting x with 3\nWARNING job: warn\nINFO root: root info\ncaught bad thing 7 ('bad thing',) True\n8 work doc\n832040\n1 2 2 2 Cfg({'a': 1, 'b': 2}) Cfg({'a': 1, 'b': 2})\nAttributeError zzz\nin 1\nexit None\n[('a', 3), ('b', 2), ('c', 1)]\n[('a', 5), ('b', 2)]\n{'x': [1]}\n{'a': [1, 2.5, None, True]} [1, \"x\", null]\n2\n[0, 0, 0, 2] {'a': 1, 'b': 2}\nHello A, you are 3 ab   | Abc\n[1, 'a'] [1, 4]\n3 a [3, 2, 1]\n{'key': 'value', 'other': 'thing'}\nTrue True True dflt\nNone \"a'b\" tab	here raw\\n ['multi', 'line']\n"
    );
}

#[test]
fn random_draws_what_cpython_draws_and_datetime_arithmetic() {
    // random seeded with ints, a big int, a negative, a str and a float: the Mersenne
    // Twister and CPython's algorithms (random, randint, randrange with a step, choice,
    // getrandbits, shuffle, sample by pool and by set, uniform, gauss, normalvariate,
    // expovariate, choices with weights); then datetime/timedelta arithmetic (// and / of
    // timedeltas, abs): CPython 3.11's output.
    let out = run(r#"
import random
for s in [42, 0, 1, 2**40 + 7, -5, "hello", 3.0]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdefg"), random.getrandbits(40))
random.seed(7)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample(range(10000), 30)[:5])
print([round(random.uniform(1, 5), 12) for _ in range(3)])
print([round(random.gauss(0, 1), 12) for _ in range(3)], round(random.normalvariate(5, 2), 12), round(random.expovariate(1.5), 12))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 1], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
print(random.randrange(10), random.randrange(5, 50, -1) if False else random.randrange(50, 5, -3))
from datetime import datetime as dt, timedelta, date
t = dt(2024, 5, 6, 7, 8, 9, 123456)
print(t, t.isoformat(), t.strftime("%Y-%m-%dT%H:%M:%S.%f"), t.timestamp() > 0)
print(t.replace(microsecond=0), t - timedelta(minutes=90), (t - dt(2024, 5, 1)).total_seconds())
print(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond, t.weekday(), t.isoweekday())
print(dt.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"))
print(timedelta(hours=25), timedelta(seconds=3.5), timedelta(days=-1), str(timedelta(minutes=5)))
print(timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) / timedelta(minutes=30), abs(timedelta(days=-2)))
print(sorted([dt(2024, 1, 2), dt(2024, 1, 1)]), max(date(2024, 1, 1), date(2023, 1, 1)))
random.seed(42)
print(random.randint(1, 10), random.choice("abc"), round(random.random(), 6), random.sample(range(10), 3), random.uniform(0, 1) < 1)
l = [1, 2, 3, 4]; random.shuffle(l); print(sorted(l))
"#);
    assert_eq!(
        out,
        "42 0.6394267984578837 4 490 b 151282538206\n0 0.8444218515250481 98 749 a 1061968961082\n1 0.13436424411240122 98 112 c 541672336265\n1099511627783 0.6137037779936511 82 847 c 678382066925\n-5 0.6229016948897019 95 637 g 1038052564958\nhello 0.3537754404730722 85 980 a 387109078255\n3.0 0.23796462709189137 70 231 c 665358916597\n[17, 15, 11, 18, 7, 6, 19, 3, 14, 0, 9, 5, 16, 8, 13, 2, 1, 12, 4, 10]\n[11, 70, 54, 7, 72, 15, 28, 80, 74, 73] [9593, 6499, 812, 3622, 763]\n[4.108915099923, 2.862407463359, 4.693765534555]\n[-0.487505067573, 0.5775046106, 0.743052964012] 2.949729368422 0.455618194145\n['b', 'b', 'b', 'a', 'b'] ['b', 'b', 'c', 'b', 'c'] [0, 3, 3, 3]\n5 17\n2024-05-06 07:08:09.123456 2024-05-06T07:08:09.123456 2024-05-06T07:08:09.123456 True\n2024-05-06 07:08:09 2024-05-06 05:38:09.123456 457689.123456\n2024 5 6 7 8 9 123456 0 1\n2024-01-02 03:04:05\n1 day, 1:00:00 0:00:03.500000 -1 day, 0:00:00 0:05:00\n8 2.0 2 days, 0:00:00\n[datetime.datetime(2024, 1, 1, 0, 0), datetime.datetime(2024, 1, 2, 0, 0)] 2024-01-01\n2 a 0.74155 [3, 9, 2] True\n[1, 2, 3, 4]\n"
    );
}

#[test]
fn aware_datetimes_as_cpython() {
    // timezone.utc and fixed offsets: astimezone, comparisons and subtraction by instant,
    // str/repr/isoformat/strftime %z %Z, replace(tzinfo=...), timestamp(), fromisoformat
    // with Z or an offset, fromtimestamp(ts, tz), naive minus aware refused: CPython 3.11.
    let out = run(r#"
from datetime import datetime, timedelta, timezone
cet = timezone(timedelta(hours=1))
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
b = a.astimezone(cet); c = a.astimezone(ist)
print(a, b, c, repr(b), repr(cet), str(cet), cet.utcoffset(None), b.utcoffset(), b.tzname())
print(a == b, b - c, a < c + timedelta(seconds=1), (b + timedelta(hours=3)).isoformat())
print(b.strftime("%Y-%m-%d %H:%M %z %Z"), a.replace(tzinfo=None), datetime(2024, 1, 1).replace(tzinfo=timezone.utc).timestamp())
print(datetime.fromisoformat("2024-05-01T10:00:00+02:00"), datetime.fromisoformat("2024-05-01T10:00:00Z").tzinfo, datetime.fromisoformat("2024-05-01 10:00:00-03:30").utcoffset())
print(datetime.fromtimestamp(1700000000, tz=cet), datetime.fromtimestamp(1700000000, timezone.utc).hour)
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError", e)
print(a == datetime(2024, 3, 1, 12), sorted([b, a - timedelta(1)])[0].day)
"#);
    assert_eq!(
        out,
        "2024-03-01 12:00:00+00:00 2024-03-01 13:00:00+01:00 2024-03-01 17:30:00+05:30 datetime.datetime(2024, 3, 1, 13, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600))) datetime.timezone(datetime.timedelta(seconds=3600)) UTC+01:00 1:00:00 1:00:00 UTC+01:00\nTrue 0:00:00 True 2024-03-01T16:00:00+01:00\n2024-03-01 13:00 +0100 UTC+01:00 2024-03-01 12:00:00 1704067200.0\n2024-05-01 10:00:00+02:00 UTC -1 day, 20:30:00\n2023-11-14 23:13:20+01:00 22\nTypeError can't subtract offset-naive and offset-aware datetimes\nFalse 29\n"
    );
}

#[test]
fn operator_methods_of_the_scripts_classes_as_cpython() {
    // __add__/__radd__ (NotImplemented passing on; sum() over objects), __mul__/__rmul__,
    // __neg__, __iadd__, Python's TypeErrors without them, and %s/%r of objects with
    // __repr__: CPython 3.11's output.
    let out = run(r#"
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; return self
a = V(1, 2)
print(a + V(3, 4), 2 * a, a * 3, -a, sum([a, V(1, 1)]))
b = a; b += V(10, 10); print(a, b is a)
for bad in ["a - a", "a + 1", "~a"]:
    try:
        eval(bad) if False else (a - a if bad == "a - a" else (a + 1 if bad == "a + 1" else ~a))
    except TypeError as e:
        print("TypeError", e)
print("%s and %r" % (a, a), "{}".format(a))
"#);
    assert_eq!(
        out,
        "V(4, 6) V(2, 4) V(3, 6) V(-1, -2) V(2, 3)\nV(11, 12) True\nTypeError unsupported operand type(s) for -: 'V' and 'V'\nTypeError unsupported operand type(s) for +: 'V' and 'int'\nTypeError bad operand type for unary ~: 'V'\nV(11, 12) and V(11, 12) V(11, 12)\n"
    );
}

#[test]
fn truth_of_objects_by_bool_and_len_as_cpython() {
    // `if`, `while`, `not`, `and`/`or`, comprehension filters, bool(), any()/all() ask an
    // object of the script's classes its __bool__, else its __len__: CPython 3.11.
    let out = run(r#"
class Box:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
e, f = Box([]), Box([1])
print(bool(e), bool(f), not e, e or "empty", f and "full", "yes" if Flag(False) else "no", len(f))
if Flag(True): print("on")
n = 0
while Box([1] * (3 - n)):
    n += 1
print(n, len([x for x in [Box([]), Box([2])] if x]), all([Flag(True), f]), any([e, Flag(False)]))
"#);
    assert_eq!(out, "False True True empty full no 1\non\n3 1 True False\n");
}

#[test]
fn enums_as_cpython() {
    // Enum, IntEnum and auto(): members in order, aliases, lookup by value and by name,
    // iteration, len, methods and properties on members, IntEnum equal to its int,
    // str/repr/f-string/%s of members, Python's errors: CPython 3.11's output.
    let out = run(r#"
from enum import Enum, IntEnum, auto
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def warm(self):
        return self in (Color.RED,)
class Mode(Enum):
    APPEND = "append"
    UPDATE = "update"
    COMPLETE = "complete"
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
class Step(Enum):
    A = auto()
    B = 10
    C = auto()
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Mode], Mode("update"), Mode.COMPLETE.value)
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(Prio.HIGH, repr(Prio.LOW), Prio.HIGH == 2, Prio.LOW < 2 if False else "", [s.value for s in Step])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, {Color.RED: "r"}[Color.RED], list(Color.__members__))
print(f"{Color.RED}", str(Mode.APPEND), "%s" % Color.GREEN, [Color.RED, Mode.UPDATE])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
"#);
    assert_eq!(
        out,
        "Color.RED <Color.GREEN: 2> RED 1 Color.GREEN Color.BLUE True\n[<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 ['APPEND', 'UPDATE', 'COMPLETE'] Mode.UPDATE complete\nRED is 1 True False True Color\n2 <Prio.LOW: 1> True  [1, 10, 11]\nTrue False True r ['RED', 'GREEN', 'BLUE', 'CRIMSON']\nColor.RED Mode.APPEND Color.GREEN [<Color.RED: 1>, <Mode.UPDATE: 'update'>]\nValueError 7 is not a valid Color\nKeyError 'PINK'\n"
    );
}

#[test]
fn objects_with_eq_as_dict_keys_and_set_items_as_cpython() {
    // A namedtuple and a frozen dataclass as dict keys, set items, `in`, list.index and
    // list.count: containers ask the class's __eq__, as CPython's do.
    let out = run(r#"
from collections import namedtuple
from dataclasses import dataclass
P = namedtuple("P", "x y")
@dataclass(frozen=True)
class K:
    a: int
d = {P(1, 2): "p", K(1): "k"}
print(d[P(1, 2)], d.get(K(1)), P(1, 2) in [P(1, 2)], len({P(1, 2), P(1, 2)}), K(1) in {K(1)}, [P(1,2)].index(P(1,2)), [P(1,2), P(3,4)].count(P(1,2)))
x, y = P(5, 6); print(x, y, P(1, 2)[0], tuple(P(1, 2)), P(1, 2) == (1, 2), P(1,2)._asdict(), P(1, 2)._replace(x=9))
"#);
    assert_eq!(
        out,
        "p k True 1 True 0 1\n5 6 1 (1, 2) True {'x': 1, 'y': 2} P(x=9, y=2)\n"
    );
}

#[test]
fn contextlib_as_cpython() {
    // suppress, nullcontext, closing and ExitStack (lib/contextlib.py): CPython 3.11's
    // output (contextmanager: `generators_pause_at_their_yield`).
    let out = run(r#"
from contextlib import suppress, nullcontext, closing, ExitStack
with suppress(KeyError, ZeroDivisionError):
    1 / 0
print("after")
with nullcontext(5) as v:
    print(v)
class R:
    def close(self): print("closed")
with closing(R()) as r:
    print("using")
class C:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n)
with ExitStack() as st:
    a = st.enter_context(C(1)); b = st.enter_context(C(2)); st.callback(print, "cb")
    print("body", a, b)
try:
    with suppress(KeyError):
        raise ValueError("x")
except ValueError as e:
    print("ValueError", e)
"#);
    assert_eq!(
        out,
        "after\n5\nusing\nclosed\nenter 1\nenter 2\nbody 1 2\ncb\nexit 2\nexit 1\nValueError x\n"
    );
}

#[test]
fn schema_json_as_pyspark() {
    // StructType.json()/DataType.json() and jsonValue(): PySpark 4.3's output.
    let out = run(r#"
from pyspark.sql import SparkSession
from pyspark.sql.types import *
spark = SparkSession.builder.getOrCreate()
s = StructType([StructField("a", LongType(), False), StructField("b", ArrayType(StringType())), StructField("m", MapType(StringType(), DoubleType())), StructField("d", DecimalType(10, 2)), StructField("t", TimestampType())])
print(s.json())
print(LongType().json(), ArrayType(IntegerType()).json())
df = spark.createDataFrame([(1, "x")], "id INT, s STRING")
print(df.schema.json())
print(sorted(s.jsonValue().keys()))
"#);
    assert_eq!(
        out,
        "{\"fields\":[{\"metadata\":{},\"name\":\"a\",\"nullable\":false,\"type\":\"long\"},{\"metadata\":{},\"name\":\"b\",\"nullable\":true,\"type\":{\"containsNull\":true,\"elementType\":\"string\",\"type\":\"array\"}},{\"metadata\":{},\"name\":\"m\",\"nullable\":true,\"type\":{\"keyType\":\"string\",\"type\":\"map\",\"valueContainsNull\":true,\"valueType\":\"double\"}},{\"metadata\":{},\"name\":\"d\",\"nullable\":true,\"type\":\"decimal(10,2)\"},{\"metadata\":{},\"name\":\"t\",\"nullable\":true,\"type\":\"timestamp\"}],\"type\":\"struct\"}\n\"long\" {\"containsNull\":true,\"elementType\":\"integer\",\"type\":\"array\"}\n{\"fields\":[{\"metadata\":{},\"name\":\"id\",\"nullable\":true,\"type\":\"integer\"},{\"metadata\":{},\"name\":\"s\",\"nullable\":true,\"type\":\"string\"}],\"type\":\"struct\"}\n['fields', 'type']\n"
    );
}

/// PySpark's data types as Python objects (`repr(StructField)`, `isinstance` over
/// `DataType`/`AtomicType`/`NumericType`..., a StructType's fields by name and position,
/// `typeName`, `fromJson`): PySpark 4.3's output for the same script.
#[test]
fn pyspark_data_types_as_objects() {
    let out = run(include_str!("python/data_types.py"));
    assert_eq!(out, include_str!("python/data_types.out"));
}

/// A generator dropped while paused runs its `finally` and `with` exits (a file it
/// writes is complete) at the point CPython closes it: CPython 3.11's output.
#[test]
fn a_generator_dropped_while_paused_is_closed() {
    let out = run(include_str!("python/generator_close.py"));
    assert_eq!(out, include_str!("python/generator_close.out"));
}

/// `os`, `os.path`, `shutil`, `pathlib`, `glob` and `tempfile` over the session's file
/// system with its folders — here the in-memory one a browser has: CPython 3.11's output
/// for the same script on a disk.
#[test]
fn the_scripts_files_and_folders_in_memory_as_on_a_disk() {
    let out = run(include_str!("python/file_system.py"));
    assert_eq!(out, include_str!("python/file_system.out"));
}

/// DataFrame exploration (`describe`, `summary`, `corr`/`cov` and `df.stat`, `tail`,
/// `isLocal`, `sortWithinPartitions`): PySpark 4.3's output for the same script.
#[test]
fn describe_summary_and_the_stat_functions_as_pyspark() {
    let out = run(include_str!("python/describe.py"));
    assert_eq!(out, include_str!("python/describe.out"));
}

/// `offset`, `toJSON`, `to(schema)`, `colRegex`, `withMetadata`, `crosstab`, `freqItems`,
/// `approxQuantile`, `sample`, `randomSplit`, `sampleBy`: PySpark 4.3's output for the
/// same script (one partition).
#[test]
fn reshaping_and_sampling_methods_as_pyspark() {
    let out = run(include_str!("python/reshape.py"));
    assert_eq!(out, include_str!("python/reshape.out"));
}

/// `df.replace`/`df.na.replace` (Spark's `replace0`, PySpark's argument checks) and dict
/// literals with equal keys: PySpark 4.3's output for the same script.
#[test]
fn replace_as_pyspark_and_dicts_with_equal_keys() {
    let out = run(include_str!("python/replace.py"));
    assert_eq!(out, include_str!("python/replace.out"));
}

/// Dicts as hash tables (`src/python/dict.rs`): `1`, `1.0` and `True` one key, insertion
/// order through deletes, keys of the script's classes by `__hash__`/`__eq__` (a frozen
/// dataclass, a namedtuple), unhashable keys refused as CPython refuses them: CPython 3.11's
/// output for the same script.
#[test]
fn dicts_hash_their_keys_as_cpython() {
    let out = run(include_str!("python/dicts.py"));
    assert_eq!(out, include_str!("python/dicts.out"));
}

/// Sets hashed as dicts' keys: `in`, `add`, set algebra and comparisons, frozensets as
/// dict keys and set items, unhashable items refused: CPython 3.11's output.
#[test]
fn sets_hash_their_items_as_cpython() {
    let out = run(include_str!("python/sets.py"));
    assert_eq!(out, include_str!("python/sets.out"));
}

/// `zoneinfo.ZoneInfo` (chrono-tz's IANA rules): aware datetimes across DST (a gap's
/// wall-clock time keeps the offset before it, as `fold=0`), `astimezone`, `%Z`/`tzname`,
/// `utcoffset`, `dst`, wall-clock arithmetic and differences within one zone, one object
/// a key, `ZoneInfoNotFoundError`: CPython 3.11's output for the same script.
#[test]
fn zoneinfo_as_cpython() {
    let out = run(include_str!("python/zones.py"));
    assert_eq!(out, include_str!("python/zones.out"));
}

/// `enum.Flag`/`IntFlag`: `|`, `&`, `^`, `~` into members of the class (combinations
/// named `R|W`, made once), `in`, iteration, `len`, truth, `Flag(value)` and its
/// ValueError, `auto()` as powers of two usable in later lines; IntEnum/IntFlag members as
/// ints in arithmetic, ordering, `int()`, `%d`, `isinstance` and `hash`: CPython 3.11's
/// output for the same script.
#[test]
fn enum_flags_as_cpython() {
    let out = run(include_str!("python/flags.py"));
    assert_eq!(out, include_str!("python/flags.out"));
}

/// `str(e)` of a caught Spark error ends its message with ` SQLSTATE: nnnnn` as PySpark
/// 4.3's does, and `getMessageParameters()` gives Spark's parameters of a failed cast, a
/// division by zero, a missing aggregation and an unknown function: PySpark 4.3's output
/// for the same script (which prints what both give: PySpark's text goes on with the plan).
#[test]
fn spark_errors_str_with_sqlstate_as_pyspark() {
    let out = run(include_str!("python/spark_errors.py"));
    assert_eq!(out, include_str!("python/spark_errors.out"));
}

/// What a course script writes beyond PySpark (`tests/python/course.py`: dict merges,
/// OrderedDict, Counter arithmetic, itertools, f-string specs, str and math functions,
/// string.Template, in-place `+=`/`|=` seen through other names, properties and
/// `__slots__`): CPython 3.11's output for the same script.
#[test]
fn course_style_python_as_cpython() {
    let out = run(include_str!("python/course.py"));
    assert_eq!(out, include_str!("python/course.out"));
}

/// `spark.sparkContext`: its job settings do nothing, and what makes RDDs (`textFile`, as
/// Spark's `sql/basic.py` example calls it) is refused naming the method, where it gave
/// None before (and the next line failed on `None.map`).
#[test]
fn spark_context_rdds_are_refused_by_name() {
    let out = run(r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
sc = spark.sparkContext
sc.setLogLevel("WARN")
sc.setJobDescription("x")
print("set")
lines = sc.textFile("people.txt")
"#);
    assert!(out.starts_with("set\nerror: "), "{out}");
    assert!(
        out.contains("SparkContext.textFile is not supported by Runnel; Runnel has no RDDs"),
        "{out}"
    );
}
