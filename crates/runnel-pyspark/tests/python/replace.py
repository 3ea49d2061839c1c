# df.replace / df.na.replace as PySpark 4.3 (Spark's replace0: numbers in numeric columns, strings in
# string ones, booleans in boolean ones, NULL replacements, PySpark's argument checks), and
# dict literals and dict() with equal keys as Python keeps them.
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[1]").getOrCreate()
print({2: 20, 2.0: 30}, {"a": 1, "a": 2}, dict([(1, "x"), (1.0, "y")]), {**{1: "a"}, 1.0: "b"})
df = spark.createDataFrame([(1, "a", 2.0, True, 10), (2, "b", 1.5, False, None), (3, None, None, None, 1)], "id INT, k STRING, v DOUBLE, b BOOLEAN, n BIGINT")
cases = [
 lambda: df.replace("a", "z"),
 lambda: df.replace(["a", "b"], ["x", "y"], "k"),
 lambda: df.replace({"a": "q", "b": None}),
 lambda: df.replace(1, 100),
 lambda: df.replace(1.5, 9.0),
 lambda: df.replace(1.5, 9),
 lambda: df.replace(True, False),
 lambda: df.replace(10, None),
 lambda: df.replace({1: 5}, subset=["id"]),
 lambda: df.replace("a", 1),
 lambda: df.replace(["a", "b"], ["x"]),
 lambda: df.replace(None, "x"),
 lambda: df.replace({"a": 1}),
 lambda: df.na.replace("b", "bb", ["k"]),
 lambda: df.replace(2, 3, subset="nope"),
 lambda: df.replace([1, "a"], [2, "b"]),
 lambda: df.replace("a"),
]
for f in cases:
    try:
        r = f()
        print([tuple(x) for x in r.collect()], r.schema.simpleString())
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0][:100])
cases2 = [
 lambda: df.replace("a", None),
 lambda: df.replace({"b": None, "a": "q"}),
 lambda: df.replace(True, None),
 lambda: df.replace(1.7, 3, "id"),
 lambda: df.replace({2: 20, 2.0: 30}),
 lambda: df.replace(1, 2, "K"),
]
for f in cases2:
    try:
        r = f()
        print([tuple(x) for x in r.collect()], r.schema.simpleString())
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0][:100])
