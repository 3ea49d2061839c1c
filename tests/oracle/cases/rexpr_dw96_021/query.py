from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.when((~F.coalesce(col("b"), lit(False))), col("s")).when(lit(False), col("s")).otherwise(col("s")).rlike("o$") | col("dt").isNull())).selectExpr("id", "(d IN (0.1D)) AS c1", "(s IS NOT NULL) AS c2", "(CASE locate('o', '', 1) WHEN 2 THEN m WHEN 3 THEN 100BD ELSE -3.10 END / 2) AS c3", "date_sub(dateadd(CASE WHEN b THEN dt WHEN (i IN (5, 5)) THEN dt WHEN (d NOT IN (0.5D, 100.0D, 2.0D)) THEN dt ELSE dt END, dayofmonth(dt)), i) AS c4").filter("(CASE WHEN c1 THEN (c2 IS NOT NULL) WHEN c2 THEN c1 ELSE (c4 <= DATE'2025-03-01') END OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
