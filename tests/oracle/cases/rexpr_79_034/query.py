from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT sqrt(i) AS k1, count(date_trunc('HOUR', CASE WHEN (j IS NOT NULL) THEN ts ELSE ts END)) AS a1, sum(CASE WHEN (m IN (100BD)) THEN (i + ascii(s)) ELSE 0 END) AS a2 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
