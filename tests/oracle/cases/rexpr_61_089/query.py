from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when(col("s").isin(lit("o"), lit("42")), F.round(col("d"), 1)).when(col("b"), F.cbrt(lit(0.5))).when(F.repeat(col("s"), 2).rlike("o$"), lit(-1.5)).otherwise(F.hash(col("i"), col("id")).cast("double")).alias("c1"), col("s").try_cast("timestamp").alias("c2"), F.add_months(col("dt"), (col("i") + lit(0))).alias("c3"), expr("add_months(dt, i)"), (col("m") / F.nullif(lit(None).cast("decimal(10,2)").try_cast("int"), lit(0))).alias("c5"))
OUTPUT_MODE = "append"
