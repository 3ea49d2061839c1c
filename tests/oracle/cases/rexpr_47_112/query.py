from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.make_date(F.year(F.date_add(F.try_to_date(col("t")), col("i"))), lit(12), lit(28))).withColumn("c2", F.exp((col("n") + col("d")))).withColumn("c3", col("c1")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
