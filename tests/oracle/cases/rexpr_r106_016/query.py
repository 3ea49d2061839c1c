from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, k BIGINT, s STRING, m DECIMAL(7,0), i INT, b BOOLEAN, dt DATE").load(INPUT)
result = df.filter((F.arrays_overlap(F.array(col("i"), lit(10)), F.array(lit(1), lit(2), col("i"))) | col("m").isNotNull())).withColumn("c1", F.pmod(col("i"), lit(7))).withColumn("c2", (expr("timestampadd(DAY, i, ts)") - expr("INTERVAL 36 HOURS"))).withColumn("c3", F.exp(F.when(col("b"), F.log(lit(100.0))).when(col("b"), col("d")).otherwise(col("d")))).drop("k", "m", "b", "dt")
OUTPUT_MODE = "append"
