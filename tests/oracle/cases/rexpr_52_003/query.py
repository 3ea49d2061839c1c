from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, j INT, i INT, m DECIMAL(10,2), d DOUBLE, s STRING, dt DATE").load(INPUT)
result = df.groupBy("i", "i").agg(expr("count_if((m > 0.001)) AS a1"), F.sum(F.when(F.when(lit(False), col("s")).when((col("dt") == F.to_date(lit("2024-02-29"))), lit("")).when((col("j") >= lit(-1)), col("s")).otherwise(col("s")).rlike("o$"), F.datediff(col("dt"), F.trunc(col("dt"), "WEEK"))).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
