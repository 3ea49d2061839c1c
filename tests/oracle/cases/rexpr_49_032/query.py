from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, b BOOLEAN, d DOUBLE, m DECIMAL(7,0), k BIGINT, ts TIMESTAMP, i INT, s STRING, t STRING").load(INPUT)
result = df.select("id", "s", F.when((col("t") < lit("")), col("dt")).when(col("b"), col("dt")).when(col("b"), F.to_date(lit("2000-01-01"))).otherwise(col("dt")).alias("c1"), F.greatest(F.round(col("m"), 3), expr("100BD"), F.when((col("i") < lit(1)), col("m")).when(col("b"), col("m")).when(col("k").isNotNull(), col("m")).otherwise(col("m"))).alias("c2"), F.when(col("b"), col("i")), expr("(i + locate('l', CAST(NULL AS STRING), 2)) AS c4"), F.next_day(col("dt"), "fri").alias("c5")).where("(t IS NOT NULL)")
OUTPUT_MODE = "append"
