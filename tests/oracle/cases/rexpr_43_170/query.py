from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN b THEN (CAST(date_add(dt, i) AS TIMESTAMP) IS NULL) WHEN (id = 1000L) THEN (NOT b) WHEN (dt <=> ts) THEN (CASE WHEN (i = 10) THEN concat(t, t, s) WHEN (s > 'é') THEN 'x-y' WHEN (m >= 1.25) THEN s ELSE lpad(t, 8, '*') END LIKE '%o%') ELSE ((d < 0.1D) AND b) END AS c1"), F.when((col("m") != expr("100BD")), F.when((col("i") >= lit(5)), col("n")).otherwise(col("n"))).when(F.isnan(((col("id") % lit(10)) / F.nullif(col("i"), lit(0)))), col("m")).when(col("id").cast("boolean"), F.round((F.nullif(col("n"), lit(12.345).cast("decimal(5,3)")) + col("i")), 2)).otherwise(col("n")).alias("c2"), ((col("d") - col("f")) / F.nullif(col("f"), lit(0))).alias("c3"))
OUTPUT_MODE = "append"
