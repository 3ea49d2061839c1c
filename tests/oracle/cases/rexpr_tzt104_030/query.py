spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, s STRING, t STRING, i INT, d DOUBLE, m DECIMAL(10,2), k BIGINT, dt DATE").load(INPUT)
df.where("(startswith(CAST((ts - ts) AS STRING), 'H') OR (k IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT t AS k1, sum(CASE WHEN (id > 86400L) THEN i ELSE i END) AS a1, avg(i) AS a2, (max(pow(CASE WHEN false THEN d WHEN false THEN CAST(NULL AS DOUBLE) WHEN (s IS NOT NULL) THEN d END, 2)) - min(pow(CASE WHEN false THEN d WHEN false THEN CAST(NULL AS DOUBLE) WHEN (s IS NOT NULL) THEN d END, 2))) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
