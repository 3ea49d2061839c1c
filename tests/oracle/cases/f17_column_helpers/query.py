df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)

from pyspark.sql import functions as F
dim = spark.createDataFrame([("a", "alpha"), ("b", "beta")], "k STRING, name STRING")
joined = df.join(F.broadcast(dim), "k", "left")
agg = joined.groupBy("k", "name").agg(F.call_function("sum", F.col("v")), F.call_function("max", "v").alias("m"),
                                      F.call_function("upper", F.column("name")).alias("u"))
result = agg.orderBy(F.desc_nulls_last("k"), F.asc_nulls_first("name"))
OUTPUT_MODE = "complete"
ORDERED = True
