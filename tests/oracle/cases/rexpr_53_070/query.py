from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, i INT, dt DATE, s STRING, k BIGINT, m DECIMAL(10,2), d DOUBLE, j INT").load(INPUT)
result = df.select("id", "j", expr("(id / nullif(d, 0))").alias("c1"), expr("months_between(CASE WHEN (k <=> m) THEN dt END, dt, false) AS c2"), expr("(b OR (s <=> 'é'))").alias("c3"), expr("(CASE WHEN (k < 1000L) THEN ts ELSE ts END + INTERVAL '90' MINUTE)").alias("c4"))
OUTPUT_MODE = "append"
