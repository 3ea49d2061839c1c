from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (s RLIKE '^\\\\s') THEN ts WHEN if(b, b, b) THEN TRY_CAST(s AS TIMESTAMP) ELSE (ts + INTERVAL 1 MONTH) END AS c1", "(s BETWEEN '日本' AND '2024-02-29') AS c2", "to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c3", "(TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL 36 HOURS) AS c4").where("(c1 > TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
