from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), t STRING, i INT, f FLOAT, m DECIMAL(7,0), ts TIMESTAMP, d DOUBLE, b BOOLEAN, s STRING, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT f AS k1, CASE WHEN b THEN i WHEN (id IS NOT NULL) THEN 7 WHEN b THEN 3 ELSE i END AS k2, count(s) AS a1, sum((id + (- 10))) AS a2, count_if((i BETWEEN 2 AND 1)) AS a3, avg(ceiling(ceiling(n))) AS a4 FROM src GROUP BY k1, k2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
