from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(20,0), i INT, ts TIMESTAMP, d DOUBLE, dt DATE, s STRING, b BOOLEAN, t STRING, m DECIMAL(18,6)").load(INPUT)
df.where(col("dt").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT 0.001D AS k1, max(date_sub(dt, 1)) AS a1, count(id) AS a2, max(to_date(CAST(dt AS TIMESTAMP))) AS a3, max(i) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
