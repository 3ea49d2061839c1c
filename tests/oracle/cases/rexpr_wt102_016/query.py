from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, k BIGINT, j INT, n DECIMAL(20,0), d DOUBLE, i INT, ts TIMESTAMP, m DECIMAL(18,6), t STRING, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (NOT b) AS k1, count_if(b) AS a1, sum(CASE WHEN (TRY_CAST(t AS INT) BETWEEN 0 AND 10) THEN n ELSE 0 END) AS a2, bool_or((right(s, 0) <= CASE WHEN (b IS NOT TRUE) THEN t ELSE s END)) AS a3 FROM src GROUP BY (NOT b)")
OUTPUT_MODE = "update"
