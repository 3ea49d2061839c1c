spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, d DOUBLE, m DECIMAL(38,10), b BOOLEAN, ts TIMESTAMP, f FLOAT, dt DATE, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, s, sum(CASE WHEN (d BETWEEN 100.0D AND -1.5D) THEN (0.5 * (m - m)) ELSE 0 END) AS a1, bool_or(endswith(CASE WHEN b THEN s WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN ' ' WHEN (m <> 100BD) THEN s ELSE s END, 'a')) AS a2 FROM src GROUP BY dt, s")
OUTPUT_MODE = "update"
