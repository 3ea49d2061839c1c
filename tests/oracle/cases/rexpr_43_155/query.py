from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("dt", expr("greatest(CASE WHEN (CASE WHEN b THEN id WHEN b THEN id WHEN b THEN 3L ELSE id END <= id) THEN nullif(dt, to_date('2024-02-29')) WHEN isnan(f) THEN trunc(greatest(dt, DATE'2023-12-31', dt), 'yy') WHEN (b IS NOT NULL) THEN least(nullif(dt, to_date('2000-01-01')), make_date(2023, 2, 28), dt) ELSE dateadd(dt, 1) END, to_date('2023-12-31'), dt)")).withColumn("c2", expr("(coalesce(i, 2) * (m - -3.10))")).withColumn("c3", col("f").try_cast("bigint")).withColumn("c4", expr("date_trunc('QUARTER', CAST(NULL AS TIMESTAMP))")).select("id", "c2", "c3", "c4")
OUTPUT_MODE = "append"
