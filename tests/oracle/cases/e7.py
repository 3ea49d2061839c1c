import sys, json; sys.path.insert(0, "/tmp/ssj")
exec(open("/tmp/ssj/e3.py").read().split("seen = 0")[0].replace("which = sys.argv[1]", "which = 'lo2'"))
L.add([{"k":"a","ts":"2024-01-01T12:00:00Z","v":1}]); R.add([{"k":"a","ts":"2024-01-01T12:05:00Z","v":1}])
S.add(L.buf + R.buf)
q.processAllAvailable()
for p in q.recentProgress:
    if p["numInputRows"] > 0:
        print(json.dumps(p["stateOperators"], indent=1)); print(json.dumps({k:p[k] for k in ["batchId","eventTime"]}))
q.stop()
