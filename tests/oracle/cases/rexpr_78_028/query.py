from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(NOT coalesce(isnull(id), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT dt, (max(i) - min(i)) AS a1, min(nullif(date_trunc('MINUTE', ts), TIMESTAMP'2024-02-29 00:00:00')) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
