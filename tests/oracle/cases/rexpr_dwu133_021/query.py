from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("i").isNotNull() | (col("k") >= lit(86400).cast("bigint")))).withColumn("c1", F.nullif(col("dt"), F.to_date(lit("2024-02-29")))).withColumn("c2", expr("map_entries(map(i, s))")).withColumn("c3", expr("make_date(year(dt), 2, 30)")).withColumn("c4", lit("a").startswith("a")).withColumn("k", expr("factorial(abs(second((ts + INTERVAL 36 HOURS))) % 25)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
