from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("i") / lit(-4))).withColumn("c2", expr("add_months(dt, i)")).withColumn("c3", F.try_element_at(F.split(F.concat(col("s"), col("s"), col("s")), ","), lit(-1))).select("id", "c1", "c2", "c3").where((lit("x-y").startswith("a") | (col("c2") <= F.to_date(lit("2000-01-01")))))
OUTPUT_MODE = "append"
