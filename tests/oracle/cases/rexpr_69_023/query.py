from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("isnan(months_between(add_months(if(false, dt, dt), i), date_trunc('MONTH', CASE WHEN (id = 1L) THEN ts WHEN (id >= 86400L) THEN ts END)))")).withColumn("c2", F.greatest(col("d"), col("d"), col("d"))).withColumn("c3", (F.when(col("c1"), col("d")).when(col("c1"), col("d")).otherwise(col("d")) / lit(7.0)).cast("string")).withColumn("c4", (col("i") - col("i"))).withColumn("c5", expr("month(try_to_date(s))")).drop("i", "k", "d", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
