from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(m - m)")).withColumn("c2", F.add_months(col("dt"), col("i")).cast("timestamp")).withColumn("c3", (col("m") / col("i"))).withColumn("c4", (~(col("m") - col("m")).isin(lit(99.99).cast("decimal(4,2)"), expr("-3.10"), lit(.001).cast("decimal(4,3)")))).drop("t", "dt").where("(dt <> to_date('2000-01-01'))")
OUTPUT_MODE = "append"
