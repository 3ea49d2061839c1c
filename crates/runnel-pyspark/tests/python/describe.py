# DataFrame exploration as PySpark 4.3's: describe, summary (statistics, percentiles, strings
# read as numbers), corr/cov (also df.stat), tail, isLocal, sortWithinPartitions.
from pyspark.sql import SparkSession

# One partition, as Runnel has (a sort within partitions and a float sum's order depend on them).
spark = SparkSession.builder.master("local[1]").getOrCreate()
df = spark.createDataFrame([(1, "a", 2.0), (2, "b", 3.5), (3, "a", None), (4, "c", 1.0)], "id INT, k STRING, v DOUBLE")
df.describe().show()
df.summary().show()
df.describe().printSchema()
spark.range(0).describe().show()
df.summary("count", "33%", "count_distinct", "approx_count_distinct").show()
print(df.tail(1), df.tail(0), df.isLocal())
df.sortWithinPartitions("k", df.id.desc()).show()
mixed = spark.createDataFrame([(1, "a", 2.0, True), (2, "2.5", 3.5, False), (3, "a", None, None), (4, "7", 1.0, True)], "id INT, k STRING, v DOUBLE, b BOOLEAN")
mixed.describe("id", "b").show()
mixed.describe(["k"]).show()
mixed.summary().show()
mixed.select("b").describe().show()
print(mixed.cov("id", "v"), mixed.corr("id", "v", "pearson"), mixed.stat.cov("id", "id"), mixed.stat.corr("v", "id"))
for f in [lambda: mixed.summary("bogus"), lambda: mixed.summary("150%"), lambda: mixed.summary("abc%"),
          lambda: mixed.corr("id", "k"), lambda: mixed.corr("id", "v", "spearman"), lambda: mixed.describe("nope")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
