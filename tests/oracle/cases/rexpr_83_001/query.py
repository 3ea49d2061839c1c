from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "TRY_CAST(s AS DATE)", "nullif(id, -2L) AS c2", "next_day(CASE WHEN (b OR b) THEN least(dt, dt, dt) END, 'fri') AS c3", "replace(s, 'l', 'LL') AS c4")
OUTPUT_MODE = "append"
