from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(m AS DOUBLE) AS k1, count_if((sha1(split_part(s, ',', 2)) RLIKE '^$')) AS a1, sum((id - i)) AS a2, min(trunc(dt, 'mon')) AS a3, avg(octet_length(CAST((1L DIV 2) AS STRING))) AS a4 FROM src GROUP BY CAST(m AS DOUBLE) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
