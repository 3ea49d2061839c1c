from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, d DOUBLE, f FLOAT, j INT, s STRING, m DECIMAL(38,10), i INT, ts TIMESTAMP, t STRING").load(INPUT)
result = df.filter((col("d") > lit(0.5))).withColumn("c1", expr("from_json(' ', 'a INT, b ARRAY<STRING>')")).withColumn("c2", expr("CASE WHEN is_valid_utf8(unhex('C328')) THEN 86400L WHEN (i IS NOT NULL) THEN id END")).drop("dt", "d", "f", "j", "s", "i", "ts")
OUTPUT_MODE = "append"
