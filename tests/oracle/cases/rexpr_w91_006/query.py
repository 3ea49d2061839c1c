from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(coalesce((m > 0.001), b, false) OR (ts IS NULL))").select("id", F.ifnull(col("j").cast("bigint"), lit(1).cast("bigint")).cast("string").alias("c1"), (lit(100).cast("decimal(3,0)") * col("m")).alias("c2"), expr("greatest(greatest(m, CASE WHEN (id > 3L) THEN -3.10 END), 0.001) AS c3"), (col("m") / F.nullif(col("m"), lit(0))).alias("c4"), expr("((add_months(CASE WHEN b THEN DATE'2023-12-31' WHEN b THEN DATE'2024-02-29' WHEN (dt IS NOT NULL) THEN dt END, 1) - INTERVAL 1 MONTH) > dt)").alias("c5"))
OUTPUT_MODE = "append"
