df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)

from pyspark.sql import functions as F
spark.udf.register("plus1", lambda x: None if x is None else x + 1, "int")
dim = spark.createDataFrame([("a", "alpha"), ("b", "beta")], "k STRING, name STRING")
joined = df.join(F.broadcast(dim), "k", "left")
agg = joined.groupBy("k", "name").agg(F.call_function("sum", F.col("v")), F.max(F.call_udf("plus1", "v")).alias("m1"),
                                      F.call_function("upper", F.column("name")).alias("u"))
result = agg.orderBy(F.desc_nulls_last("k"), F.asc_nulls_first("name"))
OUTPUT_MODE = "complete"
ORDERED = True
