from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, j INT, ts TIMESTAMP, dt DATE, i INT, b BOOLEAN, m DECIMAL(12,4), s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, count_if((d != id)) AS a1, (max(i) - min(i)) AS a2 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
