from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("f") != lit(2.0))).select("id", expr("ceiling((m - m))"), expr("unix_timestamp(CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END) AS c2"), expr("CASE WHEN b THEN id WHEN b THEN 1000L WHEN b THEN id ELSE id END").alias("c3")).filter("(((id IS NOT NULL) OR (c2 >= 1L)) OR (id <> 3L))")
OUTPUT_MODE = "append"
