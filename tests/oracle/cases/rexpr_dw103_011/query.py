from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT octet_length(s) AS k1, dt AS k2, round(avg(0.001D), 3) AS a1, count(ts) AS a2 FROM src GROUP BY octet_length(s), dt")
OUTPUT_MODE = "complete"
