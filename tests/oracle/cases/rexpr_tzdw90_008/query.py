spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("least(CASE WHEN b THEN ts WHEN b THEN ts WHEN (id IS NOT NULL) THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END, ts) AS c1"), (~col("j").isin(lit(2))).alias("c2"), F.round(F.when((col("dt") < F.to_date(lit("2000-01-01"))), col("d")).otherwise(col("j").cast("double")), 1).alias("c3"))
OUTPUT_MODE = "append"
