from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (CASE WHEN (j >= -1) THEN i WHEN (id > 1000L) THEN 2 WHEN (ts IS NOT NULL) THEN i ELSE i END + i) AS k1, round(avg(greatest(i, 5)), 3) AS a1, round(avg(i), 3) AS a2, count_if(ifnull(false, false)) AS a3, sum(id) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
