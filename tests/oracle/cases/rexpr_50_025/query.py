from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, ts TIMESTAMP, n DECIMAL(4,1), t STRING, b BOOLEAN, i INT, d DOUBLE, s STRING, k BIGINT, dt DATE, m DECIMAL(10,2)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, avg(least(id, 86400L, id)) AS a1, round(avg(bround((m / nullif(100, 0)), 0)), 2) AS a2, count(d) AS a3, count_if((k IS NOT NULL)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
