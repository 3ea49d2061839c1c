from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.arrays_overlap(F.array(col("i"), col("i")), F.array(lit(1), lit(2), col("i")))).withColumn("c2", expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)")).withColumn("c3", expr("round(n)")).withColumn("c4", expr("timestamp_diff('MONTH', ts, ts)")).withColumn("c5", F.date_add((F.to_date(lit("2000-01-01")) + expr("INTERVAL -10 DAYS")), col("i"))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
