from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (i % 7) AS k1, min(ts) AS a1, round(avg(char_length(rpad(replace(t, 'l', 'LL'), 3, '*'))), 0) AS a2, round(avg((i - 10)), 0) AS a3, count_if((n IS NOT NULL)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
