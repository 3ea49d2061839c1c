spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, n DECIMAL(4,1), b BOOLEAN, d DOUBLE, ts TIMESTAMP, s STRING, t STRING, dt DATE, m DECIMAL(10,2), k BIGINT").json(INPUT)
result = df.withColumn("c1", expr("dateadd(add_months(CASE WHEN b THEN dt WHEN (ts IS NOT NULL) THEN DATE'2025-03-01' WHEN (i > 0.5) THEN dt ELSE to_date('2000-01-01') END, i), i)")).withColumn("c2", F.coalesce(F.to_date(lit("2000-01-01")), F.to_date(lit("2025-03-01")), F.to_date(lit("2024-02-29")))).withColumn("c3", ((col("i") - col("m")) * F.abs(col("m")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
