from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(12,4), j INT, s STRING, dt DATE, ts TIMESTAMP, d DOUBLE, i INT, f FLOAT, n DECIMAL(5,3)").json(INPUT)
result = df.select("id", expr("(s RLIKE '^[A-Z]')").alias("c1"), (col("id") * col("d")).alias("c2"), expr("(CASE WHEN (s IS NOT NULL) THEN -1 WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN i WHEN (j >= 3) THEN i ELSE i END % nullif((10 * 10), 0))").alias("c3"), expr("locate('l', s, 5)").alias("c4"), expr("add_months(trunc(dt, 'YEAR'), i) AS c5"))
OUTPUT_MODE = "append"
