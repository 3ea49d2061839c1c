from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(timestamp_seconds(i) - INTERVAL -3 DAYS) AS c1", "replace(format_number(-1.5D, 2), 'o', '0')", "CAST(dayofyear(dt) AS BOOLEAN) AS c3", "greatest(pmod(0L, nullif(i, 0)), (id % 3)) AS c4")
OUTPUT_MODE = "append"
