spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("id") - col("id")).try_cast("int").alias("c1"), expr("ceiling(CASE WHEN abs(round(CASE WHEN true THEN greatest(d, d, d) WHEN (k <> 1000L) THEN d WHEN (dt = to_date('2023-12-31')) THEN d END, 3)) < 1e9D THEN round(CASE WHEN true THEN greatest(d, d, d) WHEN (k <> 1000L) THEN d WHEN (dt = to_date('2023-12-31')) THEN d END, 3) END) AS c2")).where((F.when((col("c2") > lit(1000).cast("bigint")), lit("2024-02-29")).when(col("c1").isNotNull(), lit("2024-02-29")).otherwise(lit("日本")).rlike("^[A-Z]") | col("c1").isNotNull()))
OUTPUT_MODE = "append"
