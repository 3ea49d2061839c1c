from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.greatest(F.coalesce(lit(.5).cast("decimal(2,1)"), expr("99.99")), lit(.5).cast("decimal(2,1)"))).withColumn("ts", expr("date_trunc('SECOND', least(TIMESTAMP'2024-02-29 00:00:00', ts, ts))")).select("id", "c1")
OUTPUT_MODE = "append"
