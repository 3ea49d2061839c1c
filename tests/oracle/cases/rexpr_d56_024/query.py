from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("date_add(dt, i) AS k1")).agg(F.sum(F.when(col("b"), lit(1).cast("bigint")).when((~col("b")), col("id")).when(col("t").like("_"), col("id")).otherwise(F.pmod(col("id"), F.nullif(col("i"), lit(0))))).alias("a1"), expr("sum(m) AS a2"), F.round(F.avg(F.greatest(col("i"), col("i"), col("i"))), 2).alias("a3"), expr("max(to_timestamp(s)) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
