from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter(col("dt").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT add_months(dt, 3) AS k1, round(avg(n), 2) AS a1, round(avg(-1), 3) AS a2, sum((greatest(m, n, m) / nullif(m, 0))) AS a3, (max(10) - min(10)) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
