from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), m DECIMAL(38,10), k BIGINT, d DOUBLE, ts TIMESTAMP, i INT, s STRING, j INT, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT rpad(CAST(ts AS STRING), 0, '*') AS k1, j, round(avg(ceil((n - i))), 2) AS a1, round(avg(length(s)), 3) AS a2, count(id) AS a3 FROM src GROUP BY rpad(CAST(ts AS STRING), 0, '*'), j")
OUTPUT_MODE = "update"
