# Spark normalizes floating-point grouping keys (NormalizeFloatingNumbers): -0.0 groups
# with 0.0 and every NaN with every other NaN, in the key and inside a struct.
df = spark.readStream.format("json").schema("category STRING, value DOUBLE, f FLOAT").load(INPUT)

from pyspark.sql.functions import count, sum as sum_, struct, col
result = df.groupBy("value", struct(col("f").alias("f")).alias("s")).agg(count("*").alias("n"), sum_("value").alias("total"))
OUTPUT_MODE = "complete"
