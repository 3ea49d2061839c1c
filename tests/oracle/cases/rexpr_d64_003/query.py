from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, s STRING, n DECIMAL(4,1), d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, j INT, k BIGINT, t STRING, m DECIMAL(12,4)").load(INPUT)
df.filter(((~col("b")) | (col("m") >= expr("100BD")))).createOrReplaceTempView("src")
result = spark.sql("SELECT i, sum((i * -1)) AS a1, round(avg(m), 0) AS a2, count_if((trim(t) ILIKE '%o%')) AS a3, count((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL '1-2' YEAR TO MONTH)) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "update"
