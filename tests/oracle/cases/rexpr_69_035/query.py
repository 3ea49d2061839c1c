from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(TRY_CAST(d AS INT), 10) AS k1, count_if((n > 0)) AS a1, count_if((date_add(dt, 5) <=> dt)) AS a2, avg(n) AS a3, datediff(max(date_sub(dt, i)), min(date_sub(dt, i))) AS a4 FROM src GROUP BY nullif(TRY_CAST(d AS INT), 10)")
OUTPUT_MODE = "update"
