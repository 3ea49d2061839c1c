from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(CAST(CASE WHEN b THEN id WHEN b THEN id WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE id END AS BOOLEAN) OR (m < 99.99))").withColumn("c1", F.try_add(F.round(F.tanh(lit(100.0)), 1), lit(100.0))).withColumn("c2", expr("xxhash64(nvl2(t, i, 10), (0 * i))")).drop("i", "j", "m", "n", "s", "ts").where((col("n").eqNullSafe(F.when(col("m").isNotNull(), lit(100.0)).when((col("m") >= expr("1.25")), lit(0.5)).otherwise(lit(0.5))) | col("s").isNotNull()))
OUTPUT_MODE = "append"
