from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.least(col("dt"), F.date_add(col("dt"), col("i")), F.next_day(col("dt"), "Mon"))).withColumn("c2", expr("nullif(ln(abs(CASE WHEN (m >= 99.99) THEN m ELSE n END)), 0.001D)")).withColumn("c3", expr("(TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL 36 HOURS)")).withColumn("c4", F.when((-expr("0.5")).isNull(), F.nullif(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).when((col("n") > lit(.5).cast("decimal(2,1)")), (col("ts") + expr("INTERVAL 36 HOURS"))).otherwise(F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("d", expr("f")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
