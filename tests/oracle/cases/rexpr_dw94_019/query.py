from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, i INT, k BIGINT, dt DATE, n DECIMAL(20,0), m DECIMAL(10,2), d DOUBLE").json(INPUT)
result = df.filter((~F.coalesce(col("d").isNotNull(), lit(False)))).withColumn("c1", F.make_date(lit(2023), F.month(col("dt")), lit(1))).withColumn("c2", expr("(0 + -1)")).withColumn("c3", (F.coalesce((col("i") - col("i")), lit(10)) % lit(10))).withColumn("m", (col("m") + (col("n") * col("i"))))
OUTPUT_MODE = "append"
