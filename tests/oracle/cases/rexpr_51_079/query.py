from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "k", expr("(ts + 1) AS c1"), expr("CASE WHEN (date_add(dt, i) <> ts) THEN dt WHEN (s >= '') THEN dt ELSE dt END").alias("c2"), expr("(i - i)").alias("c3"), expr("12.345").cast("string").isNotNull().alias("c4")).where((col("c2") > F.to_date(lit("2023-12-31"))))
OUTPUT_MODE = "append"
