from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT hash(f) AS k1, max(CASE WHEN (t >= 'a') THEN dt WHEN (t <> 'Hello') THEN dt WHEN b THEN dt ELSE DATE'2000-01-01' END) AS a1, count((- 3.75D)) AS a2 FROM src GROUP BY hash(f) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
