from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "pmod(i, nullif(i, 0)) AS c1", "nullif(((CAST(i AS TIMESTAMP) + INTERVAL '90' MINUTE) - INTERVAL 1 MONTH), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2", "(id / 7)", "to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')", "(log(10, CAST(0L AS DOUBLE)) / nullif(nullif(2.0D, 0.001D), 0)) AS c5").filter(F.coalesce(col("t").endswith("é"), lit(True)))
OUTPUT_MODE = "append"
