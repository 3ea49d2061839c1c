from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("dt") == F.to_date(lit("2024-02-29"))) | (~col("b")))).selectExpr("id", "octet_length(s) AS c1", "date_trunc('MONTH', coalesce(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c2", "try_element_at(split(s, '-'), 1) AS c3", "CAST(s AS INT) AS c4")
OUTPUT_MODE = "append"
