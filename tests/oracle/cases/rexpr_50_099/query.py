from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("coalesce((ts IS NOT NULL), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, round(avg(pow(n, 3)), 3) AS a1, sum(CASE WHEN (t BETWEEN '' AND 'o') THEN round(n, 3) ELSE 0 END) AS a2, sum(CASE WHEN CAST(CASE WHEN (ts < TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (s > 'Hello') THEN i WHEN (s <> 'é') THEN i END AS BOOLEAN) THEN i ELSE 0 END) AS a3, round(avg(3.75D), 0) AS a4 FROM src GROUP BY dt HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
