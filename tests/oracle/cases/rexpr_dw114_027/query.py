from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "crc32(t) AS c1", "CASE WHEN (dt <> to_date('2024-02-29')) THEN (i % nullif(j, 0)) END AS c2", "dateadd(try_to_date(t), i) AS c3")
OUTPUT_MODE = "append"
