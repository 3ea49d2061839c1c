spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, s STRING, d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT, dt DATE, j INT, m DECIMAL(38,10)").load(INPUT)
df.filter("(NOT b)").createOrReplaceTempView("src")
result = spark.sql("SELECT (CASE b WHEN true THEN d END <=> CASE WHEN b THEN m WHEN b THEN m WHEN (s <= 'é') THEN m END) AS k1, avg(CASE WHEN (s = 'o') THEN d WHEN b THEN d WHEN (rtrim(s) RLIKE '[aeiou]{2}') THEN d ELSE 100.0D END) AS a1, min(d) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
