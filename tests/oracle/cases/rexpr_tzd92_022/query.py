spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sha2(CASE WHEN b THEN CASE WHEN (m <> 99.99) THEN s END WHEN (ts IS NULL) THEN s WHEN (t IS NOT NULL) THEN t END, 512) AS c1"), expr("(CASE WHEN b THEN id WHEN b THEN nullif(id, 86400L) WHEN ((NOT b) <> b) THEN id ELSE CASE WHEN b THEN id WHEN b THEN id WHEN (dt >= to_date('2025-03-01')) THEN id ELSE id END END - (CASE WHEN b THEN id WHEN (d <= 2.0D) THEN id END % nullif(10, 0)))").alias("c2"), expr("ln(atan2(d, i)) AS c3")).where("((b AND b) OR (d >= 0.5D))")
OUTPUT_MODE = "append"
