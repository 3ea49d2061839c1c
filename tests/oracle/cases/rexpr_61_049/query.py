from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), s STRING, ts TIMESTAMP, dt DATE, j INT, i INT, t STRING, d DOUBLE, n DECIMAL(20,0)").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, round(avg(d), 0) AS a1, max(i) AS a2, min(id) AS a3 FROM src GROUP BY j")
OUTPUT_MODE = "update"
