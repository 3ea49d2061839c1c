from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.when(F.isnan(col("d")), col("id")).when((F.to_timestamp(lit("2024-03-01 12:30:00.123456")) > col("dt")), col("id")).otherwise(col("id"))).withColumn("c2", expr("radians((try_divide(d, i) * (0 * i)))")).withColumn("c3", F.array_join(F.split(lit("42"), "  *"), "")).withColumn("c4", F.trunc(F.add_months(col("dt"), col("i")), "YEAR")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
