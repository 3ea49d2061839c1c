from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("id") + col("id")).cast("boolean") | lit(12.345).cast("decimal(5,3)").isNull())).withColumn("c1", expr("to_date(CASE WHEN forall(split(initcap(s), ' '), x -> x = 'o') THEN ts WHEN b THEN date_trunc('QUARTER', CASE b WHEN false THEN ts ELSE ts END) ELSE TRY_CAST(s AS TIMESTAMP) END)")).withColumn("c2", F.make_date(F.year(col("dt")), lit(2), lit(30))).withColumn("c3", expr("((m * 1.25) / nullif(m, 0))")).withColumn("c4", F.crc32(col("s"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
