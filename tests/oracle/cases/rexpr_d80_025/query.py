from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.unix_date(F.date_sub(col("dt"), col("i"))).alias("c1"), expr("(CAST(i AS TIMESTAMP) + INTERVAL 36 HOURS) AS c2")).where(F.coalesce(col("d").between(lit(-1.5), lit(0.5)), lit(True)))
OUTPUT_MODE = "append"
