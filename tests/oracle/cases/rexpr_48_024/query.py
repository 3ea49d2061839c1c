from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT datediff(dt, dt) AS k1, round(avg((- m)), 2) AS a1, count_if(((true IS NOT NULL) AND (id = 1000L))) AS a2, sum(CASE WHEN TRY_CAST('é' AS BOOLEAN) THEN minute(TRY_CAST(t AS TIMESTAMP)) ELSE 0 END) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
