from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, k BIGINT, j INT, m DECIMAL(10,2), n DECIMAL(5,3), d DOUBLE, s STRING, dt DATE, i INT, ts TIMESTAMP, t STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(1, 10) AS k1, (max(bround(m, 1)) - min(bround(m, 1))) AS a1, min(CAST(round(d, 3) AS STRING)) AS a2, round(avg((- (i + i))), 2) AS a3 FROM src GROUP BY nullif(1, 10)")
OUTPUT_MODE = "update"
