from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, i INT, s STRING, m DECIMAL(10,2), dt DATE, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", F.coalesce((col("m") != lit(.001).cast("decimal(4,3)")), (col("dt") != F.to_date(lit("2023-12-31"))), lit(True))).withColumn("c2", expr("months_between((ts - INTERVAL '90' MINUTE), ts, false)")).withColumn("c3", expr("instr(s, 'é')")).withColumn("c4", expr("c2")).select("id", "c1", "c2", "c3", "c4").where((~F.coalesce(F.least(col("s"), col("s")).between(lit("Hello"), lit("Hello")), lit(False))))
OUTPUT_MODE = "append"
