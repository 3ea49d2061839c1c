from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL 1 DAY)")).withColumn("c2", (F.dayofyear(col("dt")) * F.round(col("n"), 0))).withColumn("m", expr("(m * m)")).withColumn("c4", col("k").cast("int")).select("id", "c1", "c2", "c4").where("((ts <> (dt - INTERVAL -10 DAYS)) OR (f <> 3.75D))")
OUTPUT_MODE = "append"
