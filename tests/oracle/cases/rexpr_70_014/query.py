from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN contains(t, '') THEN try_element_at(split(lpad(s, 8, 'ab'), ' '), 2) ELSE initcap(t) END").alias("c1"), expr("CASE WHEN CASE WHEN (j IS NOT NULL) THEN (n IS NOT NULL) ELSE b END THEN i WHEN true THEN CASE WHEN true THEN j ELSE j END WHEN b THEN i END").alias("c2"), expr("sha1(t)").alias("c3"), F.to_timestamp(F.date_format(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c4")).filter((F.isnull(col("c4")) | (col("c3") > lit("abc"))))
OUTPUT_MODE = "append"
