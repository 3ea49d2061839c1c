from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce(CASE WHEN (id IS NOT NULL) THEN (n <> 0.001) ELSE b END, true)").select("id", (col("i") - F.when((lit(100.0) != col("id")), col("id")).otherwise(col("id"))).alias("c1"), expr("CASE WHEN (s IS NOT NULL) THEN n WHEN (b OR b) THEN TRY_CAST(j AS DECIMAL(5,1)) ELSE 99.99 END AS c2"), ((col("n") * col("n")) * F.nullif(F.ifnull(col("m"), lit(-3.10).cast("decimal(3,2)")), lit(100).cast("decimal(3,0)"))).alias("c3"))
OUTPUT_MODE = "append"
