from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "d", "right(date_format(CASE WHEN (d = 2.0D) THEN ts WHEN (dt >= to_date('2024-02-29')) THEN ts END, 'Q'), 0) AS c1", "nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "CASE WHEN (TRY_CAST(f AS INT) IN (-1)) THEN date_trunc('MINUTE', ts) ELSE date_trunc('HOUR', CASE WHEN b THEN date_trunc('WEEK', ts) WHEN (b OR b) THEN ts ELSE ts END) END AS c3")
OUTPUT_MODE = "append"
