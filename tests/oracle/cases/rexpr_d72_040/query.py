from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c1", "rpad(CASE WHEN (d > 100.0D) THEN '' WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN s ELSE s END, 0, 'é') AS c2", "(2 * i) AS c3", "nullif(dt, to_date('2000-01-01')) AS c4", "instr(CASE WHEN (-3.10 IS NULL) THEN left(s, 0) WHEN (m IS NOT NULL) THEN s WHEN b THEN s ELSE array_join(split(CASE WHEN b THEN s WHEN (j IS NOT NULL) THEN s ELSE ' ' END, ','), '/') END, 'a') AS c5")
OUTPUT_MODE = "append"
