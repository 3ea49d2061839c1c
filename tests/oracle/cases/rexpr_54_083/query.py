from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, j INT, ts TIMESTAMP, b BOOLEAN, k BIGINT, m DECIMAL(7,0), t STRING, i INT, dt DATE, s STRING").load(INPUT)
result = df.groupBy(expr("TRY_CAST(t AS DOUBLE) AS k1")).agg(F.round(F.avg(F.nullif(F.when(col("b"), col("m")).when((~col("b")), (col("i") - col("m"))).when(col("b"), F.floor(lit(.5).cast("decimal(2,1)"), 1)), expr("-3.10"))), 3).alias("a1"), (F.max(F.when((col("d") > lit(2.0)), col("m")).when((col("id") > lit(86400).cast("bigint")), col("m")).when(col("b"), col("m")).otherwise(col("m")).isin(lit(-3.10).cast("decimal(3,2)")).cast("double")) - F.min(F.when((col("d") > lit(2.0)), col("m")).when((col("id") > lit(86400).cast("bigint")), col("m")).when(col("b"), col("m")).otherwise(col("m")).isin(lit(-3.10).cast("decimal(3,2)")).cast("double"))).alias("a2"))
OUTPUT_MODE = "update"
