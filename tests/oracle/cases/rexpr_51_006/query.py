from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(isnan(sqrt(-1)) OR (dt >= DATE'2000-01-01'))").createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (j <= 0) THEN '2024-02-29' WHEN (j IS NOT NULL) THEN t WHEN CASE WHEN (id <> 1000L) THEN true WHEN (ts < TIMESTAMP'1999-12-31 23:59:59.999') THEN (id IS NOT NULL) ELSE (t <> '日本') END THEN lpad(t, 3, 'é') ELSE try_element_at(split(t, '-'), 1) END AS k1, (max(exp(d)) - min(exp(d))) AS a1, count_if((0 <= id)) AS a2 FROM src GROUP BY k1 HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
