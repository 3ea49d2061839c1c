from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(d >= 3.75D)").createOrReplaceTempView("src")
result = spark.sql("SELECT j, min(((id % 2) DIV nullif(j, 0))) AS a1, max(ts) AS a2, datediff(max(add_months(next_day(dt, 'wednesday'), CASE WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN i WHEN (j < 0) THEN i WHEN true THEN 5 ELSE 10 END)), min(add_months(next_day(dt, 'wednesday'), CASE WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN i WHEN (j < 0) THEN i WHEN true THEN 5 ELSE 10 END))) AS a3, min(dt) AS a4 FROM src GROUP BY j")
OUTPUT_MODE = "update"
