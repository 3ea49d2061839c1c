from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), j INT, k BIGINT, ts TIMESTAMP, i INT, b BOOLEAN, m DECIMAL(38,10), s STRING, t STRING, d DOUBLE, dt DATE").load(INPUT)
result = df.where("(CASE WHEN b THEN (i IS NOT NULL) ELSE (b AND (t > '2024-02-29')) END OR (id > 1000L))").withColumn("c1", F.nvl(F.pmod(col("i"), lit(-4)), lit(1)).cast("timestamp")).withColumn("c2", F.ceil(F.when(F.abs(F.round(F.sqrt(col("j")), 3)) < lit(1e9), F.round(F.sqrt(col("j")), 3)))).withColumn("c3", expr("CASE WHEN b THEN c1 ELSE c1 END")).withColumn("c4", expr("date_add(add_months(dt, i), greatest(i, 5))")).withColumn("c5", F.ascii(col("t"))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
