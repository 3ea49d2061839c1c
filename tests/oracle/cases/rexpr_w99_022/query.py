from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT 3 AS k1, expm1(d) AS k2, count_if(startswith(s, 'é')) AS a1, round(avg(m), 2) AS a2 FROM src GROUP BY 3, expm1(d)")
OUTPUT_MODE = "update"
