from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, ts TIMESTAMP, m DECIMAL(10,2), j INT, b BOOLEAN, i INT, dt DATE, s STRING, f FLOAT, d DOUBLE, n DECIMAL(20,0)").json(INPUT)
result = df.withColumn("c1", F.when(col("b"), col("dt")).otherwise(col("dt"))).withColumn("c2", expr("CASE WHEN (j <= 2) THEN dt WHEN (k < 1000L) THEN dt ELSE dt END")).withColumn("c3", expr("trunc(dt, 'mon')")).withColumn("c4", expr("CASE WHEN (dt >= DATE'2024-02-29') THEN to_date(ts) WHEN (n IS NOT NULL) THEN dt WHEN (m >= 1.25) THEN add_months(dt, i) ELSE dt END")).withColumn("c5", expr("(i - CASE WHEN CAST(i AS BOOLEAN) THEN id WHEN (k <= -2L) THEN CASE WHEN (d <= -1.5D) THEN id ELSE 0L END WHEN (NOT b) THEN nullif((id * -1), 1000L) ELSE nvl(coalesce(id, -2L), -2L) END)")).select("id", "c1", "c2", "c3", "c4", "c5").filter("(((c4 <> to_date('2025-03-01')) OR (id IS NOT NULL)) OR (id <= 0L))")
OUTPUT_MODE = "append"
