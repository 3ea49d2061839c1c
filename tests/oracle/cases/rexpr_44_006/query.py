from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("((b <= false) OR b)").createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if((CAST(m AS STRING) != 'x-y')) AS a1, round(avg(i), 0) AS a2 FROM src GROUP BY i")
OUTPUT_MODE = "update"
