# The expected output (csv_io.out) is what CPython 3.11 prints.
from __future__ import annotations
import io, csv, json
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["a", "b,c", 'q"uote', None, 1.5, 2, True, "", "line\nbreak", " lead"])
w.writerows([[1, 2, 3], [""], []])
print(repr(buf.getvalue()))
buf2 = io.StringIO()
csv.writer(buf2, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["x", 1])
csv.writer(buf2, quoting=csv.QUOTE_NONNUMERIC).writerow(["x", 1, 2.5])
csv.writer(buf2, delimiter="|").writerow(["a|b", "c"])
csv.writer(buf2, dialect="excel-tab").writerow(["t\tt", "u"])
print(repr(buf2.getvalue()))
text = 'x,y,z\r\n1,"2,3",4\n"multi\nline",b,"q""q"\n\n,,\n"end"'
for row in csv.reader(io.StringIO(text)):
    print(row)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader("a;b\nc;d\n".splitlines(), delimiter=";")))
dr = csv.DictReader(io.StringIO("k,v\na,1\nb,2,extra\nc\n"))
print(dr.fieldnames)
for r in dr:
    print(r)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["k", "v"])
dw.writeheader()
dw.writerow({"k": "a", "v": 1})
dw.writerows([{"k": "b"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"k": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
s = io.StringIO("one\ntwo\nthree")
print(s.readline(), s.read(3), s.tell(), list(s), s.read())
s.seek(0)
print(s.readlines())
s2 = io.StringIO()
print("hello", "world", file=s2)
json.dump({"a": [1, 2]}, s2)
print(repr(s2.getvalue()))
with io.StringIO("abc") as f:
    f.write("X")
    print(f.getvalue())
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
import __future__
print(__future__.annotations)
import sys, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "o.txt")
with open(p, "w") as f:
    print("to file", 1, file=f)
    print("to stdout", file=sys.stdout)
    w = csv.writer(f)
    w.writerow(["a", 1])
print(repr(open(p).read()))
with open(p, newline="") as f:
    print(list(csv.reader(f)))
with open(p) as f:
    print(list(csv.DictReader(f, fieldnames=["c1", "c2"])))
if (n := len([1, 2, 3])) > 2:
    print("walrus", n)
print([y for x in range(4) if (y := x * 2) > 2])
