spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(7,0), ts TIMESTAMP, s STRING, i INT, d DOUBLE, j INT, t STRING, dt DATE").load(INPUT)
df.where((F.coalesce(col("b"), (col("t") < lit("abc")), lit(True)) | col("ts").isNotNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT date_sub(nullif(dt, DATE'2000-01-01'), i) AS k1, bool_or(b) AS a1, min(CASE WHEN (' ' IS NOT NULL) THEN t WHEN (m < 0.001) THEN s WHEN (b IS NOT NULL) THEN string(dt) ELSE '日本' END) AS a2, bool_or(contains(least(s, '', s), 'o')) AS a3, avg((pmod(id, 3) * 10)) AS a4 FROM src GROUP BY date_sub(nullif(dt, DATE'2000-01-01'), i) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
