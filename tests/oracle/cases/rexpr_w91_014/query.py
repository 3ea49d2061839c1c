from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, s STRING, n DECIMAL(5,3), ts TIMESTAMP, m DECIMAL(7,0), t STRING, d DOUBLE, k BIGINT, i INT, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, max(nvl(id, 0L)) AS a1, min(t) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
