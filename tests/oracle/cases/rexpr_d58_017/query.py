from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(NOT coalesce(startswith(s, 'H'), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT CAST((k <= 3L) AS DOUBLE) AS k1, round(avg(day(last_day(CASE WHEN (s = '2024-02-29') THEN dt WHEN (m < -3.10) THEN dt WHEN CAST(NULL AS BOOLEAN) THEN dt ELSE to_date('2023-12-31') END))), 2) AS a1, min(dt) AS a2 FROM src GROUP BY CAST((k <= 3L) AS DOUBLE) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
