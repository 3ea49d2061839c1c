from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(s > 'x-y')").createOrReplaceTempView("src")
result = spark.sql("SELECT dt, sum(signum((i * months_between(TIMESTAMP'2024-02-29 00:00:00', dt, false)))) AS a1, min(CASE WHEN (dt >= DATE'2023-12-31') THEN i WHEN (m IN (0.5, 0.001)) THEN i ELSE 2 END) AS a2, count_if((left(repeat(t, 3), 0) BETWEEN '42' AND '')) AS a3, avg(year(trunc((dt + INTERVAL 2 YEARS), 'YEAR'))) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
