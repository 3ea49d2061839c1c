# The expected output (modules.out) is what CPython 3.11 prints.
import pprint, fnmatch, os
progress = {"id": "1f2e", "runId": "9a8b", "name": None, "timestamp": "2024-01-01T00:00:00.000Z",
            "batchId": 3, "numInputRows": 120, "inputRowsPerSecond": 12.5, "processedRowsPerSecond": 99.0,
            "durationMs": {"addBatch": 12, "getBatch": 1, "latestOffset": 0, "queryPlanning": 3, "triggerExecution": 20, "walCommit": 2},
            "eventTime": {"watermark": "2024-01-01T00:00:00.000Z"},
            "stateOperators": [{"operatorName": "stateStoreSave", "numRowsTotal": 4, "numRowsUpdated": 2, "customMetrics": {"a": 1}}],
            "sources": [{"description": "FileStreamSource[file:/tmp/in]", "startOffset": None, "endOffset": {"logOffset": 0}, "numInputRows": 120}],
            "sink": {"description": "MemorySink", "numOutputRows": 2}}
pprint.pprint(progress)
pprint.pprint(progress, width=120, sort_dicts=False)
pprint.pprint({"b": 1, "a": [1, 2, 3]})
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(("x" * 50, "y" * 40))
pprint.pprint({"text": "lorem ipsum dolor sit amet " * 5})
pprint.pprint([{"k": i, "v": [i] * i} for i in range(6)], width=40)
pprint.pprint({3, 1, 2}); pprint.pprint(set(range(30)))
print(pprint.pformat({"z": 1, "y": (1,)}, indent=4, width=10))
pprint.pp({"b": 1, "a": 2})
pprint.pprint(progress, depth=1)
print(pprint.saferepr({"b": 1, "a": 2}))
print(fnmatch.fnmatch("data.JSON", "*.json"), fnmatch.fnmatchcase("a1", "a[0-9]"), fnmatch.filter(["x.py", "y.txt", "z.py"], "*.py"), fnmatch.translate("*.t?t[!a]"))
import base64
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ✓".encode(), bytes(range(250, 256))]:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b16encode(s))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.b16decode("4142"), base64.b64decode("aGVsbG8"+"=="))
for bad in ["aGVsbG8", "a", "aGVsbG8=x"]:
    try:
        print(base64.b64decode(bad, validate=bad.endswith("x")))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
print(base64.b64encode(b"\xff\xfe", altchars=b"*-"))
