# DataFrame methods as PySpark 4.3's: offset, toJSON, to(schema), colRegex, withMetadata,
# crosstab, freqItems, approxQuantile, sample, randomSplit, sampleBy (one partition).
from pyspark.sql import SparkSession, functions as F, types as T

spark = SparkSession.builder.master("local[1]").getOrCreate()
df = spark.createDataFrame([(1, "a", 1.5), (2, "b", None), (3, "a", 2.5), (4, None, 3.5), (5, "b", 1.5)], "id INT, s STRING, x DOUBLE").coalesce(1)
print(df.offset(2).collect(), df.limit(4).offset(1).collect(), df.offset(1).limit(2).collect())
print(df.toJSON().collect(), df.toJSON().take(2), df.toJSON().first())
print(spark.sql("SELECT array(1, 2) a, map('k', 1) m, named_struct('x', 1, 'y', 'z') st, DATE'2020-01-01' d").toJSON().collect())
to = df.to(T.StructType([T.StructField("x", T.StringType()), T.StructField("id", T.LongType()), T.StructField("zz", T.StringType())]))
print(to.schema.simpleString(), to.collect())
print(df.to(T.StructType([T.StructField("ID", T.ByteType())])).collect())
print(df.select(df.colRegex("`(id|x)`")).columns, df.select(df.colRegex("`i.*`")).columns, df.select(df.colRegex("`.*`"), "id").columns)
print(df.select(df.colRegex("id")).columns, df.select(df.colRegex("`zz`")).columns, df.filter(df.colRegex("`id`") > 3).collect())
print(df.withMetadata("id", {"a": 1, "b": "x"}).schema["id"].metadata)
df.crosstab("s", "id").orderBy("s_id").show()
df.stat.crosstab("x", "s").orderBy("x_s").show()
print(df.crosstab("id", "s").schema.simpleString())
print(df.freqItems(["id", "s", "x"]).collect(), df.stat.freqItems(("s",), 0.5).collect())
print(df.freqItems(["id", "s"], 0.4).schema.simpleString())
print(df.approxQuantile("x", [0.0, 0.25, 0.5, 0.75, 1.0], 0.0), df.approxQuantile(["id", "x"], [0.5], 0.1), df.stat.approxQuantile(("x",), [0.5], 0.1))
print(df.filter("id > 10").approxQuantile("x", [0.5], 0.1), df.filter("id > 10").approxQuantile(["x"], [0.5], 0.1))
big = spark.range(1000, numPartitions=1).select((F.col("id") * 7 % 1000).alias("v"))
print(big.approxQuantile("v", [0.01, 0.1, 0.33, 0.5, 0.9, 0.99], 0.05), big.approxQuantile("v", [0.5, 0.25, 0.6], 0.3), big.approxQuantile("v", [0.25, 0.5, 0.75], 0.15), big.approxQuantile("v", [0.5], 1.5))
r = spark.range(20, numPartitions=1)
print([x.id for x in r.sample(0.5, 3).collect()], [x.id for x in r.sample(fraction=0.3, seed=42).collect()], [x.id for x in r.sample(False, 0.4, 8).collect()])
print([[x.id for x in d.collect()] for d in r.randomSplit([1.0, 2.0], 5)])
print([[x.id for x in d.collect()] for d in r.randomSplit([0.2, 0.3, 0.5], 11)])
print([x.id for x in r.withColumn("k", F.col("id") % 3).sampleBy("k", {0: 0.5, 1: 1.0}, 9).collect()])
print([x.id for x in r.withColumn("k", F.col("id") % 3).stat.sampleBy(F.col("k"), {2: 0.5}, 4).collect()])
for f in [lambda: df.offset(-1), lambda: df.to(T.StructType([T.StructField("s", T.StringType(), False)])),
          lambda: df.to(T.StructType([T.StructField("s", T.IntegerType())])), lambda: df.withMetadata("zz", {"a": 1}),
          lambda: df.withMetadata("id", 3), lambda: df.crosstab("zz", "s"), lambda: df.freqItems(["id"], 0.00001),
          lambda: df.freqItems("id"), lambda: df.approxQuantile("s", [0.5], 0.1), lambda: df.approxQuantile("x", [1.5], 0.1),
          lambda: df.approxQuantile("x", [0.5], -0.1), lambda: r.sample(1.5, 3), lambda: r.randomSplit([-1.0, 2.0], 5)]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
# transpose (Spark's ResolveTranspose), sameSemantics/semanticHash, localCheckpoint.
d = spark.createDataFrame([("b", 1, 2), ("a", 3, 4), (None, 5, 6)], "k STRING, x INT, y LONG")
print(d.transpose().collect(), d.transpose().schema.simpleString())
print(d.filter("x > 10").transpose().collect(), spark.createDataFrame([("a",), ("b",)], "k STRING").transpose().schema.simpleString())
print(spark.createDataFrame([(1, 1.5, 2)], "i INT, x DOUBLE, y INT").transpose().collect(), spark.createDataFrame([("a", 1), ("a", 2)], "k STRING, x INT").transpose("k").collect())
print(d.sameSemantics(d.select("k", "x", "y")), d.sameSemantics(d.filter("x > 1")), d.filter("x > 1").sameSemantics(d.filter(F.col("x") > 1)))
print(type(d.semanticHash()).__name__, d.semanticHash() == d.select("k", "x", "y").semanticHash())
print(d.localCheckpoint().filter("x > 1").collect(), d.localCheckpoint(eager=False).count())
for f in [lambda: d.transpose(F.col("x")), lambda: spark.range(600).selectExpr("id", "id * 2 AS v").transpose(),
          lambda: spark.sql("SELECT array(1) a, 1 b").transpose(), lambda: d.sameSemantics(3)]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
# sample with replacement: Spark's PoissonSampler (commons-math's Well19937c), one partition.
print([x.id for x in r.sample(True, 0.5, 7).collect()], [x.id for x in r.sample(True, 2.0, 7).collect()], r.sample(withReplacement=True, fraction=0.0, seed=1).count())
# to(schema) of a struct: its fields by name, cast, NULL for a missing nullable one.
st = spark.sql("SELECT named_struct('a', 1, 'b', 'x') s, 1 i UNION ALL SELECT NULL, 2")
want = T.StructType([T.StructField("s", T.StructType([T.StructField("B", T.StringType()), T.StructField("a", T.LongType()), T.StructField("c", T.DoubleType())])), T.StructField("i", T.IntegerType())])
print(st.to(want).collect(), st.to(want).schema.simpleString())
for w in [T.StructType([T.StructField("s", T.StructType([T.StructField("c", T.DoubleType(), False)]))]), T.StructType([T.StructField("s", T.StructType([T.StructField("a", T.BooleanType())]))])]:
    try:
        st.to(w).collect()
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
# withMetadata through later steps; lateralJoin of a right side that reads no outer column.
m = d.withMetadata("x", {"a": 1})
print(m.select("x").schema["x"].metadata, m.select(F.col("x").alias("z")).schema["z"].metadata, m.select((F.col("x") + 1).alias("z")).schema["z"].metadata, m.filter("x > 0").schema["x"].metadata)
lt, rt = spark.range(3).alias("t"), spark.range(2).alias("u")
print(lt.lateralJoin(rt).collect(), lt.lateralJoin(rt, on=F.col("t.id") == F.col("u.id")).collect())
print(lt.lateralJoin(rt, on=F.col("t.id") == F.col("u.id"), how="left").collect(), lt.lateralJoin(rt, how="cross").count())
for how in ["right", "full"]:
    try:
        lt.lateralJoin(rt, how=how)
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
# withMetadata replaces a COMMENT; transpose widens an integral to a decimal; NaN weights,
# fractions and errors refused as Spark's (and its messages' Scala lists).
print(spark.createDataFrame([], "a INT COMMENT 'c'").withMetadata("a", {"x": 1}).schema["a"].metadata)
print(spark.sql("SELECT 'x' i, 1 v, CAST(2.5 AS DECIMAL(12,1)) w").transpose().collect())
for f in [lambda: df.randomSplit([float("nan"), 1.0], 1), lambda: df.randomSplit([0.0, 0.0], 1), lambda: df.sample(True, float("nan"), 1), lambda: df.sample(False, 1.000005, 1), lambda: df.approxQuantile("x", [0.5], float("nan"))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0][:160])
print(df.sample(False, -1e-7, 1).count(), df.sample(True, -1e-7, 1).count())
# sampleBy looks strata up by value and kind (an int key never matches a string or boolean).
sk = spark.createDataFrame([(str(i % 3), i % 3, i % 2 == 0) for i in range(12)], "s STRING, n INT, b BOOLEAN").coalesce(1)
print(sk.sampleBy("s", {1: 1.0, "2": 1.0}, 1).count(), sk.sampleBy("n", {1.0: 1.0, "2": 1.0}, 1).count(), sk.sampleBy("b", {1: 1.0}, 1).count(), sk.sampleBy("b", {True: 1.0}, 1).count())
for f in [lambda: sk.sampleBy("s", {None: 1.0}, 1), lambda: sk.sampleBy("n", {1: 1.5, 2: 0.5}, 1)]:
    try:
        print(f().count())
    except Exception as e:
        print(type(e).__name__, str(e).split("\n")[0][:160])
