from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("make_date(2024, i, 1)").alias("c1"), expr("try_element_at(split(right(s, 1), ','), 2) AS c2"), F.isnan(F.nullif((col("id") / F.nullif(lit(0.001), lit(0))), lit(2.0))).alias("c3")).where("(b IS NOT NULL)")
OUTPUT_MODE = "append"
