from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), ts TIMESTAMP, dt DATE, d DOUBLE, m DECIMAL(10,2), i INT, b BOOLEAN, s STRING").json(INPUT)
result = df.select("id", (F.nvl2(F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))), F.coalesce(lit(2.0), lit(3.75)), lit(-1.5)) <= (col("m") % F.nullif(col("m"), lit(0)))).alias("c1"), expr("coalesce(least(i, i, i), CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (i < 2) THEN i ELSE i END, 100)").alias("c2"), expr("CASE WHEN startswith(s, 'H') THEN (i * 2) WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN i ELSE i END AS c3"))
OUTPUT_MODE = "append"
