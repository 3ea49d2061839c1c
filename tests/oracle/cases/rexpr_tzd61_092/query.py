spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t AS k1, count(CAST(TIMESTAMP'2024-02-29 00:00:00' AS STRING)) AS a1, count_if(ifnull((ts > TIMESTAMP'1999-12-31 23:59:59.999'), true)) AS a2, min(timestamp_millis(i)) AS a3, max(dt) AS a4 FROM src GROUP BY t")
OUTPUT_MODE = "complete"
