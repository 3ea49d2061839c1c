spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, m DECIMAL(10,2), s STRING, dt DATE, f FLOAT, ts TIMESTAMP, i INT, d DOUBLE").load(INPUT)
df.where(((lit(1).cast("bigint") > col("i")) | (col("ts") == F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).createOrReplaceTempView("src")
result = spark.sql("SELECT dayofweek((to_date('2000-01-01') + INTERVAL -10 DAYS)) AS k1, i, (max(i) - min(i)) AS a1, round(avg(ascii(format_number(CASE WHEN (s > '42') THEN m WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN m WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN m ELSE 99.99 END, 3))), 0) AS a2, (max(m) - min(m)) AS a3, min(id) AS a4 FROM src GROUP BY dayofweek((to_date('2000-01-01') + INTERVAL -10 DAYS)), i HAVING count(*) >= 1 ORDER BY k1, i")
OUTPUT_MODE = "complete"
ORDERED = True
