from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((i >= d) AND (d < 3.75D)) AS c1", "crc32(s) AS c2", "date_sub(coalesce(dt, dt, DATE'2023-12-31'), i) AS c3")
OUTPUT_MODE = "append"
