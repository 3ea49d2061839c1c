from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, round(avg(abs(size(array_distinct(split(lcase(CAST(NULL AS STRING)), ','))))), 3) AS a1, max(s) AS a2 FROM src GROUP BY j ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
