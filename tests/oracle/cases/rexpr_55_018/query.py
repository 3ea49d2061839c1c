from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, concat(CASE WHEN b THEN s WHEN b THEN s WHEN b THEN s ELSE s END, s) AS k2, sum(CASE WHEN (TIMESTAMP'2024-02-29 00:00:00' < ts) THEN i ELSE 0 END) AS a1, max((m * m * m * m * m)) AS a4, (max(sqrt(CASE WHEN (id <> m) THEN d WHEN endswith(s, ' ') THEN (i / nullif(d, 0)) END)) - min(sqrt(CASE WHEN (id <> m) THEN d WHEN endswith(s, ' ') THEN (i / nullif(d, 0)) END))) AS a2, count_if((ts IS NULL)) AS a3 FROM src GROUP BY s, k2")
OUTPUT_MODE = "complete"
